#include "core/load/pg/pgparser.h"

#include <QCoreApplication>

#include <pg_query.h>

#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace schemalens::load::pg {

namespace {

struct SplitResultDeleter {
    void operator()(PgQuerySplitResult *r) const
    {
        pg_query_free_split_result(*r);
        delete r;
    }
};
struct ParseResultDeleter {
    void operator()(PgQueryParseResult *r) const
    {
        pg_query_free_parse_result(*r);
        delete r;
    }
};
struct PlpgsqlResultDeleter {
    void operator()(PgQueryPlpgsqlParseResult *r) const
    {
        pg_query_free_plpgsql_parse_result(*r);
        delete r;
    }
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Skips whitespace and SQL comments (nested /* */ as PostgreSQL allows).
qsizetype skipTrivia(const QByteArray &sql, qsizetype pos, qsizetype end)
{
    while (pos < end) {
        if (isSpace(sql.at(pos))) {
            ++pos;
        } else if (sql.at(pos) == '-' && pos + 1 < end && sql.at(pos + 1) == '-') {
            while (pos < end && sql.at(pos) != '\n')
                ++pos;
        } else if (sql.at(pos) == '/' && pos + 1 < end && sql.at(pos + 1) == '*') {
            int depth = 0;
            do {
                if (sql.at(pos) == '/' && pos + 1 < end && sql.at(pos + 1) == '*') {
                    ++depth;
                    pos += 2;
                } else if (sql.at(pos) == '*' && pos + 1 < end && sql.at(pos + 1) == '/') {
                    --depth;
                    pos += 2;
                } else {
                    ++pos;
                }
            } while (depth > 0 && pos < end);
        } else {
            break;
        }
    }
    return pos;
}

void blank(QByteArray &text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i)
        if (text.at(i) != '\n')
            text[i] = ' ';
}

bool startsWithWordCI(const QByteArray &line, const char *word)
{
    const QByteArray w(word);
    return line.size() >= w.size() && line.left(w.size()).compare(w, Qt::CaseInsensitive) == 0;
}

ParsedStatement parseOne(const QByteArray &sql, qsizetype start, qsizetype length)
{
    ParsedStatement statement;
    statement.parseOffset = start;
    statement.length = length;
    const qsizetype end = start + length;
    statement.offset = skipTrivia(sql, start, end);
    if (statement.offset >= end)
        return statement; // only comments: neither a node nor an error
    statement.source = sql.mid(start, length);

    std::unique_ptr<PgQueryParseResult, ParseResultDeleter> parsed(
        new PgQueryParseResult(pg_query_parse(statement.source.constData())));
    if (parsed->error) {
        statement.error = QString::fromUtf8(parsed->error->message);
        statement.errorOffset =
            parsed->error->cursorpos <= 0 ? statement.offset : start + parsed->error->cursorpos - 1;
        return statement;
    }
    // Data statements can be huge (dumps with INSERTs) and carry nothing for the model:
    // their node type is read off the JSON text instead of decoding it. UPDATE and MERGE,
    // and INSERTs that name their columns, are decoded when small: PostgreSQL rejects
    // duplicate column assignments in them before touching a row (pgapply_checks.cpp).
    const QByteArray json =
        QByteArray::fromRawData(parsed->parse_tree, qstrlen(parsed->parse_tree));
    static const QByteArray prefix =
        QByteArrayLiteral("{\"version\":150001,\"stmts\":[{\"stmt\":{\"");
    if (json.startsWith(prefix)) {
        const qsizetype typeEnd = json.indexOf('"', prefix.size());
        const QByteArray type = json.mid(prefix.size(), typeEnd - prefix.size());
        // DELETE too: one without WHERE empties the table (migrations.cpp, EmptiedTables).
        const bool checked = json.size() < 64 * 1024 &&
                             (type == "UpdateStmt" || type == "MergeStmt" || type == "DeleteStmt" ||
                              (type == "InsertStmt" && (json.contains("\"cols\":") ||
                                                        json.contains("\"onConflictClause\":"))));
        if (!checked && (type == "InsertStmt" || type == "UpdateStmt" || type == "DeleteStmt" ||
                         type == "CopyStmt" || type == "GrantStmt" || type == "MergeStmt")) {
            statement.nodeType = QString::fromLatin1(type);
            return statement;
        }
    }
    QString jsonError;
    // The JSON is copied: libpg_query frees its buffer when `parsed` goes.
    statement.document = JsonDocument::parse(QByteArray(json.constData(), json.size()), &jsonError);
    if (!statement.document) {
        // The tree walkers recurse; documents deeper than 1,000 levels are refused.
        statement.error =
            QCoreApplication::translate("schemalens", "statement too deeply nested to analyse (%1)")
                .arg(jsonError);
        statement.errorOffset = statement.offset;
        return statement;
    }
    const JsonArray stmts =
        statement.document->root().toObject().value(QLatin1String("stmts")).toArray();
    const JsonObject stmt = stmts.isEmpty()
                                ? JsonObject()
                                : stmts.first().toObject().value(QLatin1String("stmt")).toObject();
    if (!stmt.isEmpty()) {
        statement.nodeType = stmt.constBegin().key();
        statement.node = stmt.constBegin().value().toObject();
    }
    return statement;
}

} // namespace

