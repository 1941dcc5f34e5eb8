#include "core/load/loader.h"

#include "core/load/live/connstring.h"
#include "core/load/live/liveloader.h"
#include "core/load/migrationpoint.h"
#include "core/load/pg/pgloader.h"
#include "core/load/sqlite/sqliteloader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace schemalens::load {

namespace {

Error noHistory(const QString &source)
{
    return Error{QCoreApplication::translate("schemalens",
                                             "%1 is a database, not a migration history: it has no "
                                             "migration to stop at")
                     .arg(source)};
}

} // namespace

Result<LoadResult> loadSource(const QString &source, const LoadOptions &options)
{
    const bool databaseSource = live::isConnectionString(source) ||
                                source.startsWith(QLatin1String("sqlite:")) ||
                                (QFileInfo(source).isFile() && sqlite::isDatabaseFile(source));
    if (databaseSource && !options.at.isEmpty())
        return noHistory(live::isConnectionString(source) ? live::redactConnectionString(source)
                                                          : source);
    if (live::isConnectionString(source))
        return live::loadLive(source, options);
    const QLatin1String sqlitePrefix("sqlite:");
    if (source.startsWith(sqlitePrefix))
        return sqlite::loadDatabaseFile(source.mid(sqlitePrefix.size()), options);
    if (QFileInfo(source).isFile() && sqlite::isDatabaseFile(source))
        return sqlite::loadDatabaseFile(source, options);

    Result<MigrationPlan> plan = discover(source, options.discovery);
    if (!plan)
        return plan.error();
    if (!options.at.isEmpty()) {
        const Result<int> applied = resolveMigrationPoint(plan.value(), options.at);
        if (!applied)
            return applied.error();
        plan->units.resize(applied.value());
    }
    if (plan->dialect == Dialect::Unknown) {
        // Plain DDL that either engine accepts: PostgreSQL is the default.
        plan->dialect = Dialect::PostgreSQL;
        plan->dialectEvidence = QCoreApplication::translate(
            "schemalens", "no dialect-specific syntax found; PostgreSQL assumed");
    }
    if (plan->dialect == Dialect::SQLite)
        return sqlite::loadPlan(std::move(plan).value(), options);
    return pg::loadPlan(std::move(plan).value(), options);
}

} // namespace schemalens::load
