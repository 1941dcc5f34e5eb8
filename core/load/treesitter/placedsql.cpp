#include "core/load/treesitter/placedsql.h"

namespace schemalens::load::treesitter {

PlacedSql::PlacedSql(const QByteArray &source)
    : m_source(source)
{}

void PlacedSql::moveTo(qsizetype sourceOffset)
{
    const int line = m_source.line(sourceOffset);
    const int column = m_source.column(sourceOffset);
    if (line > m_line) {
        m_out.append(QByteArray(line - m_line, '\n'));
        m_line = line;
        m_column = 1;
    }
    if (line == m_line && column > m_column) {
        m_out.append(QByteArray(column - m_column, ' '));
        m_column = column;
        return;
    }
    if (!m_out.isEmpty() && m_out.back() != ' ' && m_out.back() != '\n') {
        m_out.append(' ');
        ++m_column;
    }
}

void PlacedSql::append(QByteArrayView text)
{
    for (const char c : text) {
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((uchar(c) & 0xC0) != 0x80) {
            ++m_column;
        }
    }
    m_out.append(text);
}

void PlacedSql::appendSource(const QList<Segment> &segments, qsizetype fallback)
{
    bool placed = false;
    for (const Segment &segment : segments) {
        QByteArrayView bytes(segment.bytes);
        if (!placed) {
            // Leading blanks (the newline after a heredoc's opening quotes) are skipped, so
            // that the statement starts where its first word is.
            qsizetype skip = 0;
            while (skip < bytes.size() && QChar::isSpace(uchar(bytes.at(skip))))
                ++skip;
            if (skip == bytes.size())
                continue;
            moveTo(segment.offset >= 0 ? segment.offset + skip : fallback);
            bytes = bytes.sliced(skip);
            placed = true;
        }
        append(bytes);
    }
    if (!placed)
        moveTo(fallback);
}

void PlacedSql::endStatement()
{
    // A trailing "-- comment" would swallow the semicolon.
    const qsizetype lineStart = m_out.lastIndexOf('\n') + 1;
    if (QByteArrayView(m_out).sliced(lineStart).contains("--"))
        append("\n");
    append(";");
}

QString quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString quoteQualified(const QString &schema, const QString &name)
{
    return schema.isEmpty() ? quoteIdentifier(name)
                            : quoteIdentifier(schema) + QLatin1Char('.') + quoteIdentifier(name);
}

QString quoteLiteral(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace schemalens::load::treesitter
