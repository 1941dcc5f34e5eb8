#pragma once

#include "core/load/loader.h"

namespace schemalens::load::ecto {

// Loads a plan of Ecto migrations (layout "ecto"): each .exs is translated into the
// PostgreSQL DDL ecto_sql would run (ectotranslator.h), laid out on the lines of its calls,
// and the PostgreSQL loader applies it; History, origins and review work as for SQL
// migrations. `@disable_ddl_transaction true` sets the unit's noTransaction. Never fails.
LoadResult loadPlan(MigrationPlan plan, const LoadOptions &options);

} // namespace schemalens::load::ecto
