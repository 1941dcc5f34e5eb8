// PLACEHOLDER: replaced by the full implementation (helper task "sqlite").
#include "core/load/sqlite/sqliteloader.h"

#include <QCoreApplication>

namespace schemalens::load::sqlite {

LoadResult loadPlan(MigrationPlan plan, const LoadOptions &)
{
    LoadResult result;
    result.source = std::move(plan);
    return result;
}

Result<LoadResult> loadDatabaseFile(const QString &path, const LoadOptions &)
{
    return Error{QCoreApplication::translate("schemalens", "%1: SQLite files are not supported yet")
                     .arg(path), {}};
}

bool isDatabaseFile(const QString &) { return false; }

} // namespace schemalens::load::sqlite
