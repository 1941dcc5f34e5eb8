#include "app/gui/sqlhighlighter.h"

#include <QSet>

namespace schemalens::gui {

namespace {

const QSet<QString> &keywords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *w : {"add",        "alter",        "and",      "as",
                              "asc",        "begin",        "by",       "cascade",
                              "check",      "column",       "commit",   "concurrently",
                              "constraint", "create",       "default",  "deferrable",
                              "delete",     "desc",         "distinct", "do",
                              "drop",       "else",         "end",      "enum",
                              "exists",     "extension",    "foreign",  "from",
                              "function",   "generated",    "grant",    "identity",
                              "if",         "in",           "index",    "initially",
                              "insert",     "into",         "is",       "key",
                              "language",   "materialized", "no",       "not",
                              "null",       "on",           "or",       "policy",
                              "primary",    "references",   "rename",   "replace",
                              "restrict",   "returns",      "schema",   "select",
                              "sequence",   "set",          "table",    "temporary",
                              "then",       "to",           "trigger",  "type",
                              "unique",     "update",       "using",    "values",
                              "view",       "when",         "where",    "with",
                              "without",    "rowid",        "strict",   "autoincrement",
                              "pragma",     "security",     "row",      "level",
                              "enable",     "disable",      "action",   "always",
                              "stored",     "virtual",      "temp",     "unlogged",
                              "partition",  "of",           "for",      "each",
                              "execute",    "procedure",    "after",    "before",
                              "instead",    "returning",    "limit",    "order",
                              "group",      "having",       "join",     "left",
                              "inner",      "outer",        "union",    "case",
                              "true",       "false",        "collate",  "comment",
                              "owner",      "declare"})
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words;
}

const QSet<QString> &typeNames()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *w :
             {"bigint",    "bigserial", "boolean",     "bool",    "bytea",    "char",
              "character", "varchar",   "varying",     "date",    "decimal",  "double",
              "precision", "float",     "int",         "integer", "interval", "json",
              "jsonb",     "numeric",   "real",        "serial",  "smallint", "text",
              "time",      "timestamp", "timestamptz", "uuid",    "blob",     "zone",
              "citext",    "inet",      "vector"})
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words;
}

} // namespace

SqlHighlighter::SqlHighlighter(QTextDocument *document, bool dark)
    : QSyntaxHighlighter(document)
    , m_word(QStringLiteral("[A-Za-z_][A-Za-z0-9_$]*|\\d+(?:\\.\\d+)?"))
{
    applyPalette(dark);
}

void SqlHighlighter::setDark(bool dark)
{
    applyPalette(dark);
    rehighlight();
}

void SqlHighlighter::applyPalette(bool dark)
{
    m_keyword.setForeground(dark ? QColor(0x82, 0xaa, 0xff) : QColor(0x1a, 0x4f, 0xb0));
    m_keyword.setFontWeight(QFont::DemiBold);
    m_type.setForeground(dark ? QColor(0x4e, 0xc9, 0xb0) : QColor(0x0b, 0x7a, 0x6a));
    m_string.setForeground(dark ? QColor(0xce, 0x91, 0x78) : QColor(0xa3, 0x15, 0x15));
    m_number.setForeground(dark ? QColor(0xb5, 0xce, 0xa8) : QColor(0x09, 0x86, 0x58));
    m_comment.setForeground(dark ? QColor(0x8a, 0x99, 0x8a) : QColor(0x6a, 0x73, 0x7d));
    m_comment.setFontItalic(true);
}

void SqlHighlighter::highlightBlock(const QString &text)
{
    int i = 0;
    int state = previousBlockState() < 0 ? Normal : previousBlockState();
    const int n = int(text.size());
    // Continue a construct left open by the previous line.
    auto closeFrom = [&](int start, const QString &terminator, const QTextCharFormat &format) {
        const int end = int(text.indexOf(terminator, start));
        if (end < 0) {
            setFormat(start, n - start, format);
            return n;
        }
        setFormat(start, end + int(terminator.size()) - start, format);
        state = Normal;
        return end + int(terminator.size());
    };
    if (state == InBlockComment)
        i = closeFrom(0, QStringLiteral("*/"), m_comment);
    else if (state == InString)
        i = closeFrom(0, QStringLiteral("'"), m_string);
    else if (state == InDollar)
        i = closeFrom(0, QStringLiteral("$$"), m_string);

    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('-') && i + 1 < n && text.at(i + 1) == QLatin1Char('-')) {
            setFormat(i, n - i, m_comment);
            break;
        }
        if (c == QLatin1Char('/') && i + 1 < n && text.at(i + 1) == QLatin1Char('*')) {
            state = InBlockComment;
            i = closeFrom(i, QStringLiteral("*/"), m_comment);
            continue;
        }
        if (c == QLatin1Char('\'')) {
            state = InString;
            setFormat(i, 1, m_string);
            i = closeFrom(i + 1, QStringLiteral("'"), m_string);
            continue;
        }
        if (c == QLatin1Char('$') && i + 1 < n && text.at(i + 1) == QLatin1Char('$')) {
            state = InDollar;
            setFormat(i, 2, m_string);
            i = closeFrom(i + 2, QStringLiteral("$$"), m_string);
            continue;
        }
        const auto match = m_word.match(text, i, QRegularExpression::NormalMatch,
                                        QRegularExpression::AnchorAtOffsetMatchOption);
        if (match.hasMatch()) {
            const QString word = match.captured().toLower();
            if (word.at(0).isDigit())
                setFormat(i, int(match.capturedLength()), m_number);
            else if (keywords().contains(word))
                setFormat(i, int(match.capturedLength()), m_keyword);
            else if (typeNames().contains(word))
                setFormat(i, int(match.capturedLength()), m_type);
            i += int(match.capturedLength());
            continue;
        }
        ++i;
    }
    setCurrentBlockState(state);
}

} // namespace schemalens::gui
