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
// loading only the units up to and including it gives. Read it with snapshotSchema()
// (snapshots.h): to keep long histories small, only every checkpointInterval-th snapshot
// holds all tables; the others hold the tables that changed since the snapshot before and
// the order of all of them. The history is left empty; it is the first `changes` entries
// of the final schema's history.
struct Snapshot {
    static constexpr int checkpointInterval = 32;
    model::Schema schema;   // all of it at a checkpoint; else only the changed tables
    QStringList tableOrder; // "schema\x1fname" of every table, when not a checkpoint
    bool checkpoint = false;
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