QByteArray blankPsqlMetaCommands(const QByteArray &sql)
{
    // psql reads these line by line before the server sees anything; they only appear at
    // the start of a line in dumps. COPY ... FROM stdin is followed by data up to "\.".
    if (!sql.contains('\\') && !sql.contains("stdin") && !sql.contains("STDIN"))
        return sql;
    QByteArray out = sql;
    qsizetype pos = 0;
    bool inCopyData = false;
    while (pos < out.size()) {
        qsizetype eol = out.indexOf('\n', pos);
        if (eol < 0)
            eol = out.size();
        const QByteArray line = out.mid(pos, eol - pos);
        if (inCopyData) {
            if (line.trimmed() == "\\.")
                inCopyData = false;
            blank(out, pos, eol);
        } else if (line.startsWith('\\')) {
            blank(out, pos, eol);
        } else if (startsWithWordCI(line, "COPY ") &&
                   line.trimmed().toLower().endsWith("from stdin;")) {
            inCopyData = true;
            blank(out, pos, eol); // the COPY itself loads data only
        }
        pos = eol + 1;
    }
    return out;
}

namespace {

using Range = std::pair<qsizetype, qsizetype>; // (start, length)

// Statement ranges of the script, plus the scanner's error if it stopped early.
QList<Range> splitScript(const QByteArray &sql, std::optional<ParsedStatement> *tailError)
{
    std::unique_ptr<PgQuerySplitResult, SplitResultDeleter> split(
        new PgQuerySplitResult(pg_query_split_with_scanner(sql.constData())));
    if (split->error) {
        // The scanner stops at e.g. an unterminated quote, which swallows the rest of the
        // script for the server too. The statements before it still count: split the text
        // up to the statement holding the error again.
        ParsedStatement failed;
        failed.error = QString::fromUtf8(split->error->message);
        failed.errorOffset =
            qBound(qsizetype(0), qsizetype(split->error->cursorpos) - 1, sql.size());
        const qsizetype statementStart = sql.lastIndexOf(';', failed.errorOffset - 1) + 1;
        failed.offset = skipTrivia(sql, statementStart, sql.size());
        *tailError = failed;
        if (statementStart > 0 && statementStart < sql.size()) {
            std::optional<ParsedStatement> ignored;
            return splitScript(sql.left(statementStart), &ignored);
        }
        return {};
    }

    // The scanner-based splitter silently drops text that does not start like a
    // statement (e.g. "SELEC 1;"). Gaps between the ranges it returns are therefore parsed
    // too, so that such text becomes a parse error instead of vanishing.
    QList<Range> ranges;
    ranges.reserve(split->n_stmts);
    qsizetype covered = 0;
    const auto addGap = [&](qsizetype from, qsizetype to) {
        while (from < to) {
            from = skipTrivia(sql, from, to);
            while (from < to && sql.at(from) == ';')
                from = skipTrivia(sql, from + 1, to);
            if (from >= to)
                return;
            qsizetype end = sql.indexOf(';', from);
            if (end < 0 || end > to)
                end = to;
            ranges.append({from, end - from});
            from = end + 1;
        }
    };
    for (int i = 0; i < split->n_stmts; ++i) {
        const PgQuerySplitStmt *s = split->stmts[i];
        const qsizetype start = s->stmt_location;
        const qsizetype length = s->stmt_len == 0 ? sql.size() - start : s->stmt_len;
        addGap(covered, start);
        ranges.append({start, length});
        covered = start + length;
    }
    addGap(covered, sql.size());
    return ranges;
}

} // namespace

