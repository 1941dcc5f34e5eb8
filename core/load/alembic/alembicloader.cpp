#include "core/load/alembic/alembicloader.h"

#include "core/load/alembic/alembictranslator.h"
#include "core/load/pg/pgloader.h"
#include "core/load/sqlite/readback.h"
#include "core/load/sqlite/replay.h"
#include "core/load/sqlite/schematracker.h"
#include "core/load/sqlite/sqlitedb.h"

#include <QCoreApplication>

namespace schemalens::load::alembic {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

// Graph problems found by discovery are findings of the review, not only notes of the plan.
void takeGraphDiagnostics(MigrationPlan &plan, Diagnostics &into)
{
    Diagnostics keep;
    for (Diagnostic &d : plan.diagnostics) {
        if (d.rule == QLatin1String("revision-graph"))
            into.append(std::move(d));
        else
            keep.append(std::move(d));
    }
    plan.diagnostics = std::move(keep);
}

void addCounts(QMap<QString, int> &into, const QMap<QString, int> &from)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        into[it.key()] += it.value();
}

LoadResult loadPostgres(MigrationPlan plan, const LoadOptions &options)
{
    Diagnostics diagnostics;
    takeGraphDiagnostics(plan, diagnostics);
    QMap<QString, int> unsupported;
    QMap<QString, int> skipped;
    QList<treesitter::CustomTypeUse> customTypes;
    for (MigrationUnit &unit : plan.units) {
        Translation t =
            translateRevision(unit.sql, unit.path, unit.ordinal, SqlDialect::PostgreSQL, nullptr);
        unit.sql = std::move(t.sql);
        diagnostics += t.diagnostics;
        customTypes += t.customTypes;
        addCounts(unsupported, t.unsupported);
        addCounts(skipped, t.skipped);
    }
    diagnostics += treesitter::customTypeFindings(customTypes);
    LoadResult result = pg::loadPlan(std::move(plan), options);
    result.diagnostics = diagnostics + result.diagnostics;
    addCounts(result.stats.unsupported, unsupported);
    addCounts(result.stats.skipped, skipped);
    return result;
}

// Replays a revision's translation into the in-memory database as far as it goes, so that
// a batch block reflects the table as the statements before it left it. Each replayed part
// is padded with the newlines (and spaces) before it, so its origins are the file's.
class ReplaySession : public SqliteSession {
public:
    ReplaySession(sqlite::Database &db, sqlite::Replayer &replayer, const MigrationUnit &unit)
        : m_db(db)
        , m_replayer(replayer)
    {
        m_part.path = unit.path;
        m_part.absolutePath = unit.absolutePath;
        m_part.version = unit.version;
        m_part.ordinal = unit.ordinal;
    }

    void sync(const QByteArray &sqlSoFar) override
    {
        if (sqlSoFar.size() <= m_done)
            return;
        const QByteArrayView before = QByteArrayView(sqlSoFar).first(m_done);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        QByteArray part(before.count('\n'), '\n');
        part.append(QByteArray(m_done - lineStart, ' '));
        part.append(QByteArrayView(sqlSoFar).sliced(m_done));
        m_part.sql = std::move(part);
        m_replayer.replay(m_part);
        m_done = sqlSoFar.size();
    }

    std::optional<TableShape> reflect(const QString &table) override
    {
        return reflectTable(m_db, table);
    }

private:
    sqlite::Database &m_db;
    sqlite::Replayer &m_replayer;
    MigrationUnit m_part;
    qsizetype m_done = 0;
};

void fatal(LoadResult &result, const QString &message)
{
    result.diagnostics.append({.rule = QStringLiteral("migration-error"),
                               .severity = Diagnostic::Severity::Error,
                               .message = message,
                               .location = {}});
}

LoadResult loadSqlite(MigrationPlan plan, const LoadOptions &options)
{
    LoadResult result;
    takeGraphDiagnostics(plan, result.diagnostics);
    result.source = std::move(plan);
    QString error;
    std::optional<sqlite::Database> db = sqlite::Database::openMemory(&error);
    if (!db) {
        fatal(result, Tr::tr("cannot open an in-memory SQLite database: %1").arg(error));
        return result;
    }
    sqlite::SchemaTracker tracker(*db);
    if (!tracker.start(&error)) {
        fatal(result, Tr::tr("cannot read sqlite_schema: %1").arg(error));
        return result;
    }
    {
        sqlite::Replayer replayer(*db, tracker, result.diagnostics, result.stats);
        const auto total = int(result.source.units.size());
        QList<treesitter::CustomTypeUse> customTypes;
        for (int i = 0; i < total; ++i) {
            MigrationUnit &unit = result.source.units[i];
            ReplaySession session(*db, replayer, unit);
            Translation t =
                translateRevision(unit.sql, unit.path, unit.ordinal, SqlDialect::SQLite, &session);
            unit.sql = std::move(t.sql);
            result.stats.bytes += unit.sql.size();
            result.diagnostics += t.diagnostics;
            customTypes += t.customTypes;
            addCounts(result.stats.unsupported, t.unsupported);
            addCounts(result.stats.skipped, t.skipped);
            if (options.progress && !options.progress(i + 1, total))
                break;
        }
        result.diagnostics += treesitter::customTypeFindings(customTypes);
    }
    Result<model::Schema> schema = sqlite::readSchema(*db, tracker, result.diagnostics);
    if (!schema) {
        fatal(result,
              Tr::tr("cannot read the replayed schema back: %1").arg(schema.error().message));
        return result;
    }
    result.schema = std::move(schema).value();
    result.schema.history = tracker.takeHistory();
    return result;
}

} // namespace

LoadResult loadPlan(MigrationPlan plan, const LoadOptions &options)
{
    if (plan.dialect == Dialect::SQLite)
        return loadSqlite(std::move(plan), options);
    return loadPostgres(std::move(plan), options);
}

} // namespace schemalens::load::alembic
