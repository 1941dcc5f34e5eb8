#include "core/load/pg/pgloader.h"

namespace schemalens::load::pg {

LoadResult loadPlan(MigrationPlan plan, const LoadOptions &)
{
    LoadResult result;
    result.source = std::move(plan);
    return result;
}

} // namespace schemalens::load::pg
