// Transaction blocks in migration files, judged with the transaction the migration tool opens
// around each file (core/load/transactions.h): a BEGIN that is never committed, and BEGIN or
// COMMIT inside the tool's own transaction. (CONCURRENTLY inside a transaction block is an
// error PostgreSQL raises: the loader reports it as a migration-error.)

#include "core/review/rules/migrations_common.h"

namespace schemalens::review::migrations {

namespace {

using Op = model::Operation;

bool hasOp(const model::Statement &s, Op::Kind kind)
{
    return std::any_of(s.operations.cbegin(), s.operations.cend(),
                       [&](const Op &op) { return op.kind == kind; });
}

// ---------------------------------------------------------------------------------------
// uncommitted-transaction

void uncommittedTransaction(const ReviewContext &context, Findings &out)
{
    const QList<model::Statement> &statements = context.schema().history.statements;
    const model::Statement *open = nullptr;
    QString file;
    const auto report = [&] {
        if (!open)
            return;
        Finding f;
        f.object.kind = ObjectRef::Kind::Migration;
        f.object.file = open->origin.file;
        f.location = open->origin;
        f.message = Tr::tr("%1 opens a transaction (line %2) that it never commits or rolls "
                           "back: when the session ends, PostgreSQL rolls back everything since "
                           "that BEGIN")
                        .arg(migrationName(open->origin))
                        .arg(open->origin.line);
        f.fix = Tr::tr("End the file with COMMIT; (or drop the BEGIN when the tool runs the "
                       "file in a transaction).");
        out.append(std::move(f));
        open = nullptr;
    };
    for (const model::Statement &s : statements) {
        if (s.origin.file != file) {
            report();
            file = s.origin.file;
        }
        // A BEGIN inside a block already open is transaction-nesting's business.
        if (hasOp(s, Op::Kind::Begin) && !s.inTransaction)
            open = &s;
        else if (hasOp(s, Op::Kind::Commit) || hasOp(s, Op::Kind::Rollback))
            open = nullptr;
    }
    report();
}

// ---------------------------------------------------------------------------------------
// transaction-nesting

void transactionNesting(const ReviewContext &context, Findings &out)
{
    for (const model::Statement &s : context.schema().history.statements) {
        const bool begin = hasOp(s, Op::Kind::Begin);
        const bool end = hasOp(s, Op::Kind::Commit) || hasOp(s, Op::Kind::Rollback);
        if (!begin && !end)
            continue;
        const model::MigrationRun *run = runOf(context, s.origin.file);
        // A multi-statement query's implicit transaction turns into the file's own at BEGIN
        // and ends at COMMIT without a warning: only the tool's BEGIN … COMMIT nests.
        const bool toolBlock = run && run->toolTransaction && !run->implicitTransaction &&
                               s.inTransaction && !s.explicitTransaction;
        Finding f;
        f.object.kind = ObjectRef::Kind::Migration;
        f.object.file = s.origin.file;
        f.location = s.origin;
        if (begin && s.explicitTransaction) {
            f.message = Tr::tr("%1 opens a transaction inside its own open transaction (line "
                               "%2): PostgreSQL only warns, and the first COMMIT ends both")
                            .arg(migrationName(s.origin))
                            .arg(s.origin.line);
            f.fix = Tr::tr("Remove the inner BEGIN (use SAVEPOINT for a nested step).");
        } else if (begin && toolBlock) {
            f.message = Tr::tr("%1 opens a transaction although %2 (line %3): PostgreSQL only "
                               "warns, and the file's COMMIT then ends the tool's transaction "
                               "early")
                            .arg(migrationName(s.origin), run->why)
                            .arg(s.origin.line);
            f.fix = Tr::tr("Remove BEGIN and COMMIT from the file: the tool already runs it in "
                           "a transaction.");
        } else if (end && toolBlock) {
            f.message = Tr::tr("%1 commits the transaction the tool opened (%2, line %3): what "
                               "follows runs without a transaction and the tool's own COMMIT "
                               "finds none")
                            .arg(migrationName(s.origin), run->why)
                            .arg(s.origin.line);
            f.fix = Tr::tr("Remove COMMIT/ROLLBACK from the file, or turn the tool's transaction "
                           "off for this migration.");
        } else if (end && !s.inTransaction) {
            f.message = Tr::tr("%1 ends a transaction that is not open (line %2): PostgreSQL "
                               "warns that there is no transaction in progress")
                            .arg(migrationName(s.origin))
                            .arg(s.origin.line);
            f.fix = Tr::tr("Remove the extra COMMIT/ROLLBACK, or add the BEGIN it belongs to.");
        } else {
            continue;
        }
        out.append(std::move(f));
    }
}

} // namespace

Rules transactionRules()
{
    Rules rules;
    rules.append(Rule{
        .info = {.id = QStringLiteral("uncommitted-transaction"),
                 .family = QStringLiteral("migrations"),
                 .defaultSeverity = Severity::Warning,
                 .needs = Needs::History,
                 .title = Tr::tr("Transaction opened and never committed"),
                 .rationale = Tr::tr("A migration that says BEGIN and never COMMIT leaves its "
                                     "changes uncommitted: when the tool's session ends they are "
                                     "rolled back, while the tool may record the migration as "
                                     "applied."),
                 .fix = Tr::tr("Add COMMIT at the end of the file."),
                 .sqlite = false,
                 .example = QStringLiteral("-- V1__t.sql\nCREATE TABLE a (id bigint PRIMARY "
                                           "KEY);\n-- V2__b.sql\nBEGIN;\nCREATE TABLE b (id bigint "
                                           "PRIMARY KEY);")},
        .run = uncommittedTransaction});
    rules.append(Rule{
        .info = {.id = QStringLiteral("transaction-nesting"),
                 .family = QStringLiteral("migrations"),
                 .defaultSeverity = Severity::Warning,
                 .needs = Needs::History,
                 .title = Tr::tr("BEGIN or COMMIT inside a transaction already open"),
                 .rationale = Tr::tr("PostgreSQL has no nested transactions: a BEGIN inside an "
                                     "open one only warns, and the first COMMIT ends it — "
                                     "including the transaction the migration tool opened, so "
                                     "the rest of the file runs without one."),
                 .fix = Tr::tr("Let the tool own the transaction; use SAVEPOINT for nested "
                               "steps."),
                 .sqlite = false,
                 .example = QStringLiteral("-- V1__t.sql\nCREATE TABLE a (id bigint PRIMARY "
                                           "KEY);\n-- V2__b.sql\nBEGIN;\nBEGIN;\nCREATE TABLE b "
                                           "(id bigint PRIMARY KEY);\nCOMMIT;")},
        .run = transactionNesting});
    return rules;
}

} // namespace schemalens::review::migrations
