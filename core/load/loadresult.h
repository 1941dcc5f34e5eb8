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

struct LoadResult {
    model::Schema schema;
    MigrationPlan source;
    Diagnostics diagnostics;
    LoadStats stats;
};

} // namespace schemalens::load
