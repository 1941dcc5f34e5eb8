#pragma once

#include "core/review/finding.h"

#include <QWidget>

class QPushButton;
class QTextBrowser;

namespace schemalens::gui {

// The selected finding: message, rule and severity, rationale, the fix SQL (with a copy
// button) and the origin file:line, which opens the source viewer.
class DetailsPane : public QWidget {
    Q_OBJECT
public:
    explicit DetailsPane(QWidget *parent = nullptr);
    void showFinding(const review::Finding &finding, const QString &ruleTitle);
    void clear();
    QTextBrowser *textView() const { return m_text; }
    QPushButton *copyButton() const { return m_copyFix; }

Q_SIGNALS:
    void openLocation(const QString &file, int line);
    void copied(const QString &message); // for the status bar

private:
    QTextBrowser *m_text = nullptr;
    QPushButton *m_copyFix = nullptr;
    QPushButton *m_openSource = nullptr;
    review::Finding m_finding;
};

} // namespace schemalens::gui
