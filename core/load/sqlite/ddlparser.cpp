#include "core/load/sqlite/ddlparser.h"

#include <utility>

namespace schemalens::load::sqlite {

namespace {

using Kind = Token::Kind;
using Range = std::pair<int, int>; // [first, last) indexes of significant tokens

// The significant (non-trivia) tokens of one statement, trailing semicolons dropped.
class Tokens {
public:
    explicit Tokens(QByteArrayView sql)
        : m_sql(sql)
        , m_all(tokenize(sql))
    {
        for (int i = 0; i < m_all.size(); ++i)
            if (!m_all[i].isTrivia())
                m_significant.append(i);
        while (!m_significant.isEmpty() && m_all[m_significant.last()].kind == Kind::Semicolon)
            m_significant.removeLast();
    }

    int size() const { return int(m_significant.size()); }
    Kind kind(int i) const { return i < size() ? at(i).kind : Kind::Illegal; }
    bool kw(int i, const char *keyword) const
    {
        return i < size() && isKeyword(m_sql, at(i), keyword);
    }
    QString ident(int i) const { return i < size() ? identifierText(m_sql, at(i)) : QString(); }
    qsizetype offset(int i) const { return i < size() ? at(i).begin : m_sql.size(); }

    // Index of the ')' matching the '(' at i, or size() when unbalanced.
    int matchParen(int i) const
    {
        int depth = 0;
        for (int j = i; j < size(); ++j) {
            if (kind(j) == Kind::LeftParen)
                ++depth;
            else if (kind(j) == Kind::RightParen && --depth == 0)
                return j;
        }
        return size();
    }

    // Tokens [from, to) as written, each run of whitespace and comments made one space.
    QString normalized(int from, int to) const
    {
        if (from >= to || from >= size())
            return {};
        to = std::min(to, size());
        QByteArray text;
        bool pendingSpace = false;
        for (int k = m_significant[from]; k <= m_significant[to - 1]; ++k) {
            const Token &t = m_all[k];
            if (t.isTrivia()) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace)
                text += ' ';
            pendingSpace = false;
            text += m_sql.sliced(t.begin, t.end - t.begin);
        }
        return QString::fromUtf8(text);
    }

    // Tokens [from, to) exactly as written (comments and line breaks kept).
    QString verbatim(int from, int to) const
    {
        if (from >= to || from >= size())
            return {};
        to = std::min(to, size());
        const qsizetype begin = at(from).begin;
        return QString::fromUtf8(m_sql.sliced(begin, at(to - 1).end - begin));
    }

    // [from, to) split at the commas outside parentheses.
    QList<Range> splitCommas(int from, int to) const
    {
        QList<Range> ranges;
        int depth = 0;
        int start = from;
        for (int j = from; j < to; ++j) {
            if (kind(j) == Kind::LeftParen)
                ++depth;
            else if (kind(j) == Kind::RightParen)
                --depth;
            else if (kind(j) == Kind::Comma && depth == 0) {
                ranges.append({start, j});
                start = j + 1;
            }
        }
        if (start < to)
            ranges.append({start, to});
        return ranges;
    }

    int skipIfNotExists(int i) const
    {
        return (kw(i, "if") && kw(i + 1, "not") && kw(i + 2, "exists")) ? i + 3 : i;
    }

    // [schema.]name at i; returns the index after it.
    int qualifiedName(int i, QString *name) const
    {
        if (kind(i + 1) == Kind::Dot) {
            *name = ident(i + 2);
            return i + 3;
        }
        *name = ident(i);
        return i + 1;
    }

    // The first identifier of each comma-separated element in (open, close).
    QStringList names(int open, int close) const
    {
        QStringList list;
        for (const Range &r : splitCommas(open + 1, close))
            list.append(ident(r.first));
        return list;
    }

private:
    const Token &at(int i) const { return m_all[m_significant[i]]; }

