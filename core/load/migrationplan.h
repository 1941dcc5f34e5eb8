#pragma once

#include "core/load/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace schemalens::load {

enum class Dialect { Unknown, PostgreSQL, SQLite };
QString dialectName(Dialect dialect); // "pg", "sqlite", "unknown"

// One file to apply, with its SQL already prepared for the engine: only the "up" part kept
// (dbmate/goose sections; other parts blanked with their newlines kept so that lines and
// columns stay those of the file) and tool placeholders replaced by the tool's default.
struct MigrationUnit {
    QString path;         // relative to the source root, '/'-separated; used in origins
    QString absolutePath; // for reading again (source viewer)
    QString version;      // as the tool sees it ("20230101120000", "17.1", "0.26"), may be empty
    QString description;
    int ordinal = 0;            // position in the applied order
    bool repeatable = false;    // Flyway R__, applied after versioned ones
    bool noTransaction = false; // goose "NO TRANSACTION", popx ".autocommit"
    QByteArray sql;             // UTF-8
};

struct SkippedFile {
    QString path;
    QString reason; // "down migration", "revert script", "other dialect", ...
};

// What discovery found: the layout, the dialect with its evidence, and the ordered units.
struct MigrationPlan {
    QString rootPath; // absolute path of the folder or file given
    bool isFolder = false;
    QString layout; // flyway, golang-migrate, dbmate, goose, diesel, sqlx, prisma,
                    // drizzle, supabase, sqitch, postgrator, popx, version-folders,
                    // synapse, rails-structure, dump, plain
    Dialect dialect = Dialect::Unknown;
    QString dialectEvidence; // one sentence: why this dialect
    QList<MigrationUnit> units;
    QList<SkippedFile> skipped;
    Diagnostics diagnostics; // unreadable / binary / non-UTF-8 files, journal mismatches
};

} // namespace schemalens::load
