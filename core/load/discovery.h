#pragma once

#include "core/load/migrationplan.h"
#include "core/util/result.h"

namespace schemalens::load {

struct DiscoveryOptions {
    Dialect dialect = Dialect::Unknown; // explicit override (--dialect)
    // --order: relative paths (or file names) that come first, in this order; the rest
    // follow in the detected order.
    QStringList order;
    // Files larger than this are refused with a diagnostic instead of being read (a schema
    // is never this big; a stray database dump or log file can be).
    qint64 maxFileSize = qint64(1) << 30;
};

// Finds the migration layout of a folder (or classifies a single file), orders its
// migrations the way the tool would, and prepares each unit's SQL. Fails only when nothing
// can be loaded at all (missing path, empty folder, symlink loop at the root); problems
// with single files become diagnostics in the plan.
Result<MigrationPlan> discover(const QString &path, const DiscoveryOptions &options = {});

} // namespace schemalens::load
