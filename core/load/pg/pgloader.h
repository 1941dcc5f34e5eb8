#pragma once

#include "core/load/loader.h"

namespace schemalens::load::pg {

// Parses every unit of the plan with libpg_query and applies its statements to a fresh
// model in order. Never fails: problems become parse-error/migration-error diagnostics.
LoadResult loadPlan(MigrationPlan plan, const LoadOptions &options);

} // namespace schemalens::load::pg
