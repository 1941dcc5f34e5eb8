#pragma once

#include "core/load/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace schemalens::load {

enum class Dialect { Unknown, PostgreSQL, SQLite };
QString dialectName(Dialect dialect); // "pg", "sqlite", "unknown"

// How sure the dialect choice is. High: the tool's metadata, an explicit option, or decisive
// syntax on one side only; Medium: clear but thin evidence; Low: too little or conflicting
// evidence, which makes the loader try both engines (loader.h).
enum class DialectConfidence { Low, Medium, High };
QString confidenceName(DialectConfidence confidence); // "low", "medium", "high"

// One piece of evidence for a dialect.
struct DialectSignal {
    Dialect dialect = Dialect::Unknown; // the dialect it argues for
    // Where it comes from: "option", "metadata" (drizzle journal, prisma lock, sqitch.conf,
    // popx/synapse variants), "name" (folder or file name), "config" (Cargo.toml features,
    // DATABASE_URL, drizzle.config, go.mod drivers, ...), "layout" (a tool that only runs on
    // one engine), "content" (syntax, types and functions in the SQL), "trial" (both engines).
    QString source;
    QString marker;        // what was found: "AUTOINCREMENT", "json_valid()", "Cargo.toml: ..."
    int weight = 0;        // points for one occurrence
    bool decisive = false; // the other engine rejects it outright (or the tool says so)
    int files = 0;         // content: how many files contain it
    QString where;         // the first place it was seen: "path:line" or a config file
};

// Both engines applied the first units of a weakly marked source; the dialect with fewer
// refused statements was kept.
struct DialectTrial {
    bool ran = false;
    int units = 0; // units tried (a prefix of the plan, bounded in bytes)
    int pgStatements = 0;
    int pgErrors = 0; // parse-error + migration-error
    int sqliteStatements = 0;
    int sqliteErrors = 0;
};

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
    // True when the file looks like a migration the tool would not run (a near-miss name, a
    // down file without its up file); a source-warning diagnostic names it too.
    bool looksLikeMigration = false;
};

// A migration tool's own bookkeeping table (schema_migrations, flyway_schema_history, ...):
// created by the tool, not by the migrations, so a migration that touches it finds it as an
// external table instead of failing.
struct BookkeepingColumn {
    QString name;
    QString type; // as the tool creates it on PostgreSQL
    bool notNull = false;
};
struct BookkeepingTable {
    QString schema; // empty: the default schema (the first of search_path / main)
    QString name;
    QString tool; // "golang-migrate", "Flyway", ...
    QList<BookkeepingColumn> columns;
    QStringList primaryKey;
    QByteArray sqliteDdl; // CREATE TABLE for SQLite, empty where the tool has none
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
    DialectConfidence dialectConfidence = DialectConfidence::Low;
    QList<DialectSignal> dialectSignals; // every piece of evidence, for both dialects
    DialectTrial dialectTrial;
    QList<MigrationUnit> units;
    QList<SkippedFile> skipped;
    QList<BookkeepingTable> bookkeeping; // the layout's own tables (bookkeeping.h)
    Diagnostics diagnostics; // unreadable / binary / non-UTF-8 files, journal mismatches
};

} // namespace schemalens::load
