#include "core/load/pg/pgloader.h"

#include "core/load/pg/pgapplier.h"

namespace schemalens::load::pg {

namespace {

// The model as it stands, for LoadResult::snapshots. The table list is copied to a list of
// its own (each Table shares its columns, keys and indexes until the applier changes them):
// the applier keeps spare capacity in its list so that references survive appends within a
// statement, which a list shared with a snapshot would lose on its next detach.
Snapshot snapshotOf(const LoadResult &result)
{
    Snapshot snapshot;
    const model::Schema &schema = result.schema;
    snapshot.schema.namespaces = schema.namespaces;
    snapshot.schema.tables = QList<model::Table>(schema.tables.cbegin(), schema.tables.cend());
    snapshot.schema.enums = schema.enums;
    snapshot.schema.otherTypes = schema.otherTypes;
    snapshot.schema.views = schema.views;
    snapshot.schema.functions = schema.functions;
    snapshot.schema.sequences = schema.sequences;
    snapshot.schema.extensions = schema.extensions;
    snapshot.changes = schema.history.changes.size();
    snapshot.diagnostics = result.diagnostics.size();
    return snapshot;
}

} // namespace

LoadResult loadPlan(MigrationPlan plan, const LoadOptions &options)
{
    LoadResult result;
    result.source = std::move(plan);
    PgApplier applier(result);
    const qsizetype total = result.source.units.size();
    if (options.snapshots)
        result.snapshots.reserve(total);
    for (qsizetype i = 0; i < total; ++i) {
        applier.applyUnit(result.source.units.at(i));
        if (options.snapshots)
            result.snapshots.append(snapshotOf(result));
        if (options.progress && !options.progress(int(i + 1), int(total)))
            break;
    }
    return result;
}

} // namespace schemalens::load::pg
