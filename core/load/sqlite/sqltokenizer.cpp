#include "core/load/sqlite/sqltokenizer.h"

#include <algorithm>

namespace schemalens::load::sqlite {

namespace {

using Kind = Token::Kind;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
// SQLite's IdChar(): letters, digits, '_', '$' and every byte of a multi-byte UTF-8 sequence.
bool isIdChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u >= 0x80 || isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           c == '_' || c == '$';
}
bool isIdStart(char c)
{
    return isIdChar(c) && !isDigit(c) && c != '$';
}

char lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

qsizetype scanQuoted(QByteArrayView sql, qsizetype pos, char delimiter, bool *terminated)
{
    qsizetype i = pos + 1;
    while (i < sql.size()) {
        if (sql[i] == delimiter) {
            if (i + 1 < sql.size() && sql[i + 1] == delimiter) {
                i += 2;
                continue;
            }
            *terminated = true;
            return i + 1;
        }
        ++i;
    }
    *terminated = false;
    return i;
}

qsizetype scanNumber(QByteArrayView sql, qsizetype i, Kind *kind)
{
    const qsizetype n = sql.size();
    *kind = Kind::Number;
    if (i + 2 < n && sql[i] == '0' && lower(sql[i + 1]) == 'x' && isHexDigit(sql[i + 2])) {
        i += 2;
        while (i < n && isHexDigit(sql[i]))
            ++i;
    } else {
        while (i < n && isDigit(sql[i]))
            ++i;
        if (i < n && sql[i] == '.') {
            ++i;
            while (i < n && isDigit(sql[i]))
                ++i;
        }
        if (i < n && lower(sql[i]) == 'e' &&
            ((i + 1 < n && isDigit(sql[i + 1])) ||
             (i + 2 < n && (sql[i + 1] == '+' || sql[i + 1] == '-') && isDigit(sql[i + 2])))) {
            i += 2;
            while (i < n && isDigit(sql[i]))
                ++i;
        }
    }
    // "12abc" is one illegal token in SQLite, not a number followed by a word.
    while (i < n && isIdChar(sql[i])) {
        *kind = Kind::Illegal;
        ++i;
    }
    return i;
}

} // namespace

Token nextToken(QByteArrayView sql, qsizetype pos)
{
    const qsizetype n = sql.size();
    const char c = sql[pos];
    const char c1 = pos + 1 < n ? sql[pos + 1] : '\0';
    Token t{Kind::Operator, pos, pos + 1};
    qsizetype i = pos + 1;

    if (isSpace(c)) {
        while (i < n && isSpace(sql[i]))
            ++i;
        return {Kind::Space, pos, i};
    }
    switch (c) {
    case '-':
        if (c1 == '-') {
            while (i < n && sql[i] != '\n')
                ++i;
            return {Kind::Comment, pos, i};
        }
        if (c1 == '>') // -> and ->>
            return {Kind::Operator, pos, pos + ((pos + 2 < n && sql[pos + 2] == '>') ? 3 : 2)};
        return t;
    case '/':
        if (c1 == '*') {
            i = pos + 2;
            while (i < n && !(sql[i] == '*' && i + 1 < n && sql[i + 1] == '/'))
                ++i;
            return {Kind::Comment, pos, std::min(n, i + 2)};
        }
        return t;
    case '(':
        return {Kind::LeftParen, pos, i};
    case ')':
        return {Kind::RightParen, pos, i};
    case ';':
        return {Kind::Semicolon, pos, i};
    case ',':
        return {Kind::Comma, pos, i};
    case '=':
        return {Kind::Operator, pos, c1 == '=' ? pos + 2 : i};
    case '<':
        return {Kind::Operator, pos, (c1 == '=' || c1 == '>' || c1 == '<') ? pos + 2 : i};
    case '>':
        return {Kind::Operator, pos, (c1 == '=' || c1 == '>') ? pos + 2 : i};
    case '!':
        return {c1 == '=' ? Kind::Operator : Kind::Illegal, pos, c1 == '=' ? pos + 2 : i};
    case '|':
        return {Kind::Operator, pos, c1 == '|' ? pos + 2 : i};
    case '+':
    case '*':
    case '%':
    case '&':
    case '~':
        return t;
    case '\'':
    case '"':
    case '`': {
        bool terminated = false;
        const qsizetype end = scanQuoted(sql, pos, c, &terminated);
        if (!terminated)
            return {Kind::Illegal, pos, end};
        return {c == '\'' ? Kind::String : Kind::QuotedId, pos, end};
    }
    case '[': {
        while (i < n && sql[i] != ']')
            ++i;
        if (i >= n)
            return {Kind::Illegal, pos, n};
        return {Kind::QuotedId, pos, i + 1};
    }
    case '.':
        if (isDigit(c1)) { // ".5"
            Kind kind = Kind::Number;
            const qsizetype end = scanNumber(sql, pos, &kind);
            return {kind, pos, end};
        }
        return {Kind::Dot, pos, i};
    case '?':
        while (i < n && isDigit(sql[i]))
            ++i;
        return {Kind::Variable, pos, i};
    case ':':
    case '@':
    case '#':
    case '$':
        while (i < n && isIdChar(sql[i]))
            ++i;
        return {i > pos + 1 ? Kind::Variable : Kind::Illegal, pos, i};
    default:
        break;
    }
    if ((c == 'x' || c == 'X') && c1 == '\'') {
        i = pos + 2;
        while (i < n && isHexDigit(sql[i]))
            ++i;
        if (i < n && sql[i] == '\'' && (i - pos - 2) % 2 == 0)
            return {Kind::Blob, pos, i + 1};
        while (i < n && sql[i] != '\'')
            ++i;
        return {Kind::Illegal, pos, std::min(n, i + 1)};
    }
    if (isDigit(c)) {
        Kind kind = Kind::Number;
        const qsizetype end = scanNumber(sql, pos, &kind);
        return {kind, pos, end};
    }
    if (isIdStart(c)) {
        while (i < n && isIdChar(sql[i]))
            ++i;
        return {Kind::Word, pos, i};
    }
    return {Kind::Illegal, pos, i};
}

