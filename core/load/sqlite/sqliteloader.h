#pragma once

#include "core/load/loader.h"

namespace schemalens::load::sqlite {

// Replays every unit of the plan in an in-memory SQLite database, statement by statement,
// and reads the model back from the engine.
LoadResult loadPlan(MigrationPlan plan, const LoadOptions &options);

// Opens an existing SQLite database file read-only and reads its model.
Result<LoadResult> loadDatabaseFile(const QString &path, const LoadOptions &options);

// True when the file starts with the SQLite 3 header ("SQLite format 3\0").
bool isDatabaseFile(const QString &path);

} // namespace schemalens::load::sqlite