    QByteArrayView m_sql;
    QList<Token> m_all;
    QList<int> m_significant;
};

int skipConflict(const Tokens &t, int j)
{
    return (t.kw(j, "on") && t.kw(j + 1, "conflict")) ? j + 3 : j;
}

bool isColumnConstraintStart(const Tokens &t, int j)
{
    for (const char *k : {"constraint", "primary", "not", "null", "unique", "check", "default",
                          "collate", "references", "generated", "as"})
        if (t.kw(j, k))
            return true;
    return false;
}

bool isTableConstraintStart(const Tokens &t, int j)
{
    for (const char *k : {"constraint", "primary", "unique", "check", "foreign"})
        if (t.kw(j, k))
            return true;
    return false;
}

// REFERENCES parent [(cols)] [ON DELETE|UPDATE action | MATCH name]… [[NOT] DEFERRABLE …]
int parseReferences(const Tokens &t, int j, int end, ParsedForeignKey fk, ParsedTable &out)
{
    fk.refTable = t.ident(j + 1);
    j += 2;
    if (t.kind(j) == Kind::LeftParen) {
        const int close = t.matchParen(j);
        fk.refColumns = t.names(j, close);
        j = close + 1;
    }
    while (j < end) {
        if (t.kw(j, "on") && (t.kw(j + 1, "delete") || t.kw(j + 1, "update"))) {
            fk.onDeleteExplicit = fk.onDeleteExplicit || t.kw(j + 1, "delete");
            j += 2;
            if (t.kw(j, "set") || t.kw(j, "no"))
                j += 2; // SET NULL, SET DEFAULT, NO ACTION
            else
                ++j; // CASCADE, RESTRICT
        } else if (t.kw(j, "match")) {
            j += 2;
        } else if (t.kw(j, "not") && t.kw(j + 1, "deferrable")) {
            fk.deferrable = false;
            j += 2;
            if (t.kw(j, "initially"))
                j += 2;
        } else if (t.kw(j, "deferrable")) {
            fk.deferrable = true;
            ++j;
            if (t.kw(j, "initially")) {
                fk.initiallyDeferred = t.kw(j + 1, "deferred");
                j += 2;
            }
        } else {
            break;
        }
    }
    out.foreignKeys.append(fk);
    return j;
}

void parseColumnDef(const Tokens &t, int first, int end, ParsedTable &out)
{
    ParsedColumn column;
    column.name = t.ident(first);
    column.offset = t.offset(first);
    int j = first + 1;
    while (j < end && !isColumnConstraintStart(t, j)) // the declared type
        j = t.kind(j) == Kind::LeftParen ? t.matchParen(j) + 1 : j + 1;

    QString name;
    qsizetype nameOffset = -1;
    while (j < end) {
        if (t.kw(j, "constraint")) {
            name = t.ident(j + 1);
            nameOffset = t.offset(j);
            j += 2;
            continue;
        }
        const qsizetype start = nameOffset >= 0 ? nameOffset : t.offset(j);
        if (t.kw(j, "primary")) {
            out.keys.append({name, {column.name}, true, start});
            j += 2;
            if (t.kw(j, "asc") || t.kw(j, "desc"))
                ++j;
            j = skipConflict(t, j);
            if (t.kw(j, "autoincrement")) {
                column.autoincrement = true;
                ++j;
            }
        } else if (t.kw(j, "not") && t.kw(j + 1, "null")) {
            j = skipConflict(t, j + 2);
        } else if (t.kw(j, "null")) {
            j = skipConflict(t, j + 1);
        } else if (t.kw(j, "unique")) {
            out.keys.append({name, {column.name}, false, start});
            j = skipConflict(t, j + 1);
        } else if (t.kw(j, "check") && t.kind(j + 1) == Kind::LeftParen) {
            const int close = t.matchParen(j + 1);
            out.checks.append({name, t.normalized(j + 2, close), column.name, start});
            j = close + 1;
        } else if (t.kw(j, "default")) {
            ++j;
            if (t.kind(j) == Kind::LeftParen)
                j = t.matchParen(j) + 1;
            else if (t.kind(j) == Kind::Operator) // DEFAULT -1, DEFAULT +1
                j += 2;
            else
                ++j;
        } else if (t.kw(j, "collate")) {
            column.collation = t.ident(j + 1);
            j += 2;
        } else if (t.kw(j, "references")) {
            ParsedForeignKey fk;
            fk.name = name;
            fk.columns = {column.name};
            fk.offset = start;
            j = parseReferences(t, j, end, fk, out);
        } else if (t.kw(j, "generated")) {
            j += 2; // GENERATED ALWAYS, then AS (…)
            continue;
        } else if (t.kw(j, "as") && t.kind(j + 1) == Kind::LeftParen) {
            const int close = t.matchParen(j + 1);
            column.generated = t.normalized(j + 2, close);
            j = close + 1;
            column.generatedStored = t.kw(j, "stored");
            if (t.kw(j, "stored") || t.kw(j, "virtual"))
                ++j;
        } else {
            ++j;
        }
        name.clear();
        nameOffset = -1;
    }
    out.columns.append(column);
}

// Table constraints; SQLite also accepts them without separating commas.
void parseTableConstraints(const Tokens &t, int first, int end, ParsedTable &out)
{
    QString name;
    qsizetype nameOffset = -1;
    int j = first;
    while (j < end) {
        if (t.kw(j, "constraint")) {
            name = t.ident(j + 1);
            nameOffset = t.offset(j);
            j += 2;
            continue;
        }
        const qsizetype start = nameOffset >= 0 ? nameOffset : t.offset(j);
        const bool primary = t.kw(j, "primary");
        if ((primary || t.kw(j, "unique"))) {
            j += primary ? 2 : 1;
            if (t.kind(j) == Kind::LeftParen) {
                const int close = t.matchParen(j);
                out.keys.append({name, t.names(j, close), primary, start});
                j = close + 1;
            }
            j = skipConflict(t, j);
        } else if (t.kw(j, "check") && t.kind(j + 1) == Kind::LeftParen) {
            const int close = t.matchParen(j + 1);
            out.checks.append({name, t.normalized(j + 2, close), QString(), start});
            j = skipConflict(t, close + 1);
        } else if (t.kw(j, "foreign") && t.kind(j + 2) == Kind::LeftParen) {
            const int close = t.matchParen(j + 2);
            ParsedForeignKey fk;
            fk.name = name;
            fk.columns = t.names(j + 2, close);
            fk.offset = start;
            j = close + 1;
            if (t.kw(j, "references"))
                j = parseReferences(t, j, end, fk, out);
        } else {
            ++j;
        }
        name.clear();
        nameOffset = -1;
    }
}

// The token after CREATE [TEMP | TEMPORARY], or -1 when the statement is not a CREATE.
int afterCreateTemp(const Tokens &t)
{
    if (!t.kw(0, "create"))
        return -1;
    return t.kw(1, "temp") || t.kw(1, "temporary") ? 2 : 1;
}

} // namespace

