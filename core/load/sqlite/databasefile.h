#pragma once

#include "core/load/loadresult.h"
#include "core/util/result.h"

#include <chrono>

namespace schemalens::load::sqlite {

class Database;

struct DatabaseFileOptions {
    // How long to wait for another connection's lock before reporting it.
    std::chrono::milliseconds busyTimeout{2000};
    // Row counting: count(*) per table, bounded per table and in total; a count cut off
    // by the limit falls back to sqlite_stat1 where present.
    std::chrono::milliseconds countBudget{3000};
    std::chrono::milliseconds countPerTable{1000};
};

// Opens an existing database file read-only and reads its model (see sqliteloader.h).
//
// Never modifies the file. It is opened with a `file:…?mode=ro` URI, so SQLite takes only
// shared locks and writes nothing. The one case where a read-only connection still creates
// files is a WAL-mode database with no -wal file: SQLite would create -wal and -shm and,
// being read-only, could not delete them on close. That state means no connection has the
// database open and every change is checkpointed into the main file, so it is opened with
// `immutable=1` (no locks, no side files) and nothing is missed. A database with a -wal
// file is opened without immutable: its last commits may live only in the WAL, which
// immutable=1 would ignore; the -wal/-shm files already exist and belong to the writer.
Result<LoadResult> readDatabaseFile(const QString &path, const DatabaseFileOptions &options);

// Sets Table::rowCount (see DatabaseFileOptions).
void countRows(Database &db, model::Schema &schema, Diagnostics &diagnostics,
               const DatabaseFileOptions &options);

} // namespace schemalens::load::sqlite
