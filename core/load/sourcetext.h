#pragma once

#include <QByteArray>
#include <QList>

namespace schemalens::load {

// Maps byte offsets of a UTF-8 text to 1-based line and column numbers (columns count
// characters, not bytes, so they match what an editor shows).
class SourceText {
public:
    explicit SourceText(const QByteArray &text);

    int line(qsizetype offset) const;
    int column(qsizetype offset) const;
    const QByteArray &text() const { return m_text; }

private:
    QByteArray m_text;
    QList<qsizetype> m_lineStarts;
};

} // namespace schemalens::load
