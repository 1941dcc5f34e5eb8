#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace schemalens::gui {

// SQL highlighting for the source viewer: keywords, strings, numbers, comments (line and
// block, across lines), dollar-quoted bodies. Display only; the loaders parse for real.
class SqlHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit SqlHighlighter(QTextDocument *document, bool dark = false);
    void setDark(bool dark);

protected:
    void highlightBlock(const QString &text) override;

private:
    enum State { Normal = 0, InBlockComment = 1, InString = 2, InDollar = 3 };
    void applyPalette(bool dark);

    QTextCharFormat m_keyword;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_comment;
    QTextCharFormat m_type;
    QRegularExpression m_word;
};

} // namespace schemalens::gui
