#pragma once

#include <QWidget>

class QVBoxLayout;

namespace schemalens::gui {

// What the window shows with nothing open: the example one click away, the ways to open a
// schema, and the recent sources.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecent(const QStringList &sources);

Q_SIGNALS:
    void openExample();
    void openFolder();
    void openFile();
    void connectDatabase();
    void openRecent(const QString &source);

private:
    QVBoxLayout *m_recent = nullptr;
};

} // namespace schemalens::gui
