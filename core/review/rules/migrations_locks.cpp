// Lock and rewrite hazards of the migrations family: statements that hold a lock on a table
// that already had rows and traffic while they scan, rewrite or build something. Judged with
// the state each statement found (model::Statement): a table created in the same migration is
// empty and nobody uses it yet, so it is never flagged; a table a later migration drops is
// history.

#include "core/review/rules/migrations_common.h"

namespace schemalens::review::migrations {

namespace {

using Op = model::Operation;

// ---------------------------------------------------------------------------------------
// constraint-not-valid

bool isValidatedConstraint(const Op &op)
{
    return op.kind == Op::Kind::AddConstraint &&
           (op.detail == QLatin1String("foreign") || op.detail == QLatin1String("check"));
}

void constraintNotValid(const ReviewContext &context, Findings &out)
{
    const TableFuture &future = tableFuture(context);
    const QList<model::Statement> &statements = context.schema().history.statements;
    forEachMatchingMigration(
        context,
        [&](const model::Statement &s, const Op &op) {
            return isValidatedConstraint(op) && !op.has(Op::NotValid) &&
                   isLiveExistingTable(context, future, s, op);
        },
        [&](const model::Statement &s, const QList<const Op *> &ops) {
            Finding f = migrationFinding(s, ops, false);
            QStringList added;
            for (const Op *op : ops) {
                const bool foreign = op->detail == QLatin1String("foreign");
                const QString columns =
                    QString(op->oldValue).replace(QLatin1Char(','), QLatin1String(", "));
                const QString name = op->object.isEmpty() ? Tr::tr("(unnamed)") : op->object;
                // An unnamed constraint is told apart by its columns (PostgreSQL names it
                // after them).
                const QString text =
                    op->object.isEmpty() && !columns.isEmpty()
                        ? (foreign ? Tr::tr("foreign key on %1 (%2)") : Tr::tr("CHECK on %1 (%2)"))
                              .arg(op->table, columns)
                        : (foreign ? Tr::tr("foreign key %1 on %2") : Tr::tr("CHECK %1 on %2"))
                              .arg(name, op->table);
                if (!added.contains(text))
                    added.append(text);
            }
            if (ops.size() == 1) {
                f.object.kind = ObjectRef::Kind::Constraint;
                f.object.constraint = ops.first()->object;
            }
            f.fingerprintKey = added.join(QLatin1Char(';'));
            f.message = Tr::tr("%1 adds %2 to existing tables and validates at once: every row "
                               "is checked while writes wait (ACCESS EXCLUSIVE for a CHECK, "
                               "SHARE ROW EXCLUSIVE on both tables for a foreign key)")
                            .arg(migrationName(s.origin), added.join(QStringLiteral(", ")));
            const Op &op = *ops.first();
            const QString t = context.qualifiedName(op.schema, op.table);
            const QString c =
                op.object.isEmpty() ? QStringLiteral("<name>") : context.quote(op.object);
            f.fix = Tr::tr("-- Add it without checking existing rows, then validate without "
                           "blocking writes (in a separate transaction):\n"
                           "ALTER TABLE %1 ADD CONSTRAINT %2 … NOT VALID;\n"
                           "ALTER TABLE %1 VALIDATE CONSTRAINT %2;")
                        .arg(t, c);
            out.append(std::move(f));
        });
    // NOT VALID followed by VALIDATE in the same transaction: the ADD's lock is still held
    // while the validation scans, so NOT VALID buys nothing.
    for (qsizetype j = 0; j < statements.size(); ++j) {
        const model::Statement &validate = statements.at(j);
        if (validate.failed || !validate.inTransaction)
            continue;
        for (const Op &v : validate.operations) {
            if (v.kind != Op::Kind::ValidateConstraint ||
                !isLiveExistingTable(context, future, validate, v))
                continue;
            for (qsizetype i = j - 1; i >= 0; --i) {
                const model::Statement &add = statements.at(i);
                if (add.origin.file != validate.origin.file)
                    break;
                const auto added =
                    std::find_if(add.operations.cbegin(), add.operations.cend(), [&](const Op &op) {
                        return isValidatedConstraint(op) && op.has(Op::NotValid) &&
                               op.table == v.table && op.object == v.object;
                    });
                if (added == add.operations.cend())
                    continue;
                if (!add.failed && sameTransaction(context, i, j)) {
                    Finding f = statementFinding(validate, v);
                    f.object.kind = ObjectRef::Kind::Constraint;
                    f.object.constraint = v.object;
                    f.fingerprintKey = QStringLiteral("same-transaction");
                    f.message = Tr::tr("%1 validates %2 on %3 in the same transaction that "
                                       "added it NOT VALID (line %4): the lock taken by the "
                                       "ADD is still held while every row is checked")
                                    .arg(migrationName(validate.origin), v.object, v.table)
                                    .arg(add.origin.line);
                    f.fix =
                        Tr::tr("-- Commit between the two steps, e.g. VALIDATE in the next "
                               "migration:\nALTER TABLE %1 VALIDATE CONSTRAINT %2;")
                            .arg(context.qualifiedName(v.schema, v.table), context.quote(v.object));
                    out.append(std::move(f));
                }
                break;
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// set-not-null

void setNotNull(const ReviewContext &context, Findings &out)
{
    const TableFuture &future = tableFuture(context);
    const int version = postgresVersion(context);
    forEachMatchingMigration(
        context,
        [&](const model::Statement &s, const Op &op) {
            return op.kind == Op::Kind::SetNotNull && op.detail != QLatin1String("already") &&
                   !(version >= 12 && op.has(Op::ProvenNotNull)) &&
                   isLiveExistingTable(context, future, s, op);
        },
        [&](const model::Statement &s, const QList<const Op *> &ops) {
            Finding f = migrationFinding(s, ops, true);
            f.message = Tr::tr("%1 sets %2 NOT NULL: PostgreSQL scans each table under an ACCESS "
                               "EXCLUSIVE lock, blocking reads and writes")
                            .arg(migrationName(s.origin), targetList(ops, true));
            const Op &op = *ops.first();
            const QString t = context.qualifiedName(op.schema, op.table);
            const QString c = context.quote(op.object);
            const QString check =
                context.quote(op.table + QLatin1Char('_') + op.object + QLatin1String("_not_null"));
            f.fix = version >= 12
                        ? Tr::tr("-- Prove it with a validated CHECK first (PostgreSQL 12+ "
                                 "then skips the scan):\n"
                                 "ALTER TABLE %1 ADD CONSTRAINT %3 CHECK (%2 IS NOT NULL) NOT "
                                 "VALID;\n"
                                 "-- next migration (or after COMMIT):\n"
                                 "ALTER TABLE %1 VALIDATE CONSTRAINT %3;\n"
                                 "ALTER TABLE %1 ALTER COLUMN %2 SET NOT NULL;\n"
                                 "ALTER TABLE %1 DROP CONSTRAINT %3;")
                              .arg(t, c, check)
                        : Tr::tr("-- Before PostgreSQL 12 SET NOT NULL always scans: keep a "
                                 "validated CHECK (%2 IS NOT NULL) instead:\n"
                                 "ALTER TABLE %1 ADD CONSTRAINT %3 CHECK (%2 IS NOT NULL) NOT "
                                 "VALID;\n"
                                 "ALTER TABLE %1 VALIDATE CONSTRAINT %3;")
                              .arg(t, c, check);
            out.append(std::move(f));
        });
}

// ---------------------------------------------------------------------------------------
// add-column-rewrite

void addColumnRewrite(const ReviewContext &context, Findings &out)
{
    const TableFuture &future = tableFuture(context);
    const int version = postgresVersion(context);
    const auto rewrites = [&](const Op &op) {
        return op.has(Op::VolatileDefault) || op.has(Op::GeneratedStored) ||
               (version < 11 && op.has(Op::HasDefault));
    };
    forEachMatchingMigration(
        context,
        [&](const model::Statement &s, const Op &op) {
            return op.kind == Op::Kind::AddColumn && rewrites(op) &&
                   isLiveExistingTable(context, future, s, op);
        },
        [&](const model::Statement &s, const QList<const Op *> &ops) {
            Finding f = migrationFinding(s, ops, true);
            const Op &op = *ops.first();
            QString why;
            if (op.has(Op::GeneratedStored))
                why = Tr::tr("a stored generated column is computed for every row");
            else if (op.has(Op::Serial))
                why = Tr::tr("a serial column takes a new sequence value for every row");
            else if (op.has(Op::VolatileDefault))
                why = Tr::tr("its default is volatile, so every row gets its own value");
            else
                why = Tr::tr("before PostgreSQL 11 any default is written into every row");
            f.message = Tr::tr("%1 adds %2 to existing tables and rewrites them: %3, under an "
                               "ACCESS EXCLUSIVE lock that blocks reads and writes")
                            .arg(migrationName(s.origin), targetList(ops, true), why);
            const QString t = context.qualifiedName(op.schema, op.table);
            const QString c = context.quote(op.object);
            f.fix = Tr::tr("-- Add it without a default, set the default for new rows, then "
                           "backfill old rows in batches:\n"
                           "ALTER TABLE %1 ADD COLUMN %2 %3;\n"
                           "ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT /* expression */;\n"
                           "UPDATE %1 SET %2 = /* expression */ WHERE %2 IS NULL /* AND id "
                           "BETWEEN … */;")
                        .arg(t, c, op.detail.isEmpty() ? QStringLiteral("<type>") : op.detail);
            out.append(std::move(f));
        });
}

// ---------------------------------------------------------------------------------------
// constraint-builds-index

void constraintBuildsIndex(const ReviewContext &context, Findings &out)
{
    const TableFuture &future = tableFuture(context);
    const QSet<const Op *> recreated = recreatedIndexOperations(context, future);
    forEachMatchingMigration(
        context,
        [&](const model::Statement &s, const Op &op) {
            return op.kind == Op::Kind::AddConstraint && !op.has(Op::UsingIndex) &&
                   (op.detail == QLatin1String("primary") || op.detail == QLatin1String("unique") ||
                    op.detail == QLatin1String("exclusion")) &&
                   !recreated.contains(&op) && isLiveExistingTable(context, future, s, op);
        },
        [&](const model::Statement &s, const QList<const Op *> &ops) {
            Finding f = migrationFinding(s, ops, false);
            const auto kindOf = [](const Op &o) {
                return o.detail == QLatin1String("primary")  ? QStringLiteral("PRIMARY KEY")
                       : o.detail == QLatin1String("unique") ? QStringLiteral("UNIQUE")
                                                             : QStringLiteral("EXCLUDE");
            };
            QStringList added;
            for (const Op *o : ops)
                added.append(Tr::tr("%1 on %2").arg(kindOf(*o), o->table));
            if (ops.size() == 1) {
                f.object.kind = ObjectRef::Kind::Constraint;
                f.object.constraint = ops.first()->object;
            }
            f.fingerprintKey = added.join(QLatin1Char(';'));
            f.message = Tr::tr("%1 adds %2 to existing tables: each index is built under an "
                               "ACCESS EXCLUSIVE lock that blocks reads and writes until done")
                            .arg(migrationName(s.origin), added.join(QStringLiteral(", ")));
            const Op &op = *ops.first();
            const QString t = context.qualifiedName(op.schema, op.table);
            const QString columns = op.oldValue.isEmpty() ? QStringLiteral("…") : op.oldValue;
            const QString name = op.object.isEmpty()
                                     ? context.quote(op.table + QLatin1String("_key"))
                                     : context.quote(op.object);
            if (op.detail == QLatin1String("exclusion"))
                f.fix = Tr::tr("An exclusion constraint cannot be built concurrently: add it "
                               "while %1 is small, or in a maintenance window.")
                            .arg(t);
            else
                f.fix = Tr::tr("-- Build the index without blocking writes, then attach it:\n"
                               "CREATE UNIQUE INDEX CONCURRENTLY %2_idx ON %1 (%3);\n"
                               "ALTER TABLE %1 ADD CONSTRAINT %2 %4 USING INDEX %2_idx;")
                            .arg(t, name, columns, kindOf(op));
            out.append(std::move(f));
        });
}

// ---------------------------------------------------------------------------------------
// drop-index-not-concurrent

void dropIndexNotConcurrent(const ReviewContext &context, Findings &out)
{
    const TableFuture &future = tableFuture(context);
    const QSet<const Op *> recreated = recreatedIndexOperations(context, future);
    forEachMatchingMigration(
        context,
        [&](const model::Statement &s, const Op &op) {
            return op.kind == Op::Kind::DropIndex && !op.has(Op::Concurrently) &&
                   !recreated.contains(&op) && isLiveExistingTable(context, future, s, op);
        },
        [&](const model::Statement &s, const QList<const Op *> &ops) {
            Finding f = migrationFinding(s, ops, false);
            QStringList dropped;
            QStringList names;
            for (const Op *o : ops) {
                dropped.append(Tr::tr("%1 on %2").arg(o->object, o->table));
                names.append(context.qualifiedName(o->schema, o->object));
            }
            if (ops.size() == 1) {
                f.object.kind = ObjectRef::Kind::Index;
                f.object.index = ops.first()->object;
            }
            f.fingerprintKey = names.join(QLatin1Char(';'));
            f.message = Tr::tr("%1 drops %2 without CONCURRENTLY: each waits for an ACCESS "
                               "EXCLUSIVE lock, and every query on the table queues behind it")
                            .arg(migrationName(s.origin), dropped.join(QStringLiteral(", ")));
            QStringList fixes;
            for (const QString &name : std::as_const(names))
                fixes.append(QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1;").arg(name));
            f.fix = fixes.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                    noTransactionAdvice(context, s.origin.file);
            out.append(std::move(f));
        });
}

// ---------------------------------------------------------------------------------------
// reindex-not-concurrent

void reindexNotConcurrent(const ReviewContext &context, Findings &out)
{
    const TableFuture &future = tableFuture(context);
    forEachMatchingMigration(
        context,
        [&](const model::Statement &s, const Op &op) {
            if (op.kind != Op::Kind::Reindex || op.has(Op::Concurrently) ||
                op.detail == QLatin1String("system"))
                return false;
            // A whole schema or database: its tables hold rows.
            if (op.detail == QLatin1String("schema") || op.detail == QLatin1String("database"))
                return true;
            return op.table.isEmpty() || isLiveExistingTable(context, future, s, op);
        },
        [&](const model::Statement &s, const QList<const Op *> &ops) {
            Finding f = migrationFinding(s, ops, false);
            QStringList targets;
            QStringList fixes;
            for (const Op *o : ops) {
                const QString target = o->table.isEmpty() ? o->object : o->table;
                if (!targets.contains(target))
                    targets.append(target);
                fixes.append(
                    QStringLiteral("REINDEX %1 CONCURRENTLY %2;")
                        .arg(o->detail.toUpper(), o->detail == QLatin1String("table")
                                                      ? context.qualifiedName(o->schema, o->table)
                                                      : o->object));
            }
            f.message = Tr::tr("%1 rebuilds indexes of %2 without CONCURRENTLY: writes wait, and "
                               "queries that use an index being rebuilt block, until it is done")
                            .arg(migrationName(s.origin), targets.join(QStringLiteral(", ")));
            f.fix = (postgresVersion(context) >= 12
                         ? fixes.join(QLatin1Char('\n')) + QLatin1Char('\n')
                         : Tr::tr("-- REINDEX CONCURRENTLY needs PostgreSQL 12; before it, "
                                  "build a new index CONCURRENTLY and swap, or use pg_repack.\n")) +
                    noTransactionAdvice(context, s.origin.file);
            out.append(std::move(f));
        });
}

// ---------------------------------------------------------------------------------------
// detach-partition-not-concurrent

void detachPartitionNotConcurrent(const ReviewContext &context, Findings &out)
{
    if (postgresVersion(context) < 14)
        return; // DETACH … CONCURRENTLY came with PostgreSQL 14: there is no alternative
    const TableFuture &future = tableFuture(context);
    forEachMatchingMigration(
        context,
        [&](const model::Statement &s, const Op &op) {
            return op.kind == Op::Kind::DetachPartition && !op.has(Op::Concurrently) &&
                   !op.has(Op::Finalize) && isLiveExistingTable(context, future, s, op);
        },
        [&](const model::Statement &s, const QList<const Op *> &ops) {
            Finding f = migrationFinding(s, ops, false);
            QStringList detached;
            QStringList fixes;
            for (const Op *o : ops) {
                detached.append(Tr::tr("%1 from %2").arg(o->object, o->table));
                fixes.append(
                    QStringLiteral("ALTER TABLE %1 DETACH PARTITION %2 CONCURRENTLY;")
                        .arg(context.qualifiedName(o->schema, o->table), context.quote(o->object)));
            }
            f.message = Tr::tr("%1 detaches %2 without CONCURRENTLY: the partitioned table is "
                               "locked ACCESS EXCLUSIVE, blocking every query on it")
                            .arg(migrationName(s.origin), detached.join(QStringLiteral(", ")));
            f.fix = fixes.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                    noTransactionAdvice(context, s.origin.file);
            out.append(std::move(f));
        });
}

// ---------------------------------------------------------------------------------------
// table-rewrite-lock

void tableRewriteLock(const ReviewContext &context, Findings &out)
{
    const TableFuture &future = tableFuture(context);
    const int version = postgresVersion(context);
    forEachMatchingMigration(
        context,
        [&](const model::Statement &s, const Op &op) {
            if (!(op.kind == Op::Kind::Vacuum && op.has(Op::Full)) && op.kind != Op::Kind::Cluster)
                return false;
            return op.table.isEmpty() || isLiveExistingTable(context, future, s, op);
        },
        [&](const model::Statement &s, const QList<const Op *> &ops) {
            Finding f = migrationFinding(s, ops, false);
            const bool cluster = std::all_of(
                ops.cbegin(), ops.cend(), [](const Op *o) { return o->kind == Op::Kind::Cluster; });
            const bool vacuum = std::all_of(
                ops.cbegin(), ops.cend(), [](const Op *o) { return o->kind == Op::Kind::Vacuum; });
            const QString what = cluster  ? QStringLiteral("CLUSTER")
                                 : vacuum ? QStringLiteral("VACUUM FULL")
                                          : QStringLiteral("VACUUM FULL / CLUSTER");
            const bool everything = std::any_of(ops.cbegin(), ops.cend(),
                                                [](const Op *o) { return o->table.isEmpty(); });
            const QString target = everything ? Tr::tr("every table") : targetList(ops, false);
            f.message = Tr::tr("%1 runs %2 on %3: the table is rewritten under an ACCESS "
                               "EXCLUSIVE lock that blocks reads and writes until it is done")
                            .arg(migrationName(s.origin), what, target);
            f.fix = version >= 19
                        ? Tr::tr("REPACK (CONCURRENTLY) %1;").arg(target)
                        : Tr::tr("-- Rewrite it online with the pg_repack extension instead "
                                 "(outside the migration):\n-- pg_repack --table=%1 <database>")
                              .arg(target);
            out.append(std::move(f));
        });
}

// ---------------------------------------------------------------------------------------
// lock-timeout-missing

bool isTimeoutSet(const Op &op, const char *name)
{
    return op.kind == Op::Kind::Set && op.object == QLatin1String(name) && !op.detail.isEmpty() &&
           op.detail != QLatin1String("0");
}

void lockTimeoutMissing(const ReviewContext &context, Findings &out)
{
    const TableFuture &future = tableFuture(context);
    const QList<model::Statement> &statements = context.schema().history.statements;
    // One finding for the history: setting timeouts is a practice, not a line.
    struct Hit {
        const model::Statement *statement;
        const Op *op;
        bool lockMissing;      // lock_timeout not set
        bool statementMissing; // statement_timeout not set
    };
    QList<Hit> hits;
    QSet<QString> files;
    QString file;
    bool lockTimeout = false;
    bool statementTimeout = false;
    bool hitInFile = false;
    for (const model::Statement &s : statements) {
        if (s.origin.file != file) {
            file = s.origin.file;
            lockTimeout = statementTimeout = hitInFile = false;
        }
        for (const Op &op : s.operations) {
            lockTimeout = lockTimeout || isTimeoutSet(op, "lock_timeout");
            statementTimeout = statementTimeout || isTimeoutSet(op, "statement_timeout");
        }
        if (s.failed || hitInFile || (lockTimeout && statementTimeout))
            continue;
        for (const Op &op : s.operations) {
            if (op.lock < model::LockMode::ShareUpdateExclusive ||
                !isLiveExistingTable(context, future, s, op))
                continue;
            hits.append({&s, &op, !lockTimeout, !statementTimeout});
            files.insert(s.origin.file);
            hitInFile = true;
            break;
        }
    }
    if (hits.isEmpty())
        return;
    const Hit &last = hits.last();
    Finding f;
    f.object.kind = ObjectRef::Kind::Migration;
    // The first such migration names the finding: it stays the same as migrations are added.
    f.object.file = hits.first().statement->origin.file;
    f.location = last.statement->origin;
    QStringList missing;
    if (last.lockMissing)
        missing.append(QStringLiteral("lock_timeout"));
    if (last.statementMissing)
        missing.append(QStringLiteral("statement_timeout"));
    QStringList examples;
    for (qsizetype i = hits.size() - 1; i >= 0 && examples.size() < 3; --i)
        examples.append(migrationName(hits.at(i).statement->origin));
    f.message =
        hits.size() == 1
            ? Tr::tr("%1 locks existing table %2 (%3) without setting %4: if the lock has to "
                     "wait, every query on %2 queues behind the migration")
                  .arg(migrationName(last.statement->origin), last.op->table,
                       model::lockModeName(last.op->lock), missing.join(Tr::tr(" and ")))
            : Tr::tr("%1 migrations lock existing tables without setting %2 (latest: %3): if a "
                     "lock has to wait, every query on the table queues behind the migration")
                  .arg(files.size())
                  .arg(missing.join(Tr::tr(" and ")), examples.join(QStringLiteral(", ")));
    f.fix = Tr::tr("-- At the top of each migration that alters busy tables (or in the "
                   "tool's connection settings):\n"
                   "SET lock_timeout = '5s';\n"
                   "SET statement_timeout = '15min';\n"
                   "-- and retry the migration when it times out.");
    out.append(std::move(f));
}

} // namespace

Rules lockRules()
{
    Rules rules;
    const auto rule = [&](const char *id, Severity severity, const QString &title,
                          const QString &rationale, const QString &fix, const char *example,
                          std::function<void(const ReviewContext &, Findings &)> run) {
        rules.append(Rule{.info = {.id = QLatin1String(id),
                                   .family = QStringLiteral("migrations"),
                                   .defaultSeverity = severity,
                                   .needs = Needs::History,
                                   .title = title,
                                   .rationale = rationale,
                                   .fix = fix,
                                   .sqlite = false,
                                   .example = QString::fromUtf8(example)},
                          .run = std::move(run)});
    };
    rule("constraint-not-valid", Severity::Warning,
         Tr::tr("Foreign key or CHECK added and validated at once"),
         Tr::tr("Adding a foreign key or CHECK to a table that has rows checks every row while "
                "holding a lock that blocks writes (ACCESS EXCLUSIVE for a CHECK, SHARE ROW "
                "EXCLUSIVE on both tables for a foreign key). NOT VALID adds it for new rows "
                "only; VALIDATE CONSTRAINT then checks old rows without blocking writes — in a "
                "later transaction, or the ADD's lock is still held."),
         Tr::tr("ADD CONSTRAINT … NOT VALID, then VALIDATE CONSTRAINT in a separate "
                "transaction."),
         "-- V1__t.sql\nCREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE orders (id "
         "bigint PRIMARY KEY, user_id bigint);\n-- V2__fk.sql\nALTER TABLE orders ADD CONSTRAINT "
         "orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);",
         constraintNotValid);
    rule("set-not-null", Severity::Warning, Tr::tr("SET NOT NULL scans a busy table"),
         Tr::tr("ALTER COLUMN … SET NOT NULL checks every row under an ACCESS EXCLUSIVE lock. "
                "From PostgreSQL 12 a validated CHECK (column IS NOT NULL) lets it skip the "
                "scan."),
         Tr::tr("Add CHECK (column IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL and "
                "drop the CHECK."),
         "-- V1__t.sql\nCREATE TABLE users (id bigint PRIMARY KEY, email text);\n-- "
         "V2__email.sql\nALTER TABLE users ALTER COLUMN email SET NOT NULL;",
         setNotNull);
    rule("add-column-rewrite", Severity::Warning,
         Tr::tr("Column added with a default that rewrites the table"),
         Tr::tr("Since PostgreSQL 11 a column with a constant default is added instantly; a "
                "volatile default (random(), gen_random_uuid(), clock_timestamp(), a serial or "
                "identity), a stored generated column, or any default before PostgreSQL 11 "
                "rewrites every row under an ACCESS EXCLUSIVE lock."),
         Tr::tr("Add the column without a default, set the default, backfill in batches."),
         "-- V1__t.sql\nCREATE TABLE users (id bigint PRIMARY KEY);\n-- V2__uuid.sql\nALTER "
         "TABLE users ADD COLUMN public_id uuid DEFAULT gen_random_uuid();",
         addColumnRewrite);
    rule("constraint-builds-index", Severity::Warning,
         Tr::tr("Primary key or unique constraint built under a full lock"),
         Tr::tr("ADD PRIMARY KEY / UNIQUE builds its index while holding an ACCESS EXCLUSIVE "
                "lock: reads and writes stop until the index is built. Building the index "
                "CONCURRENTLY first and attaching it with USING INDEX avoids that."),
         Tr::tr("CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … USING INDEX."),
         "-- V1__t.sql\nCREATE TABLE users (id bigint PRIMARY KEY, email text);\n-- "
         "V2__unique.sql\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);",
         constraintBuildsIndex);
    rule("drop-index-not-concurrent", Severity::Info, Tr::tr("Index dropped without CONCURRENTLY"),
         Tr::tr("DROP INDEX takes an ACCESS EXCLUSIVE lock on the table; while it waits for "
                "running queries, every new query on the table waits behind it. DROP INDEX "
                "CONCURRENTLY does not block them."),
         Tr::tr("DROP INDEX CONCURRENTLY, outside a transaction."),
         "-- V1__t.sql\nCREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE INDEX "
         "users_email ON users (email);\n-- V2__drop.sql\nDROP INDEX users_email;",
         dropIndexNotConcurrent);
    rule("reindex-not-concurrent", Severity::Warning, Tr::tr("REINDEX without CONCURRENTLY"),
         Tr::tr("REINDEX blocks writes to the table and queries that use the index until the "
                "rebuild is done. REINDEX CONCURRENTLY (PostgreSQL 12+) does not."),
         Tr::tr("REINDEX … CONCURRENTLY, outside a transaction."),
         "-- V1__t.sql\nCREATE TABLE users (id bigint PRIMARY KEY);\n-- V2__reindex.sql\nREINDEX "
         "TABLE users;",
         reindexNotConcurrent);
    rule("detach-partition-not-concurrent", Severity::Warning,
         Tr::tr("Partition detached without CONCURRENTLY"),
         Tr::tr("DETACH PARTITION locks the partitioned table ACCESS EXCLUSIVE; from "
                "PostgreSQL 14, DETACH PARTITION … CONCURRENTLY needs only SHARE UPDATE "
                "EXCLUSIVE."),
         Tr::tr("ALTER TABLE … DETACH PARTITION … CONCURRENTLY, outside a transaction."),
         "-- V1__t.sql\nCREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);\n"
         "CREATE TABLE events_2020 PARTITION OF events FOR VALUES FROM ('2020-01-01') TO "
         "('2021-01-01');\n-- V2__detach.sql\nALTER TABLE events DETACH PARTITION events_2020;",
         detachPartitionNotConcurrent);
    rule("table-rewrite-lock", Severity::Warning, Tr::tr("VACUUM FULL or CLUSTER in a migration"),
         Tr::tr("VACUUM FULL and CLUSTER rewrite the whole table under an ACCESS EXCLUSIVE lock: "
                "the table is unavailable until they finish. pg_repack (or REPACK "
                "CONCURRENTLY from PostgreSQL 19) does the same online."),
         Tr::tr("Use pg_repack outside the migration."),
         "-- V1__t.sql\nCREATE TABLE events (id bigint PRIMARY KEY);\n-- V2__vacuum.sql\nVACUUM "
         "FULL events;",
         tableRewriteLock);
    rule("lock-timeout-missing", Severity::Info,
         Tr::tr("Migrations lock busy tables without lock_timeout"),
         Tr::tr("A DDL statement that waits for its lock (behind a long query or an "
                "autovacuum) makes every later query on the table wait behind it: a short "
                "migration becomes an outage. lock_timeout makes it fail fast and retry; "
                "statement_timeout bounds how long it may run."),
         Tr::tr("SET lock_timeout and statement_timeout at the top of such migrations (or in "
                "the tool's connection settings)."),
         "-- V1__t.sql\nCREATE TABLE users (id bigint PRIMARY KEY);\n-- V2__col.sql\nALTER TABLE "
         "users ADD COLUMN nickname text;",
         lockTimeoutMissing);
    return rules;
}

} // namespace schemalens::review::migrations