ScriptParser::ScriptParser(const QByteArray &sql)
    : m_sql(blankPsqlMetaCommands(sql))
{
    std::optional<ParsedStatement> tail;
    m_ranges = splitScript(m_sql, &tail);
    if (tail)
        m_tail = *tail;
}

ScriptParser::~ScriptParser() = default;

bool ScriptParser::atEnd() const
{
    return m_next >= m_ranges.size() && !m_tail;
}

QList<ParsedStatement> ScriptParser::next(qsizetype maxStatements)
{
    const qsizetype from = m_next;
    const qsizetype to = qMin(m_ranges.size(), from + maxStatements);
    m_next = to;

    // Parsing dominates loading and libpg_query is thread-safe, so large batches are parsed
    // on several threads; results keep the script's order. (Never call pg_query_exit() in
    // a worker: it aborts, see PLATFORM.md.)
    QList<ParsedStatement> parsed(to - from);
    const auto parseRange = [&](qsizetype a, qsizetype b) {
        for (qsizetype i = a; i < b; ++i)
            parsed[i - from] = parseOne(m_sql, m_ranges.at(i).first, m_ranges.at(i).second);
    };
    const qsizetype count = to - from;
    const qsizetype workers =
        count < 128
            ? 1
            : qBound(qsizetype(1), qsizetype(std::thread::hardware_concurrency()), qsizetype(4));
    if (workers == 1) {
        parseRange(from, to);
    } else {
        std::vector<std::thread> threads;
        const qsizetype chunk = (count + workers - 1) / workers;
        for (qsizetype w = 1; w < workers; ++w)
            threads.emplace_back(parseRange, qMin(to, from + w * chunk),
                                 qMin(to, from + (w + 1) * chunk));
        parseRange(from, qMin(to, from + chunk));
        for (std::thread &t : threads)
            t.join();
    }
    QList<ParsedStatement> statements;
    statements.reserve(parsed.size() + 1);
    for (ParsedStatement &statement : parsed)
        if (!statement.nodeType.isEmpty() || !statement.error.isEmpty())
            statements.append(std::move(statement));
    if (m_next >= m_ranges.size() && m_tail) {
        statements.append(*m_tail);
        m_tail.reset();
    }
    return statements;
}

QList<ParsedStatement> parseScript(const QByteArray &sql)
{
    ScriptParser parser(sql);
    QList<ParsedStatement> statements;
    while (!parser.atEnd())
        statements += parser.next(1 << 20);
    return statements;
}

JsonArray parsePlpgsql(const QByteArray &sql, QString *error,
                       std::shared_ptr<const JsonDocument> *document)
{
    std::unique_ptr<PgQueryPlpgsqlParseResult, PlpgsqlResultDeleter> parsed(
        new PgQueryPlpgsqlParseResult(pg_query_parse_plpgsql(sql.constData())));
    if (parsed->error) {
        *error = QString::fromUtf8(parsed->error->message);
        return {};
    }
    QString jsonError;
    *document = JsonDocument::parse(QByteArray(parsed->plpgsql_funcs), &jsonError);
    if (!*document) {
        *error = QCoreApplication::translate("schemalens",
                                             "PL/pgSQL block too deeply nested to analyse");
        return {};
    }
    return (*document)->root().toArray();
}

} // namespace schemalens::load::pg
