#include "core/review/rules/migrations_common.h"

#include "core/review/inlineignore.h"

#include <QFileInfo>

namespace schemalens::review::migrations {

namespace {

QString tableKey(const QString &schema, const QString &name)
{
    return schema + QChar(0x1f) + name;
}

} // namespace

QString migrationName(const model::Origin &origin)
{
    const QStringList parts = origin.file.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() >= 2)
        return parts.at(parts.size() - 2) + QLatin1Char('/') + parts.last();
    const QString name = QFileInfo(origin.file).fileName();
    return name.isEmpty() ? origin.file : name;
}

TableFuture::TableFuture(const ReviewContext &context)
{
    using Kind = model::Change::Kind;
    const QList<model::Change> &changes = context.schema().history.changes;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const model::Change &c = changes.at(i);
        switch (c.kind) {
        case Kind::DropTable:
        case Kind::RenameTable:
        case Kind::SetTableSchema:
        case Kind::DropSchema:
            m_events.append({int(i), c.kind, c.schema, c.table, c.oldValue});
            break;
        default:
            break;
        }
    }
    for (const model::Table &t : context.schema().tables)
        m_final.insert(tableKey(t.schema, t.name));
}

bool TableFuture::survives(int position, const QString &schema, const QString &name) const
{
    using Kind = model::Change::Kind;
    QString currentSchema = schema;
    QString currentName = name;
    // Events are few (drops and renames): a linear walk from POSITION is cheap.
    const auto first = std::lower_bound(m_events.cbegin(), m_events.cend(), position,
                                        [](const Event &e, int p) { return e.position < p; });
    for (auto it = first; it != m_events.cend(); ++it) {
        const Event &e = *it;
        switch (e.kind) {
        case Kind::DropTable:
            if (e.schema == currentSchema && e.table == currentName)
                return false;
            break;
        case Kind::DropSchema:
            if (e.schema == currentSchema)
                return false;
            break;
        case Kind::RenameTable: // schema, table = new name, oldValue = old name
            if (e.schema == currentSchema && e.oldValue == currentName)
                currentName = e.table;
            break;
        case Kind::SetTableSchema: // schema = new schema, oldValue = old schema
            if (e.oldValue == currentSchema && e.table == currentName)
                currentSchema = e.schema;
            break;
        default:
            break;
        }
    }
    return m_final.contains(tableKey(currentSchema, currentName));
}

bool isLiveExistingTable(const ReviewContext &context, const TableFuture &future,
                         const model::Statement &statement, const model::Operation &op)
{
    if (!op.existingTable || op.table.isEmpty())
        return false;
    if (!future.survives(positionAfter(statement), op.schema, op.table))
        return false;
    if (const model::Table *t = context.schema().table(op.schema, op.table)) {
        // Tables the review leaves out (ignored, a tool's bookkeeping) stay out; external
        // tables of the platform (auth.users) hold rows and traffic like any other.
        if (!t->external && !context.isReviewed(*t) && !t->isPartition())
            return false;
    }
    return true;
}

Finding statementFinding(const model::Statement &statement, const model::Operation &op)
{
    Finding f;
    f.object.kind = op.table.isEmpty() ? ObjectRef::Kind::Migration : ObjectRef::Kind::Table;
    f.object.schema = op.schema;
    f.object.table = op.table;
    f.object.file = statement.origin.file;
    f.location = statement.origin;
    return f;
}

const model::MigrationRun *runOf(const ReviewContext &context, const QString &file)
{
    for (const model::MigrationRun &run : context.schema().history.runs)
        if (run.file == file)
            return &run;
    return nullptr;
}

QString noTransactionAdvice(const ReviewContext &context, const QString &file)
{
    const QString layout = context.plan().layout;
    const model::MigrationRun *run = runOf(context, file);
    if (run && !run->toolTransaction)
        return Tr::tr("-- This migration runs outside a transaction already: CONCURRENTLY works "
                      "here (make it safe to re-run with IF [NOT] EXISTS).");
    if (layout == QLatin1String("goose"))
        return Tr::tr("-- CONCURRENTLY cannot run inside a transaction: put it in its own "
                      "migration that starts with -- +goose NO TRANSACTION.");
    if (layout == QLatin1String("dbmate"))
        return Tr::tr("-- CONCURRENTLY cannot run inside a transaction: put it in its own "
                      "migration whose up marker reads -- migrate:up transaction:false.");
    if (layout == QLatin1String("sqlx"))
        return Tr::tr("-- CONCURRENTLY cannot run inside a transaction: put it in its own "
                      "migration whose first line is -- no-transaction.");
    if (layout == QLatin1String("diesel"))
        return Tr::tr("-- CONCURRENTLY cannot run inside a transaction: put it in its own "
                      "migration with run_in_transaction = false in its metadata.toml.");
    if (layout == QLatin1String("flyway"))
        return Tr::tr("-- Flyway runs a migration holding CONCURRENTLY outside a transaction: "
                      "give it its own migration file (or executeInTransaction=false).");
    if (layout == QLatin1String("popx"))
        return Tr::tr("-- CONCURRENTLY cannot run inside a transaction: put it in its own "
                      "migration named *.autocommit.up.sql.");
    if (layout == QLatin1String("prisma") || layout == QLatin1String("golang-migrate") ||
        layout == QLatin1String("postgrator") || layout == QLatin1String("supabase"))
        return Tr::tr("-- The tool sends the file as one transaction: CONCURRENTLY works only "
                      "in a migration file that holds nothing else.");
    if (layout == QLatin1String("drizzle"))
        return Tr::tr("-- drizzle-kit applies migrations in one transaction: run CONCURRENTLY "
                      "statements outside it (a separate script), then record the migration.");
    return Tr::tr("-- CONCURRENTLY cannot run inside a transaction block: run it on its own.");
}