ParsedTable parseCreateTable(QByteArrayView sql)
{
    const Tokens t(sql);
    ParsedTable out;
    int i = afterCreateTemp(t);
    if (i < 0)
        return out;
    if (t.kw(i, "virtual")) {
        out.isVirtual = true;
        ++i;
    }
    if (!t.kw(i, "table"))
        return out;
    i = t.qualifiedName(t.skipIfNotExists(i + 1), &out.name);
    if (out.isVirtual) {
        if (t.kw(i, "using"))
            out.module = t.ident(i + 1);
        out.ok = true;
        return out;
    }
    if (t.kw(i, "as")) {
        out.asSelect = true;
        out.ok = true;
        return out;
    }
    if (t.kind(i) != Kind::LeftParen)
        return out;
    const int close = t.matchParen(i);
    bool constraints = false;
    for (const Range &r : t.splitCommas(i + 1, close)) {
        constraints = constraints || isTableConstraintStart(t, r.first);
        if (constraints)
            parseTableConstraints(t, r.first, r.second, out);
        else
            parseColumnDef(t, r.first, r.second, out);
    }
    for (int j = close + 1; j < t.size(); ++j) {
        if (t.kw(j, "without") && t.kw(j + 1, "rowid"))
            out.withoutRowid = true;
        else if (t.kw(j, "strict"))
            out.strict = true;
    }
    out.ok = true;
    return out;
}

