#pragma once

#include "core/load/loadresult.h"
#include "core/load/sqlite/schematracker.h"

namespace schemalens::load::sqlite {

// Replays migration units in an in-memory database, one statement at a time with
// sqlite3_prepare_v2's tail pointer, so that every statement has its own file:line:column.
// A statement SQLite refuses becomes a diagnostic with SQLite's own message — parse-error
// for syntax, migration-error for everything else — and the replay goes on with the next
// statement, leaving the engine as SQLite left it. DML runs too: its effect on later
// statements (a UNIQUE index over duplicate rows, INSERT … SELECT during a table rebuild)
// is real.
//
// Engine settings are SQLite's defaults, which is also what the sqlite3 shell uses:
// foreign_keys stays OFF. The migration tools differ (sqlx, Diesel and better-sqlite3
// switch it on; mattn/go-sqlite3, used by golang-migrate, goose and popx, leaves it off),
// but they run each migration inside a transaction, where PRAGMA foreign_keys is a no-op,
// so migrations are written not to depend on it; OFF keeps data-order accidents in seed
// DML from hiding schema changes. PRAGMAs inside migrations (foreign_keys,
// legacy_alter_table, …) are executed as written. Nothing touches the disk: ATTACH and
// VACUUM INTO are refused, temporary storage stays in memory. A statement that runs for
// more than Replayer::kStepBudget virtual-machine steps (an endless recursive query, a
// cross join of seed tables) is interrupted and reported, so a broken file cannot hang
// the load.
class Replayer {
public:
    // ~0.3 s of SQLite work; a migration statement on the few rows of a replay needs far less.
    static constexpr qint64 kStepBudget = 50'000'000;

    Replayer(Database &db, SchemaTracker &tracker, Diagnostics &diagnostics, LoadStats &stats);
    ~Replayer();
    Replayer(const Replayer &) = delete;
    Replayer &operator=(const Replayer &) = delete;

    void replay(const MigrationUnit &unit);
    // The migration tool's bookkeeping tables (bookkeeping.h): a statement that fails with
    // "no such table" on one of them gets the table created as the tool would, and runs again.
    void setBookkeeping(const QList<BookkeepingTable> &tables) { m_bookkeeping = tables; }
    // The bookkeeping tables created that way, to be marked external in the model.
    const QStringList &bookkeepingCreated() const { return m_bookkeepingCreated; }

private:
    static int progress(void *self);
    static int authorize(void *self, int action, const char *arg1, const char *arg2,
                         const char *database, const char *trigger);
    void runStatement(const MigrationUnit &unit, const LineIndex &lines, QByteArrayView sql,
                      qsizetype start, qsizetype *next);
    bool createBookkeeping(const QString &message, const StatementContext &context);
    void diagnose(const QString &rule, Diagnostic::Severity severity, const QString &message,
                  const model::Origin &where);

    Database &m_db;
    SchemaTracker &m_tracker;
    Diagnostics &m_diagnostics;
    LoadStats &m_stats;
    // Filled by the authorizer while a migration statement is prepared and stepped.
    bool m_recording = false;
    QStringList m_created;
    bool m_fullDiff = false;
    bool m_schemaWrite = false;
    bool m_alter = false;
    QString m_alteredTable;
    QString m_denied;
    int m_progressTicks = 0; // progress-handler calls during the current statement
    QList<BookkeepingTable> m_bookkeeping;
    QStringList m_bookkeepingCreated;
};

} // namespace schemalens::load::sqlite
