#pragma once

#include <QDialog>

namespace schemalens::gui {

// Name, version, what it is, and the versions of Qt, Graphviz, libpg_query, SQLite and libpq
// this build runs with (what a bug report needs).
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    static QString versionsText();
};

} // namespace schemalens::gui