ParsedIndex parseCreateIndex(QByteArrayView sql)
{
    const Tokens t(sql);
    ParsedIndex out;
    if (!t.kw(0, "create"))
        return out;
    int i = 1;
    if (t.kw(i, "unique")) {
        out.unique = true;
        ++i;
    }
    if (!t.kw(i, "index"))
        return out;
    i = t.qualifiedName(t.skipIfNotExists(i + 1), &out.name);
    if (!t.kw(i, "on") || t.kind(i + 2) != Kind::LeftParen)
        return out;
    out.table = t.ident(i + 1);
    const int open = i + 2;
    const int close = t.matchParen(open);
    for (const Range &r : t.splitCommas(open + 1, close)) {
        ParsedIndexElement element;
        int end = r.second;
        if (end - 1 > r.first && (t.kw(end - 1, "asc") || t.kw(end - 1, "desc"))) {
            element.descending = t.kw(end - 1, "desc");
            --end;
        }
        if (end - 2 > r.first && t.kw(end - 2, "collate")) {
            element.collation = t.ident(end - 1);
            end -= 2;
        }
        if (end - r.first == 1 &&
            (t.kind(r.first) == Kind::Word || t.kind(r.first) == Kind::QuotedId))
            element.column = t.ident(r.first);
        else
            element.expression = t.normalized(r.first, end);
        out.elements.append(element);
    }
    if (t.kw(close + 1, "where"))
        out.predicate = t.normalized(close + 2, t.size());
    out.ok = true;
    return out;
}

ParsedTrigger parseCreateTrigger(QByteArrayView sql)
{
    const Tokens t(sql);
    ParsedTrigger out;
    int i = afterCreateTemp(t);
    if (i < 0)
        return out;
    if (!t.kw(i, "trigger"))
        return out;
    i = t.qualifiedName(t.skipIfNotExists(i + 1), &out.name);
    if (t.kw(i, "before") || t.kw(i, "after")) {
        out.timing = t.kw(i, "before") ? QStringLiteral("before") : QStringLiteral("after");
        ++i;
    } else if (t.kw(i, "instead") && t.kw(i + 1, "of")) {
        out.timing = QStringLiteral("instead of");
        i += 2;
    }
    for (const char *event : {"delete", "insert", "update"})
        if (t.kw(i, event))
            out.events.append(QString::fromLatin1(event));
    ++i;
    if (t.kw(i, "of")) {
        ++i;
        while (i < t.size() && !t.kw(i, "on")) {
            if (t.kind(i) != Kind::Comma)
                out.updateColumns.append(t.ident(i));
            ++i;
        }
    }
    if (!t.kw(i, "on"))
        return out;
    i = t.qualifiedName(i + 1, &out.table);
    if (t.kw(i, "for") && t.kw(i + 1, "each") && t.kw(i + 2, "row"))
        i += 3;
    if (t.kw(i, "when")) {
        int depth = 0;
        int j = i + 1;
        for (; j < t.size(); ++j) {
            if (t.kind(j) == Kind::LeftParen)
                ++depth;
            else if (t.kind(j) == Kind::RightParen)
                --depth;
            else if (depth == 0 && t.kw(j, "begin"))
                break;
        }
        out.when = t.normalized(i + 1, j);
    }
    out.ok = true;
    return out;
}

ParsedView parseCreateView(QByteArrayView sql)
{
    const Tokens t(sql);
    ParsedView out;
    int i = afterCreateTemp(t);
    if (i < 0)
        return out;
    if (!t.kw(i, "view"))
        return out;
    i = t.qualifiedName(t.skipIfNotExists(i + 1), &out.name);
    if (t.kind(i) == Kind::LeftParen) {
        const int close = t.matchParen(i);
        out.columns = t.names(i, close);
        i = close + 1;
    }
    if (!t.kw(i, "as"))
        return out;
    out.definition = t.verbatim(i + 1, t.size());
    out.ok = true;
    return out;
}

ParsedAddColumn parseAlterAddColumn(QByteArrayView sql)
{
    const Tokens t(sql);
    ParsedAddColumn out;
    if (!t.kw(0, "alter") || !t.kw(1, "table"))
        return out;
    int i = t.qualifiedName(2, &out.table);
    if (!t.kw(i, "add"))
        return out;
    ++i;
    if (t.kw(i, "column"))
        ++i;
    if (i >= t.size())
        return out;
    parseColumnDef(t, i, t.size(), out.column);
    out.column.ok = true;
    out.ok = true;
    return out;
}

QString checkKey(const QString &expression)
{
    return QStringLiteral("check:") + expression.toLower();
}

QString foreignKeyKey(const QStringList &columns, const QString &refTable)
{
    return QStringLiteral("fk:") + columns.join(QLatin1Char(',')).toLower() + QStringLiteral("->") +
           refTable.toLower();
}

QString uniqueKey(const QStringList &columns)
{
    return QStringLiteral("unique:") + columns.join(QLatin1Char(',')).toLower();
}

QString primaryKeyKey()
{
    return QStringLiteral("pk");
}

} // namespace schemalens::load::sqlite
