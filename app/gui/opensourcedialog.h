#pragma once

#include "app/gui/sourceoptions.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace schemalens::gui {

// File ▸ Open with Options…: a folder or file together with how to read it — the SQL dialect
// (detected, PostgreSQL, SQLite) and the migrations to apply first, in order (for runners that
// order files their own way). Shows what is remembered for the source as it is typed or
// browsed; the window remembers the choice when it opens the source.
class OpenSourceDialog : public QDialog {
    Q_OBJECT
public:
    explicit OpenSourceDialog(QWidget *parent = nullptr);

    QString source() const;
    void setSource(const QString &source);
    SourceOptions options() const; // the order as listed (an @FILE is read here)
    void setOptions(const SourceOptions &options);

    void accept() override; // refuses an unreadable order file with a message

private:
    void sourceEdited();
    void validate();

    QLineEdit *m_source = nullptr;
    QComboBox *m_dialect = nullptr;
    QLineEdit *m_order = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace schemalens::gui
