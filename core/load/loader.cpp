#include "core/load/loader.h"

#include "core/load/alembic/alembicloader.h"
#include "core/load/ecto/ectoloader.h"
#include "core/load/live/connstring.h"
#include "core/load/live/liveloader.h"
#include "core/load/pg/pgloader.h"
#include "core/load/sqlite/sqliteloader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace schemalens::load {

Result<LoadResult> loadSource(const QString &source, const LoadOptions &options)
{
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
    if (plan->dialect == Dialect::Unknown) {
        // Plain DDL that either engine accepts: PostgreSQL is the default.
        plan->dialect = Dialect::PostgreSQL;
        plan->dialectEvidence = QCoreApplication::translate(
            "schemalens", "no dialect-specific syntax found; PostgreSQL assumed");
    }
    if (plan->layout == QLatin1String("ecto"))
        return ecto::loadPlan(std::move(plan).value(), options);
    if (plan->layout == QLatin1String("alembic"))
        return alembic::loadPlan(std::move(plan).value(), options);
    if (plan->dialect == Dialect::SQLite)
        return sqlite::loadPlan(std::move(plan).value(), options);
    return pg::loadPlan(std::move(plan).value(), options);
}

} // namespace schemalens::load
