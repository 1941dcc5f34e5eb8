#pragma once

#include "core/load/loader.h"

namespace schemalens::load::alembic {

// Loads a plan of Alembic revisions (layout "alembic"), already in revision-graph order:
// each revision's upgrade() is translated into the DDL Alembic would emit for the plan's
// dialect and applied by the PostgreSQL loader or replayed in SQLite, with every statement
// on the line of its op call. Never fails.
LoadResult loadPlan(MigrationPlan plan, const LoadOptions &options);

} // namespace schemalens::load::alembic
