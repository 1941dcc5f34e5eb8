// Changes that break the code still deployed: during a rolling deploy (and until every
// service is upgraded) the previous version of the application runs against the new schema.
// Dropping or renaming what it reads, or letting NULLs into a column it assumes filled, makes
// it fail. The fix is expand/contract: ship code that no longer needs the old shape first.
// Objects created in the same migration were never seen by deployed code and are left out.

#include "core/review/rules/migrations_common.h"

namespace schemalens::review::migrations {

namespace {

using Op = model::Operation;

// Columns added by each migration: (ordinal, schema.table.column). Built once per review and
// shared by the rules of this file.
const QSet<QString> &columnsAddedPerMigration(const ReviewContext &context)
{
    return context.shared<QSet<QString>>("migrations.added-columns", [&context] {
        QSet<QString> added;
        for (const model::Change &c : context.schema().history.changes)
            if (c.kind == model::Change::Kind::AddColumn)
                added.insert(QString::number(c.origin.ordinal) + QChar(0x1f) + c.schema +
                             QChar(0x1f) + c.table + QChar(0x1f) + c.object);
        return added;
    });
}

bool addedInSameMigration(const QSet<QString> &added, const model::Statement &s, const Op &op)
{
    return added.contains(QString::number(s.origin.ordinal) + QChar(0x1f) + op.schema +
                          QChar(0x1f) + op.table + QChar(0x1f) + op.object);
}

// ---------------------------------------------------------------------------------------
// drop-column

void dropColumn(const ReviewContext &context, Findings &out)
{
    const TableFuture &future = tableFuture(context);
    const QSet<QString> &added = columnsAddedPerMigration(context);
    forEachMatchingMigration(
        context,
        [&](const model::Statement &s, const Op &op) {
            return op.kind == Op::Kind::DropColumn && !addedInSameMigration(added, s, op) &&
                   isLiveExistingTable(context, future, s, op);
        },
        [&](const model::Statement &s, const QList<const Op *> &ops) {
            Finding f = migrationFinding(s, ops, true);
            f.message = Tr::tr("%1 drops %2: the application version still running during the "
                               "deploy fails on every query that names a dropped column")
                            .arg(migrationName(s.origin), targetList(ops, true));
            const Op &op = *ops.first();
            f.fix = Tr::tr("-- Expand/contract: first deploy code that no longer reads or "
                           "writes the column (ORMs: mark it ignored), then drop it in a later "
                           "migration:\nALTER TABLE %1 DROP COLUMN IF EXISTS %2;")
                        .arg(context.qualifiedName(op.schema, op.table), context.quote(op.object));
            out.append(std::move(f));
        });
}

// ---------------------------------------------------------------------------------------
// drop-table

void dropTable(const ReviewContext &context, Findings &out)
{
    forEachMatchingMigration(
        context,
        [&](const model::Statement &, const Op &op) {
            return op.kind == Op::Kind::DropTable && op.existingTable && !op.table.isEmpty();
        },
        [&](const model::Statement &s, const QList<const Op *> &ops) {
            Finding f = migrationFinding(s, ops, false);
            f.message = Tr::tr("%1 drops %2 with all rows: the application version still "
                               "running during the deploy fails on every query that names a "
                               "dropped table, and rolling back does not bring the data back")
                            .arg(migrationName(s.origin), targetList(ops, false));
            f.fix = Tr::tr("-- Expand/contract: deploy code that no longer uses the table, keep "
                           "a backup (or rename it to %1_deprecated first), then drop it in a "
                           "later migration.")
                        .arg(ops.first()->table);
            out.append(std::move(f));
        });
}

// ---------------------------------------------------------------------------------------
// rename-column

void renameColumn(const ReviewContext &context, Findings &out)
{
    const TableFuture &future = tableFuture(context);
    const QSet<QString> &added = columnsAddedPerMigration(context);
    forEachMatchingMigration(
        context,
        [&](const model::Statement &s, const Op &op) {
            return op.kind == Op::Kind::RenameColumn && !addedInSameMigration(added, s, op) &&
                   isLiveExistingTable(context, future, s, op);
        },
        [&](const model::Statement &s, const QList<const Op *> &ops) {
            // About the columns under their new names; the old names tell renames apart.
            QList<Op> renamed;
            QStringList renames;
            for (const Op *o : ops) {
                Op r = *o;
                r.object = o->detail;
                renamed.append(r);
                renames.append(Tr::tr("%1.%2 to %3").arg(o->table, o->object, o->detail));
            }
            QList<const Op *> targets;
            for (const Op &r : std::as_const(renamed))
                targets.append(&r);
            Finding f = migrationFinding(s, targets, true);
            f.fingerprintKey = renames.join(QLatin1Char(';'));
            f.message = Tr::tr("%1 renames %2: the application version still running during "
                               "the deploy uses the old names and fails")
                            .arg(migrationName(s.origin), renames.join(QStringLiteral(", ")));
            const Op &op = *ops.first();
            const QString t = context.qualifiedName(op.schema, op.table);
            f.fix = Tr::tr("-- Expand/contract instead of renaming in place:\n"
                           "ALTER TABLE %1 ADD COLUMN %3 /* type */;\n"
                           "-- write both (code or a trigger), backfill %3 from %2, switch "
                           "readers to %3, then in a later migration:\n"
                           "ALTER TABLE %1 DROP COLUMN %2;")
                        .arg(t, context.quote(op.object), context.quote(op.detail));
            out.append(std::move(f));
        });
}

// ---------------------------------------------------------------------------------------
// rename-table

void renameTable(const ReviewContext &context, Findings &out)
{
    const TableFuture &future = tableFuture(context);
    forEachMatchingMigration(
        context,
        [&](const model::Statement &s, const Op &op) {
            if (op.kind != Op::Kind::RenameTable || !op.existingTable)
                return false;
            // Under its new name the table lives on (or not) after the statement.
            Op renamed = op;
            renamed.table = op.detail;
            return isLiveExistingTable(context, future, s, renamed);
        },
        [&](const model::Statement &s, const QList<const Op *> &ops) {
            QList<Op> renamed;
            QStringList renames;
            for (const Op *o : ops) {
                Op r = *o;
                r.table = o->detail;
                renamed.append(r);
                renames.append(Tr::tr("%1 to %2").arg(o->table, o->detail));
            }
            QList<const Op *> targets;
            for (const Op &r : std::as_const(renamed))
                targets.append(&r);
            Finding f = migrationFinding(s, targets, false);
            f.fingerprintKey = renames.join(QLatin1Char(';'));
            f.message = Tr::tr("%1 renames table %2: the application version still running "
                               "during the deploy uses the old name and fails")
                            .arg(migrationName(s.origin), renames.join(QStringLiteral(", ")));
            const Op &op = *ops.first();
            f.fix = Tr::tr("-- Keep the old name working while code moves over:\n"
                           "ALTER TABLE %1 RENAME TO %2;\n"
                           "CREATE VIEW %1 AS SELECT * FROM %2; -- simple views are updatable\n"
                           "-- drop the view in a later migration, once no code uses %1.")
                        .arg(context.qualifiedName(op.schema, op.table), context.quote(op.detail));
            out.append(std::move(f));
        });
}

// ---------------------------------------------------------------------------------------
// drop-not-null

void dropNotNull(const ReviewContext &context, Findings &out)
{
    const TableFuture &future = tableFuture(context);
    const QSet<QString> &added = columnsAddedPerMigration(context);
    forEachMatchingMigration(
        context,
        [&](const model::Statement &s, const Op &op) {
            return op.kind == Op::Kind::DropNotNull && op.detail != QLatin1String("already") &&
                   !addedInSameMigration(added, s, op) &&
                   isLiveExistingTable(context, future, s, op);
        },
        [&](const model::Statement &s, const QList<const Op *> &ops) {
            Finding f = migrationFinding(s, ops, true);
            f.message = Tr::tr("%1 lets %2 hold NULL: code that assumes a value (the version "
                               "still deployed, reports, other services) breaks on the first "
                               "NULL written")
                            .arg(migrationName(s.origin), targetList(ops, true));
            f.fix = Tr::tr("Ship readers that handle NULL before the migration that allows it "
                           "(or keep a DEFAULT so writers need not change).");
            out.append(std::move(f));
        });
}

} // namespace

Rules compatRules()
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
    const QString rollingDeploy =
        Tr::tr("During a deploy the previous version of the application keeps running against "
               "the new schema until every instance is replaced.");
    rule("drop-column", Severity::Warning, Tr::tr("Column dropped while code may still use it"),
         rollingDeploy + QLatin1Char(' ') +
             Tr::tr("Dropping a column it reads or writes makes it fail; the data is gone too."),
         Tr::tr("Deploy code that ignores the column first; drop it in a later migration."),
         "-- V1__t.sql\nCREATE TABLE users (id bigint PRIMARY KEY, nickname text);\n-- "
         "V2__drop.sql\nALTER TABLE users DROP COLUMN nickname;",
         dropColumn);
    rule("drop-table", Severity::Warning, Tr::tr("Table dropped while code may still use it"),
         rollingDeploy + QLatin1Char(' ') +
             Tr::tr("Dropping a table it uses makes it fail, and the rows cannot be restored by "
                    "rolling the migration back."),
         Tr::tr("Deploy code that no longer uses the table first; keep a backup; drop later."),
         "-- V1__t.sql\nCREATE TABLE legacy (id bigint PRIMARY KEY);\n-- V2__drop.sql\nDROP "
         "TABLE legacy;",
         dropTable);
    rule("rename-column", Severity::Warning, Tr::tr("Column renamed in place"),
         rollingDeploy + QLatin1Char(' ') +
             Tr::tr("Renaming a column breaks every query that uses the old name."),
         Tr::tr("Add the new column, write both, backfill, switch readers, drop the old one."),
         "-- V1__t.sql\nCREATE TABLE users (id bigint PRIMARY KEY, mail text);\n-- "
         "V2__rename.sql\nALTER TABLE users RENAME COLUMN mail TO email;",
         renameColumn);
    rule("rename-table", Severity::Warning, Tr::tr("Table renamed in place"),
         rollingDeploy + QLatin1Char(' ') +
             Tr::tr("Renaming a table breaks every query that uses the old name."),
         Tr::tr("Rename and keep a view under the old name until no code uses it."),
         "-- V1__t.sql\nCREATE TABLE person (id bigint PRIMARY KEY);\n-- V2__rename.sql\nALTER "
         "TABLE person RENAME TO people;",
         renameTable);
    rule("drop-not-null", Severity::Info, Tr::tr("NOT NULL dropped from a column in use"),
         rollingDeploy + QLatin1Char(' ') +
             Tr::tr("Code written for a required column assumes a value; the first NULL breaks "
                    "it."),
         Tr::tr("Make every reader handle NULL before allowing it."),
         "-- V1__t.sql\nCREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n-- "
         "V2__optional.sql\nALTER TABLE users ALTER COLUMN email DROP NOT NULL;",
         dropNotNull);
    return rules;
}

} // namespace schemalens::review::migrations