QList<Token> tokenize(QByteArrayView sql)
{
    QList<Token> tokens;
    qsizetype pos = 0;
    while (pos < sql.size()) {
        const Token t = nextToken(sql, pos);
        tokens.append(t);
        pos = t.end;
    }
    return tokens;
}

bool isKeyword(QByteArrayView sql, const Token &token, const char *keyword)
{
    if (token.kind != Kind::Word)
        return false;
    qsizetype i = token.begin;
    for (; *keyword; ++keyword, ++i)
        if (i >= token.end || lower(sql[i]) != *keyword)
            return false;
    return i == token.end;
}

QString identifierText(QByteArrayView sql, const Token &token)
{
    const QByteArrayView text = sql.sliced(token.begin, token.end - token.begin);
    if (text.size() >= 2 && (token.kind == Kind::QuotedId || token.kind == Kind::String)) {
        const char open = text.front();
        const char close = open == '[' ? ']' : open;
        QByteArray inner = text.sliced(1, text.size() - 2).toByteArray();
        if (open != '[')
            inner.replace(QByteArray(2, close), QByteArray(1, close));
        return QString::fromUtf8(inner);
    }
    return QString::fromUtf8(text);
}

qsizetype skipTrivia(QByteArrayView sql, qsizetype pos)
{
    while (pos < sql.size()) {
        const Token t = nextToken(sql, pos);
        if (!t.isTrivia())
            return pos;
        pos = t.end;
    }
    return pos;
}

qsizetype statementEnd(QByteArrayView sql, qsizetype start)
{
    // The state machine of sqlite3_complete() (complete.c), driven by our tokens.
    enum Tk { Semi, Ws, Other, Explain, Create, Temp, Trigger, End };
    static const unsigned char transitions[8][8] = {
        /* INVALID */ {1, 0, 2, 3, 4, 2, 2, 2},
        /* START   */ {1, 1, 2, 3, 4, 2, 2, 2},
        /* NORMAL  */ {1, 2, 2, 2, 2, 2, 2, 2},
        /* EXPLAIN */ {1, 3, 3, 2, 4, 2, 2, 2},
        /* CREATE  */ {1, 4, 2, 2, 2, 4, 5, 2},
        /* TRIGGER */ {6, 5, 5, 5, 5, 5, 5, 5},
        /* SEMI    */ {6, 6, 5, 5, 5, 5, 5, 7},
        /* END     */ {1, 7, 5, 5, 5, 5, 5, 5},
    };
    int state = 0;
    qsizetype pos = start;
    while (pos < sql.size()) {
        const Token t = nextToken(sql, pos);
        pos = t.end;
        Tk tk = Other;
        if (t.kind == Kind::Semicolon)
            tk = Semi;
        else if (t.isTrivia())
            tk = Ws;
        else if (isKeyword(sql, t, "create"))
            tk = Create;
        else if (isKeyword(sql, t, "trigger"))
            tk = Trigger;
        else if (isKeyword(sql, t, "temp") || isKeyword(sql, t, "temporary"))
            tk = Temp;
        else if (isKeyword(sql, t, "end"))
            tk = End;
        else if (isKeyword(sql, t, "explain"))
            tk = Explain;
        state = transitions[state][tk];
        if (tk == Semi && state == 1)
            return pos;
    }
    return sql.size();
}

LineIndex::LineIndex(QByteArrayView text)
    : m_text(text)
{
    const bool bom = text.startsWith("\xEF\xBB\xBF");
    m_lineStarts.push_back(bom ? 3 : 0);
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text[i] == '\n')
            m_lineStarts.push_back(i + 1);
}

std::pair<int, int> LineIndex::position(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_text.size());
    auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    if (it != m_lineStarts.begin())
        --it;
    const qsizetype lineStart = std::min(*it, offset);
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i)
        if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80)
            ++column;
    return {int(it - m_lineStarts.begin()) + 1, column};
}

} // namespace schemalens::load::sqlite
