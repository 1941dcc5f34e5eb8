#pragma once

#include "core/load/loader.h"

namespace schemalens::load::sqlite {

// Replays every unit of the plan in an in-memory SQLite database, statement by statement,
// and reads the model back from the engine (replay.h, readback.h). Failing statements
// become parse-error / migration-error diagnostics and the replay goes on; the History
// holds every change to sqlite_schema with the statement's file:line:column. Nothing is
// written to disk.
LoadResult loadPlan(MigrationPlan plan, const LoadOptions &options);

// Opens an existing SQLite database file read-only — its bytes and mtime stay unchanged and
// no -wal/-shm file is left behind (databasefile.h) — and reads its model, with row counts.
// A missing, unreadable, locked, encrypted, corrupt or non-SQLite file gives an Error.
// `path` may also be written sqlite:///abs/path style (the leading "//" is dropped).
Result<LoadResult> loadDatabaseFile(const QString &path, const LoadOptions &options);

// True when the file starts with the SQLite 3 header ("SQLite format 3\0").
bool isDatabaseFile(const QString &path);

} // namespace schemalens::load::sqlite