const QSet<QString> &statementsUnderInlineIgnores(const ReviewContext &context)
{
    return context.shared<QSet<QString>>("migrations.inline-ignores", [&context] {
        QSet<QString> lines;
        for (const InlineIgnore &ignore :
             findInlineIgnores(context.plan(), context.schema().history))
            if (!ignore.wholeFile && ignore.firstLine > 0)
                lines.insert(ignore.file + QChar(0x1f) + QString::number(ignore.firstLine));
        return lines;
    });
}

const TableFuture &tableFuture(const ReviewContext &context)
{
    return context.shared<TableFuture>("migrations.table-future",
                                       [&context] { return TableFuture(context); });
}

Finding migrationFinding(const model::Statement &first, const QList<const model::Operation *> &ops,
                         bool columns)
{
    Finding f;
    f.object.file = first.origin.file;
    f.location = first.origin;
    QStringList tables;
    QStringList names;
    QSet<QString> seenTables; // a migration can touch thousands of tables: no quadratic scan
    QSet<QString> seenNames;
    for (const model::Operation *op : ops) {
        const QString table = ReviewContext::key(op->schema, op->table);
        if (!seenTables.contains(table)) {
            seenTables.insert(table);
            tables.append(table);
        }
        if (columns && !op->object.isEmpty() && !seenNames.contains(op->object)) {
            seenNames.insert(op->object);
            names.append(op->object);
        }
    }
    if (tables.size() == 1) {
        const model::Operation &op = *ops.first();
        f.object.schema = op.schema;
        f.object.table = op.table;
        f.object.kind = ObjectRef::Kind::Table;
        if (columns && names.size() == 1) {
            f.object.kind = ObjectRef::Kind::Column;
            f.object.column = names.first();
        } else if (columns) {
            f.object.columns = names;
        }
    } else {
        f.object.kind = ObjectRef::Kind::Migration;
        f.object.tables = tables;
        if (columns)
            for (const model::Operation *op : ops)
                f.object.columns.append(ReviewContext::key(op->schema, op->table) +
                                        QLatin1Char('.') + op->object);
    }
    return f;
}

QString targetList(const QList<const model::Operation *> &ops, bool columns)
{
    QStringList names;
    QSet<QString> seen;
    for (const model::Operation *op : ops) {
        const QString name = columns && !op->object.isEmpty()
                                 ? op->table + QLatin1Char('.') + op->object
                                 : op->table;
        if (!name.isEmpty() && !seen.contains(name)) {
            seen.insert(name);
            names.append(name);
        }
    }
    if (names.size() > 8) {
        const qsizetype more = names.size() - 8;
        names.resize(8);
        names.append(Tr::tr("%n more", nullptr, int(more)));
    }
    return names.join(QStringLiteral(", "));
}

bool sameTransaction(const ReviewContext &context, qsizetype i, qsizetype j)
{
    const QList<model::Statement> &statements = context.schema().history.statements;
    const model::Statement &a = statements.at(i);
    const model::Statement &b = statements.at(j);
    if (a.origin.file != b.origin.file || !a.inTransaction || !b.inTransaction)
        return false;
    for (qsizetype k = i + 1; k < j; ++k)
        for (const model::Operation &op : statements.at(k).operations)
            if (op.kind == model::Operation::Kind::Commit ||
                op.kind == model::Operation::Kind::Rollback)
                return false;
    return true;
}

QString objectList(const QList<const model::Operation *> &ops)
{
    QStringList names;
    QSet<QString> seen;
    for (const model::Operation *op : ops) {
        const QString name = op->object.isEmpty() ? op->table : op->object;
        if (!name.isEmpty() && !seen.contains(name)) {
            seen.insert(name);
            names.append(name);
        }
    }
    return names.join(QStringLiteral(", "));
}

} // namespace schemalens::review::migrations
