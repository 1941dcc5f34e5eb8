#pragma once

#include "core/load/migrationplan.h"
#include "core/model/schema.h"

#include <QMap>

namespace schemalens::load {

struct LoadStats {
    int statements = 0;             // statements seen
    int applied = 0;                // statements that changed the model
    QMap<QString, int> skipped;     // irrelevant to the model ("InsertStmt", "GrantStmt", ...)
    QMap<QString, int> unsupported; // relevant kinds the loader does not apply yet
    qint64 bytes = 0;
};

// The model as it was after one migration unit (LoadOptions::snapshots): exactly what
// loading only the units up to and including it gives. Its history is left empty; it is the
// first `changes` entries of the final schema's history.
struct Snapshot {
    model::Schema schema;
    qsizetype changes = 0;     // entries of LoadResult::schema.history up to this unit
    qsizetype diagnostics = 0; // entries of LoadResult::diagnostics up to this unit
};

struct LoadResult {
    model::Schema schema;
    MigrationPlan source;
    Diagnostics diagnostics;
    LoadStats stats;
    QList<Snapshot> snapshots; // one per applied unit, when LoadOptions::snapshots is set
};

} // namespace schemalens::load
