// The statement log of a migration folder (model::Statement) and transaction blocks. For
// every top-level statement the applier records its operations (pgapply_operations.cpp) and
// the transaction block it ran in: the file's own BEGIN, or the transaction the migration tool
// opens around the file (core/load/transactions.h). PostgreSQL's rules about blocks are
// enforced here: CREATE INDEX CONCURRENTLY & co. are refused inside one, LOCK TABLE and
// SAVEPOINT outside one.

#include "core/load/pg/pgapplier.h"

#include "core/load/pg/pgjson.h"
#include "core/load/pg/pgsafety_p.h"
#include "core/load/pg/pgscan.h"

#include <QCoreApplication>
#include <QScopeGuard>

#include <cctype>

namespace schemalens::load::pg {

using namespace schemalens::model;

namespace {

// Translated in the "schemalens" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

QString transactionStatementName(const QString &kind)
{
    if (kind == QLatin1String("TRANS_STMT_SAVEPOINT"))
        return QStringLiteral("SAVEPOINT");
    if (kind == QLatin1String("TRANS_STMT_RELEASE"))
        return QStringLiteral("RELEASE SAVEPOINT");
    if (kind == QLatin1String("TRANS_STMT_ROLLBACK_TO"))
        return QStringLiteral("ROLLBACK TO SAVEPOINT");
    return {};
}

} // namespace

QString nonTransactionalName(const QString &type, const JsonObject &node)
{
    if (type == QLatin1String("IndexStmt"))
        return flag(node, "concurrent") ? QStringLiteral("CREATE INDEX CONCURRENTLY") : QString();
    if (type == QLatin1String("DropStmt"))
        return flag(node, "concurrent") ? QStringLiteral("DROP INDEX CONCURRENTLY") : QString();
    if (type == QLatin1String("ReindexStmt")) {
        const QString kind = str(node, "kind");
        if (kind == QLatin1String("REINDEX_OBJECT_SCHEMA"))
            return QStringLiteral("REINDEX SCHEMA");
        if (kind == QLatin1String("REINDEX_OBJECT_SYSTEM"))
            return QStringLiteral("REINDEX SYSTEM");
        if (kind == QLatin1String("REINDEX_OBJECT_DATABASE"))
            return QStringLiteral("REINDEX DATABASE");
        return hasOption(arr(node, "params"), "concurrently")
                   ? QStringLiteral("REINDEX CONCURRENTLY")
                   : QString();
    }
    if (type == QLatin1String("VacuumStmt"))
        return flag(node, "is_vacuumcmd") ? QStringLiteral("VACUUM") : QString();
    if (type == QLatin1String("ClusterStmt"))
        return obj(node, "relation").isEmpty() ? QStringLiteral("CLUSTER") : QString();
    if (type == QLatin1String("CreatedbStmt"))
        return QStringLiteral("CREATE DATABASE");
    if (type == QLatin1String("DropdbStmt"))
        return QStringLiteral("DROP DATABASE");
    if (type == QLatin1String("AlterSystemStmt"))
        return QStringLiteral("ALTER SYSTEM");
    if (type == QLatin1String("CreateTableSpaceStmt"))
        return QStringLiteral("CREATE TABLESPACE");
    if (type == QLatin1String("DropTableSpaceStmt"))
        return QStringLiteral("DROP TABLESPACE");
    if (type == QLatin1String("AlterTableStmt")) {
        for (const JsonValue &value : arr(node, "cmds")) {
            const JsonObject cmd = obj(value.toObject(), "AlterTableCmd");
            if (str(cmd, "subtype") == QLatin1String("AT_DetachPartition") &&
                flag(obj(obj(cmd, "def"), "PartitionCmd"), "concurrent"))
                return QStringLiteral("ALTER TABLE ... DETACH CONCURRENTLY");
        }
    }
    return {};
}

void PgApplier::applyStatement(const ParsedStatement &statement)
{
    const bool topLevel = m_statementDepth == 0;
    ++m_statementDepth;
    const auto leave = qScopeGuard([this] { --m_statementDepth; });
    // The operations are judged with the state the statement finds: before it runs.
    m_statementOffset = statement.offset;
    m_parseOffset = statement.parseOffset;
    m_statementEnd = statement.parseOffset + statement.length;
    m_statementType = statement.nodeType;
    m_source = statement.source;
    if (topLevel) {
        openStatementRecord(statement);
    } else if (m_currentStatement >= 0) {
        // A DO block's statements: their operations belong to the DO statement.
        m_schema.history.statements[m_currentStatement].operations +=
            operationsOf(statement.nodeType, statement.node);
    }
    const bool ok = runStatement(statement);
    if (topLevel) {
        closeStatementRecord(!ok);
        afterTransactionControl(statement.nodeType, statement.node, !ok);
    }
}

void PgApplier::startUnitTransaction(const QList<ParsedStatement> &statements)
{
    using Mode = TransactionPolicy::Mode;
    m_explicitTransaction = false;
    m_toolTransaction = m_policy.mode == Mode::PerFile;
    m_implicitTransaction = false;
    if (m_policy.mode == Mode::Detect) {
        m_toolTransaction =
            std::none_of(statements.cbegin(), statements.cend(), [](const ParsedStatement &s) {
                return s.error.isEmpty() && !nonTransactionalName(s.nodeType, s.node).isEmpty();
            });
    } else if (m_policy.mode == Mode::Implicit) {
        const qsizetype count =
            std::count_if(statements.cbegin(), statements.cend(),
                          [](const ParsedStatement &s) { return !s.nodeType.isEmpty(); });
        m_implicitTransaction = count > 1;
    }
    MigrationRun run;
    run.file = m_unit->path;
    run.ordinal = m_unit->ordinal;
    run.toolTransaction = m_toolTransaction || m_implicitTransaction;
    run.implicitTransaction = m_implicitTransaction;
    run.why = m_policy.why;
    run.toolKnown = m_policy.known;
    if (m_policy.mode == Mode::Detect && !m_toolTransaction)
        run.why += Tr::tr("; this one holds such a statement and runs without a transaction");
    m_schema.history.runs.append(run);
}

void PgApplier::finishUnitTransaction()
{
    m_explicitTransaction = false;
    m_toolTransaction = false;
    m_implicitTransaction = false;
    m_currentStatement = -1;
}

void PgApplier::openStatementRecord(const ParsedStatement &statement)
{
    Statement record;
    record.type = statement.nodeType;
    record.origin = statementOrigin();
    record.lastLine = m_text->line(qMax(m_statementOffset, m_statementEnd - 1));
    record.explicitTransaction = m_explicitTransaction;
    record.inTransaction = m_explicitTransaction || m_toolTransaction || m_implicitTransaction;
    record.firstChange = int(m_schema.history.changes.size());
    record.truncatedIdentifiers = truncatedIdentifiers();
    record.operations = operationsOf(statement.nodeType, statement.node);
    m_schema.history.statements.append(std::move(record));
    m_currentStatement = m_schema.history.statements.size() - 1;
}

void PgApplier::closeStatementRecord(bool failed)
{
    if (m_currentStatement < 0)
        return;
    Statement &record = m_schema.history.statements[m_currentStatement];
    record.failed = failed;
    record.changeCount = int(m_schema.history.changes.size()) - record.firstChange;
}

void PgApplier::checkTransactionBlock(const QString &type, const JsonObject &node)
{
    const bool inBlock = m_explicitTransaction || m_toolTransaction || m_implicitTransaction;
    const QString name = nonTransactionalName(type, node);
    if (!name.isEmpty() && inBlock) {
        const QString why =
            m_explicitTransaction ? Tr::tr("the file's own BEGIN opened it") : m_policy.why;
        fail(Tr::tr("%1 cannot run inside a transaction block").arg(name) + QLatin1String(" (") +
             why + QLatin1Char(')'));
    }
    if (type == QLatin1String("LockStmt") && !inBlock)
        fail(Tr::tr("LOCK TABLE can only be used in transaction blocks"));
    if (type == QLatin1String("TransactionStmt") && !inBlock) {
        const QString savepoint = transactionStatementName(str(node, "kind"));
        if (!savepoint.isEmpty())
            fail(Tr::tr("%1 can only be used in transaction blocks").arg(savepoint));
    }
}

void PgApplier::afterTransactionControl(const QString &type, const JsonObject &node, bool failed)
{
    if (type != QLatin1String("TransactionStmt") || failed)
        return;
    const QString kind = str(node, "kind");
    if (kind == QLatin1String("TRANS_STMT_BEGIN") || kind == QLatin1String("TRANS_STMT_START")) {
        // Inside the tool's transaction PostgreSQL only warns ("there is already a
        // transaction in progress"); the block stays the tool's.
        m_explicitTransaction = true;
    } else if (kind == QLatin1String("TRANS_STMT_COMMIT") ||
               kind == QLatin1String("TRANS_STMT_ROLLBACK") ||
               kind == QLatin1String("TRANS_STMT_PREPARE")) {
        if (flag(node, "chain"))
            return;
        // COMMIT ends whatever block is open, the tool's too: what follows runs on its own
        // (in a multi-statement query, in a new implicit transaction).
        m_explicitTransaction = false;
        m_toolTransaction = false;
    }
}

QStringList PgApplier::truncatedIdentifiers() const
{
    // A cheap test first: an identifier over 63 bytes needs 64 identifier bytes in a row
    // (any bytes inside double quotes).
    int run = 0;
    bool quoted = false;
    bool candidate = false;
    for (const char ch : m_source) {
        const auto c = uchar(ch);
        if (c == '"')
            quoted = !quoted; // "" inside a quoted name toggles twice: the run goes on
        const bool word =
            quoted || c == '"' || c >= 0x80 || std::isalnum(c) || c == '_' || c == '$';
        run = word ? run + 1 : 0;
        if (run >= 64) {
            candidate = true;
            break;
        }
    }
    if (!candidate)
        return {};
    QStringList names;
    for (const ScanToken &t : scanTokens(m_source)) {
        if (t.kind != ScanToken::Kind::Identifier && t.kind != ScanToken::Kind::QuotedIdentifier)
            continue;
        QByteArray text = m_source.mid(t.start, t.end - t.start);
        if (t.kind == ScanToken::Kind::QuotedIdentifier)
            text = text.mid(1, text.size() - 2).replace("\"\"", "\"");
        if (text.size() > 63 && !names.contains(QString::fromUtf8(text)))
            names.append(QString::fromUtf8(text));
    }
    return names;
}

} // namespace schemalens::load::pg
