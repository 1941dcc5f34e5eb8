#pragma once

#include "core/load/pg/pgnode.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace schemalens::load::pg {

// One top-level statement of a script, as libpg_query sees it. Offsets are byte offsets
// into the script; locations inside `node` are relative to `parseOffset`.
struct ParsedStatement {
    qsizetype offset = 0;      // first token of the statement (comments skipped)
    qsizetype parseOffset = 0; // where the text handed to the parser starts
    qsizetype length = 0;      // bytes from parseOffset up to (excluding) the ';'
    QString nodeType;          // "CreateStmt", ... (empty on error)
    JsonObject node;           // the value under nodeType (lives in `document`)
    std::shared_ptr<const JsonDocument> document;
    QByteArray source; // the text handed to the parser (node locations index it)
    QString error;     // the parser's message when the statement does not parse
    qsizetype errorOffset = -1;
};

// Splits a script once, then parses it batch by batch, so that a 50 MB dump never holds
// all of its parse trees at once.
class ScriptParser {
public:
    explicit ScriptParser(const QByteArray &sql);
    ~ScriptParser();
    ScriptParser(const ScriptParser &) = delete;
    ScriptParser &operator=(const ScriptParser &) = delete;

    bool atEnd() const;
    QList<ParsedStatement> next(qsizetype maxStatements);

private:
    QByteArray m_sql; // with psql meta-commands blanked
    QList<std::pair<qsizetype, qsizetype>> m_ranges;
    std::optional<ParsedStatement> m_tail; // the scanner's error, reported last
    qsizetype m_next = 0;
};

// Splits a script with libpg_query's scanner and parses each statement separately, so one
// syntax error costs one statement, not the file. psql meta-commands (\connect, \restrict,
// \set ...) and COPY ... FROM stdin data are blanked first (the server never sees them).
QList<ParsedStatement> parseScript(const QByteArray &sql);

// Parses a DO block or CREATE FUNCTION with the PL/pgSQL parser; returns the
// PLpgSQL_function objects, or sets `error`.
// The array's values live in `document`.
JsonArray parsePlpgsql(const QByteArray &sql, QString *error,
                       std::shared_ptr<const JsonDocument> *document);

// Blanks psql meta-command lines and COPY data (keeps newlines and byte offsets).
QByteArray blankPsqlMetaCommands(const QByteArray &sql);

} // namespace schemalens::load::pg
