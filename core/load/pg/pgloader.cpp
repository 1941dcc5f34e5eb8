#include "core/load/pg/pgloader.h"

#include "core/load/pg/pgapplier.h"
#include "core/load/snapshots.h"

namespace schemalens::load::pg {

LoadResult loadPlan(MigrationPlan plan, const LoadOptions &options)
{
    LoadResult result;
    result.source = std::move(plan);
    PgApplier applier(result);
    applier.setTransactionOverride(options.migrationsInTransaction);
    const qsizetype total = result.source.units.size();
    SnapshotRecorder snapshots(result);
    if (options.snapshots)
        result.snapshots.reserve(total);
    for (qsizetype i = 0; i < total; ++i) {
        applier.applyUnit(result.source.units.at(i));
        if (options.snapshots)
            snapshots.record(result.schema, result.schema.history.changes.size());
        if (options.progress && !options.progress(int(i + 1), int(total)))
            break;
    }
    return result;
}

} // namespace schemalens::load::pg
