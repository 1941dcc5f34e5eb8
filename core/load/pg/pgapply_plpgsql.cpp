// DO blocks: the body is parsed with the PL/pgSQL parser and the DDL inside it (plain
// statements and EXECUTE of a literal string) is applied. Statements under an IF guard or
// inside a block with an EXCEPTION handler are applied with their errors suppressed: the
// guard exists precisely to skip what already exists.

#include "core/load/pg/pgapplier.h"

#include "core/load/pg/pgjson.h"
#include "core/load/pg/pgparser.h"

#include <QCoreApplication>

namespace schemalens::load::pg {

namespace {

// The DO body starts after its opening quote: $tag$ or '.
qsizetype bodyStart(const QByteArray &text, qsizetype literalStart)
{
    if (literalStart < 0 || literalStart >= text.size())
        return -1;
    if (text.at(literalStart) == '\'')
        return literalStart + 1;
    if (text.at(literalStart) == '$') {
        const qsizetype close = text.indexOf('$', literalStart + 1);
        return close < 0 ? -1 : close + 1;
    }
    return -1;
}

// EXECUTE 'ALTER TABLE ...': the string, when the expression is one literal.
std::optional<QByteArray> literalString(const QString &expression)
{
    QString error;
    const QList<ParsedStatement> parsed =
        parseScript(QByteArrayLiteral("SELECT ") + expression.toUtf8());
    if (parsed.size() != 1 || !parsed.first().error.isEmpty())
        return std::nullopt;
    const JsonArray targets = arr(parsed.first().node, "targetList");
    if (targets.size() != 1)
        return std::nullopt;
    const JsonObject value = obj(obj(targets.first().toObject(), "ResTarget"), "val");
    const JsonObject constant = obj(value, "A_Const");
    if (!constant.contains(QLatin1String("sval")))
        return std::nullopt;
    return str(obj(constant, "sval"), "sval").toUtf8();
}

} // namespace

void PgApplier::applyDo(const JsonObject &node)
{
    QString language = QStringLiteral("plpgsql");
    JsonObject body;
    for (const JsonValue &value : arr(node, "args")) {
        const JsonObject option = obj(value.toObject(), "DefElem");
        if (str(option, "defname") == QLatin1String("language"))
            language = str(obj(obj(option, "arg"), "String"), "sval");
        else if (str(option, "defname") == QLatin1String("as"))
            body = option;
    }
    if (language != QLatin1String("plpgsql")) {
        skip(QStringLiteral("DoStmt:") + language);
        return;
    }
    if (body.isEmpty()) {
        // `DO LANGUAGE plpgsql` parses but has no code: PostgreSQL refuses it when run, and
        // libpg_query's PL/pgSQL compiler asserts on it (an abort, found by fuzzing).
        Diagnostic d;
        d.rule = QStringLiteral("migration-error");
        d.message = QCoreApplication::translate(
            "schemalens",
            "DO without a code block: PostgreSQL refuses it (no inline code specified)");
        d.location = statementOrigin();
        m_result.diagnostics.append(d);
        return;
    }
    const QByteArray statement = m_text->text().mid(m_parseOffset, m_statementEnd - m_parseOffset);
    QString error;
    std::shared_ptr<const JsonDocument> document;
    const JsonArray functions = parsePlpgsql(statement, &error, &document);
    if (!error.isEmpty()) {
        Diagnostic d;
        d.rule = QStringLiteral("parse-error");
        d.message = error;
        d.location = statementOrigin();
        m_result.diagnostics.append(d);
        return;
    }
    const QByteArray bodyText = str(obj(body, "arg"), "sval").isEmpty()
                                    ? QByteArray()
                                    : str(obj(obj(body, "arg"), "String"), "sval").toUtf8();
    const qsizetype start =
        bodyStart(m_text->text(), m_parseOffset + integer(body, "location", -1));
    for (const JsonValue &function : functions) {
        const JsonObject action = obj(obj(function.toObject(), "PLpgSQL_function"), "action");
        const JsonObject block = obj(action, "PLpgSQL_stmt_block");
        applyPlpgsqlBody(arr(block, "body"), bodyText, start,
                         block.contains(QLatin1String("exceptions")));
    }
}

void PgApplier::applyPlpgsqlBody(const JsonArray &body, const QByteArray &blockText,
                                 qsizetype blockOffset, bool guarded)
{
    Q_UNUSED(blockText);
    // Inner statements move m_statementOffset etc.; the DO statement's own are restored
    // after each, so later errors still point into the block.
    const qsizetype savedStatement = m_statementOffset;
    const qsizetype savedParse = m_parseOffset;
    const qsizetype savedEnd = m_statementEnd;
    const QString savedType = m_statementType;
    const QList<model::Change> savedChanges = m_pendingChanges;
    const QByteArray &unitText = m_text->text();
    const QByteArray savedSource = m_source;
    qsizetype cursor = blockOffset;

    const auto applyText = [&](const QByteArray &sql) {
        // Find the statement in the unit text so its origin is exact; fall back to the
        // DO statement itself (e.g. EXECUTE strings with doubled quotes).
        qsizetype at = blockOffset >= 0 ? unitText.indexOf(sql, cursor) : -1;
        if (at >= 0 && at < savedEnd) {
            cursor = at + sql.size();
            applyStatements(sql, at, guarded);
        } else {
            applyStatements(sql, savedStatement, guarded);
        }
        m_statementOffset = savedStatement;
        m_parseOffset = savedParse;
        m_statementEnd = savedEnd;
        m_statementType = savedType;
        m_source = savedSource;
        m_pendingChanges = savedChanges;
    };

    for (const JsonValue &value : body) {
        const JsonObject statement = value.toObject();
        const QString type = nodeType(statement);
        const JsonObject s = nodeBody(statement);
        if (type == QLatin1String("PLpgSQL_stmt_execsql")) {
            applyText(str(obj(obj(s, "sqlstmt"), "PLpgSQL_expr"), "query").toUtf8());
        } else if (type == QLatin1String("PLpgSQL_stmt_dynexecute")) {
            const QString expression = str(obj(obj(s, "query"), "PLpgSQL_expr"), "query");
            if (const auto sql = literalString(expression))
                applyText(*sql);
        } else if (type == QLatin1String("PLpgSQL_stmt_if")) {
            // The then-branch is what the guard protects (IF NOT EXISTS ... THEN CREATE).
            applyPlpgsqlBody(arr(s, "then_body"), blockText, blockOffset, true);
        } else if (type == QLatin1String("PLpgSQL_stmt_block")) {
            applyPlpgsqlBody(arr(s, "body"), blockText, blockOffset,
                             guarded || s.contains(QLatin1String("exceptions")));
        }
        // Loops, assignments, RAISE, PERFORM: their effect depends on data at run time.
    }
    m_pendingChanges = savedChanges;
}

} // namespace schemalens::load::pg
