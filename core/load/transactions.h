#pragma once

#include "core/load/migrationplan.h"

#include <optional>

namespace schemalens::load {

// How a migration tool runs one migration file against PostgreSQL, as documented by the tool
// (DESIGN.md "What the rules know"). It decides whether a statement runs inside a
// transaction block, and so whether PostgreSQL accepts CREATE INDEX CONCURRENTLY & co.
struct TransactionPolicy {
    enum class Mode {
        // Each statement commits on its own (psql, sqitch, a hand-run folder).
        Autocommit,
        // The tool wraps the file in BEGIN … COMMIT (goose, dbmate, Diesel, sqlx, Drizzle…).
        PerFile,
        // The tool sends the whole file as one multi-statement query (Prisma, golang-migrate,
        // Postgrator): PostgreSQL runs it as one implicit transaction when it holds more than
        // one statement.
        Implicit,
        // The tool wraps the file in a transaction unless it holds a statement that cannot
        // run in one, which it then runs without (Flyway, the Supabase CLI).
        Detect,
    };
    Mode mode = Mode::Autocommit;
    QString why; // one sentence, for findings: "goose wraps each migration in a transaction"
    // False for folders whose tool is unknown (plain folders, dumps): Autocommit is then a
    // guess, and rules that depend on it hold back.
    bool known = true;
};

// The policy for UNIT of a plan whose layout is LAYOUT. A unit's own opt-out (goose NO
// TRANSACTION, dbmate transaction:false, Flyway executeInTransaction=false, Diesel
// run_in_transaction = false, sqlx -- no-transaction, popx .autocommit) decides first; then
// OVERRIDE, the review file's "migrationsInTransaction" (true: PerFile, false: Autocommit);
// then the layout's default.
TransactionPolicy transactionPolicy(const QString &layout, const MigrationUnit &unit,
                                    std::optional<bool> override = std::nullopt);

} // namespace schemalens::load
