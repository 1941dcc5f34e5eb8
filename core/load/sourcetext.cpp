#include "core/load/sourcetext.h"

#include <algorithm>

namespace schemalens::load {

SourceText::SourceText(const QByteArray &text)
    : m_text(text)
{
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text.at(i) == '\n')
            m_lineStarts.append(i + 1);
}

int SourceText::line(qsizetype offset) const
{
    auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    return int(it - m_lineStarts.cbegin());
}

int SourceText::column(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_text.size());
    const qsizetype start = m_lineStarts.at(line(offset) - 1);
    int column = 1;
    for (qsizetype i = start; i < offset; ++i)
        if ((uchar(m_text.at(i)) & 0xC0) != 0x80) // count UTF-8 lead bytes only
            ++column;
    return column;
}

} // namespace schemalens::load
