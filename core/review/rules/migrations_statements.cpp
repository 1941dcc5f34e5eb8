// Statement-level hazards of migrations that are neither locks nor compatibility: names
// PostgreSQL silently cuts, TRUNCATE … CASCADE, domain constraints, files that cannot be run
// again after a partial failure, enum values appended at the end, unqualified names, and
// DROP DATABASE.

#include "core/review/rules/migrations_common.h"

namespace schemalens::review::migrations {

namespace {

using Op = model::Operation;

// ---------------------------------------------------------------------------------------
// identifier-too-long

// The first 63 bytes of NAME, cut at a character boundary as PostgreSQL's
// truncate_identifier() does (pg_mbcliplen).
QString truncatedName(const QString &name)
{
    const QByteArray bytes = name.toUtf8();
    qsizetype length = qMin<qsizetype>(63, bytes.size());
    while (length > 0 && (uchar(bytes.at(length)) & 0xC0) == 0x80)
        --length;
    return QString::fromUtf8(bytes.left(length));
}

void identifierTooLong(const ReviewContext &context, Findings &out)
{
    for (const model::Statement &s : context.schema().history.statements) {
        if (s.truncatedIdentifiers.isEmpty())
            continue;
        Finding f;
        f.object.kind = ObjectRef::Kind::Migration;
        f.object.file = s.origin.file;
        f.location = s.origin;
        f.fingerprintKey = s.truncatedIdentifiers.join(QLatin1Char(','));
        QStringList cuts;
        for (const QString &name : s.truncatedIdentifiers)
            cuts.append(Tr::tr("%1 (becomes %2)").arg(name, truncatedName(name)));
        f.message = Tr::tr("%1 writes identifiers longer than 63 bytes, which PostgreSQL cuts "
                           "silently: %2")
                        .arg(migrationName(s.origin), cuts.join(QStringLiteral(", ")));
        f.fix = Tr::tr("Use names of at most 63 bytes, so that the name in the code is the "
                       "name in the database (two long names may also collide after the cut).");
        out.append(std::move(f));
    }
}

// ---------------------------------------------------------------------------------------
// truncate-cascade

// Tables whose foreign keys reach TABLE, directly or through others (what CASCADE empties).
QStringList cascadeTargets(const ReviewContext &context, const QString &schema,
                           const QString &table)
{
    QStringList reached;
    QList<QPair<QString, QString>> queue{{schema, table}};
    for (qsizetype i = 0; i < queue.size() && reached.size() < 50; ++i) {
        for (const model::Table &t : context.schema().tables)
            for (const model::ForeignKey &fk : t.foreignKeys)
                if (fk.refSchema == queue.at(i).first && fk.refTable == queue.at(i).second) {
                    const QString key = ReviewContext::key(t.schema, t.name);
                    if (!reached.contains(key) && !(t.schema == schema && t.name == table)) {
                        reached.append(key);
                        queue.append({t.schema, t.name});
                    }
                }
    }
    return reached;
}

void truncateCascade(const ReviewContext &context, Findings &out)
{
    forEachMatchingMigration(
        context,
        [](const model::Statement &, const Op &op) {
            return op.kind == Op::Kind::Truncate && op.has(Op::Cascade);
        },
        [&](const model::Statement &s, const QList<const Op *> &ops) {
            Finding f = migrationFinding(s, ops, false);
            QStringList targets;
            for (const Op *o : ops)
                for (const QString &t : cascadeTargets(context, o->schema, o->table))
                    if (!targets.contains(t))
                        targets.append(t);
            f.message = targets.isEmpty()
                            ? Tr::tr("%1 truncates %2 with CASCADE: every table whose foreign keys "
                                     "reach it is emptied too, including ones added later")
                                  .arg(migrationName(s.origin), objectList(ops))
                            : Tr::tr("%1 truncates %2 with CASCADE, which also empties %3")
                                  .arg(migrationName(s.origin), objectList(ops),
                                       targets.join(QStringLiteral(", ")));
            f.fix = Tr::tr("Name every table to empty: TRUNCATE %1; (without CASCADE it fails "
                           "instead of emptying tables nobody meant).")
                        .arg(objectList(ops));
            out.append(std::move(f));
        });
}

// ---------------------------------------------------------------------------------------
// domain-constraint

void domainConstraint(const ReviewContext &context, Findings &out)
{
    forEachMatchingMigration(
        context,
        [](const model::Statement &, const Op &op) {
            return (op.kind == Op::Kind::CreateDomain || op.kind == Op::Kind::AlterDomain) &&
                   op.has(Op::WithCheck);
        },
        [&](const model::Statement &s, const QList<const Op *> &ops) {
            const Op &op = *ops.first();
            Finding f = statementFinding(s, op);
            f.object.kind = ObjectRef::Kind::Type;
            f.object.table = op.object;
            QStringList domains;
            for (const Op *o : ops)
                if (!domains.contains(o->object))
                    domains.append(o->object);
            if (domains.size() > 1)
                f.object.tables = domains;
            f.message = ops.size() > 1
                            ? Tr::tr("%1 puts CHECK constraints on domains %2: changing them "
                                     "later revalidates every column of those types at once")
                                  .arg(migrationName(s.origin), domains.join(QStringLiteral(", ")))
                        : op.kind == Op::Kind::CreateDomain
                            ? Tr::tr("%1 creates domain %2 with a CHECK: changing that check "
                                     "later revalidates every column of the domain, and "
                                     "PostgreSQL may rewrite tables to convert to it")
                                  .arg(migrationName(s.origin), op.object)
                            : Tr::tr("%1 adds a constraint to domain %2: every column of that "
                                     "type in every table is checked while locked")
                                  .arg(migrationName(s.origin), op.object);
            f.fix = Tr::tr("Put the CHECK on the columns (ADD CONSTRAINT … NOT VALID, then "
                           "VALIDATE), where it can be changed one table at a time.");
            out.append(std::move(f));
        });
}

// ---------------------------------------------------------------------------------------
// not-idempotent

bool isNonIdempotent(const Op &op)
{
    if (op.has(Op::IfExists))
        return false;
    switch (op.kind) {
    case Op::Kind::CreateTable:
        // A temporary table with ON COMMIT DROP is gone before a retry.
        return !(op.has(Op::Temporary) && op.detail == QLatin1String("ONCOMMIT_DROP"));
    case Op::Kind::CreateTableAs:
    case Op::Kind::AddColumn:
    case Op::Kind::DropTable:
    case Op::Kind::DropIndex:
    case Op::Kind::DropColumn:
    case Op::Kind::DropConstraint:
    case Op::Kind::DropObject:
    case Op::Kind::RenameTable:
    case Op::Kind::RenameColumn:
    case Op::Kind::AddEnumValue: // "enum label already exists" without IF NOT EXISTS
        return true;
    case Op::Kind::CreateIndex:
        // Without a name PostgreSQL picks a free one: a retry does not fail.
        return !op.object.isEmpty();
    case Op::Kind::CreateObject:
        return op.detail == QLatin1String("CreateSchemaStmt") ||
               op.detail == QLatin1String("CreateSeqStmt") ||
               op.detail == QLatin1String("CreateExtensionStmt") ||
               op.detail == QLatin1String("ViewStmt") ||
               op.detail == QLatin1String("CreateFunctionStmt");
    default:
        return false;
    }
}

void notIdempotent(const ReviewContext &context, Findings &out)
{
    const QList<model::Statement> &statements = context.schema().history.statements;
    qsizetype begin = 0;
    while (begin < statements.size()) {
        qsizetype end = begin;
        while (end < statements.size() &&
               statements.at(end).origin.file == statements.at(begin).origin.file)
            ++end;
        // A file of one statement fails as a whole; a failure half-way through a file that
        // runs outside a transaction leaves the first half applied, and the retry stops on it.
        QList<QPair<const model::Statement *, const Op *>> fragile;
        // Only where the tool is known to run the file without a transaction: a plain
        // folder's tool may well wrap it.
        const model::MigrationRun *run = runOf(context, statements.at(begin).origin.file);
        if (end - begin >= 2 && run && run->toolKnown) {
            QSet<QString> droppedIfExists; // constraints dropped IF EXISTS earlier in the file
            for (qsizetype i = begin; i < end; ++i) {
                const model::Statement &s = statements.at(i);
                for (const Op &op : s.operations) {
                    if (op.kind == Op::Kind::DropConstraint && op.has(Op::IfExists))
                        droppedIfExists.insert(op.table + QChar(0x1f) + op.object);
                    if (s.inTransaction || s.failed)
                        continue;
                    const bool addAfterDrop =
                        op.kind == Op::Kind::AddConstraint &&
                        droppedIfExists.contains(op.table + QChar(0x1f) + op.object);
                    if ((op.kind == Op::Kind::AddConstraint && !addAfterDrop) ||
                        isNonIdempotent(op))
                        fragile.append({&s, &op});
                }
            }
        }
        if (!fragile.isEmpty()) {
            const model::Statement &s = *fragile.first().first;
            Finding f;
            f.object.kind = ObjectRef::Kind::Migration;
            f.object.file = s.origin.file;
            f.location = s.origin;
            QStringList lines;
            for (const auto &[statement, op] : std::as_const(fragile)) {
                const QString line = QString::number(statement->origin.line);
                if (!lines.contains(line))
                    lines.append(line);
            }
            f.message = Tr::tr("%1 runs without a transaction and %2 of its statements fail "
                               "when run twice (lines %3): if it stops half-way, the retry "
                               "stops on what the first attempt already did")
                            .arg(migrationName(s.origin))
                            .arg(lines.size())
                            .arg(lines.join(QStringLiteral(", ")));
            f.fix = Tr::tr("-- Make each step safe to repeat:\n"
                           "CREATE TABLE IF NOT EXISTS …; CREATE INDEX CONCURRENTLY IF NOT "
                           "EXISTS …;\nALTER TABLE … ADD COLUMN IF NOT EXISTS …; DROP … IF "
                           "EXISTS …;\nALTER TABLE … DROP CONSTRAINT IF EXISTS c; ALTER TABLE "
                           "… ADD CONSTRAINT c …;\n-- or let the tool run the file in a "
                           "transaction when nothing in it needs CONCURRENTLY.");
            out.append(std::move(f));
        }
        begin = end;
    }
}

// ---------------------------------------------------------------------------------------
// enum-value-order

void enumValueOrder(const ReviewContext &context, Findings &out)
{
    // Enums created in the same migration have no rows or queries that depend on the order.
    QSet<QString> createdPerMigration;
    for (const model::Change &c : context.schema().history.changes)
        if (c.kind == model::Change::Kind::CreateType)
            createdPerMigration.insert(QString::number(c.origin.ordinal) + QChar(0x1f) + c.table);
    forEachMatchingMigration(
        context,
        [&](const model::Statement &s, const Op &op) {
            return op.kind == Op::Kind::AddEnumValue && !op.has(Op::Ordered) &&
                   !createdPerMigration.contains(QString::number(s.origin.ordinal) + QChar(0x1f) +
                                                 op.object);
        },
        [&](const model::Statement &s, const QList<const Op *> &ops) {
            const Op &op = *ops.first();
            Finding f = statementFinding(s, op);
            f.object.kind = ObjectRef::Kind::Type;
            f.object.table = op.object;
            QStringList values;
            QStringList types;
            for (const Op *o : ops) {
                values.append(QLatin1Char('\'') + o->detail + QLatin1Char('\''));
                if (!types.contains(o->object))
                    types.append(o->object);
            }
            f.fingerprintKey = values.join(QLatin1Char(','));
            if (ops.size() > 1) {
                if (types.size() > 1)
                    f.object.tables = types;
                f.message = Tr::tr("%1 appends %2 to enum %3 without BEFORE or AFTER: "
                                   "comparisons and ORDER BY put them last")
                                .arg(migrationName(s.origin), values.join(QStringLiteral(", ")),
                                     types.join(QStringLiteral(", ")));
                f.fix = Tr::tr("State where each belongs: ALTER TYPE %1 ADD VALUE '%2' BEFORE "
                               "'…'; (or AFTER '…').")
                            .arg(op.object, op.detail);
                f.confidence = Confidence::Low;
                out.append(std::move(f));
                return;
            }
            const model::EnumType *type = nullptr;
            for (const model::EnumType &e : context.schema().enums)
                if (e.name == op.object)
                    type = &e;
            const qsizetype at = type ? type->values.indexOf(op.detail) : -1;
            const QString before = type && at > 0 ? type->values.at(at - 1) : QString();
            f.message = before.isEmpty()
                            ? Tr::tr("%1 appends '%2' to enum %3 without BEFORE or AFTER: "
                                     "comparisons and ORDER BY on %3 put it last")
                                  .arg(migrationName(s.origin), op.detail, op.object)
                            : Tr::tr("%1 appends '%2' to enum %3 without BEFORE or AFTER: it "
                                     "sorts after '%4', and comparisons such as < '%4' leave it "
                                     "out")
                                  .arg(migrationName(s.origin), op.detail, op.object, before);
            f.fix = Tr::tr("State where it belongs: ALTER TYPE %1 ADD VALUE '%2' BEFORE '…'; "
                           "(or AFTER '…').")
                        .arg(op.object, op.detail);
            f.confidence = Confidence::Low;
            out.append(std::move(f));
        });
}

// ---------------------------------------------------------------------------------------
// unqualified-table

void unqualifiedTable(const ReviewContext &context, Findings &out)
{
    forEachMatchingMigration(
        context,
        [](const model::Statement &, const Op &op) {
            if (!op.has(Op::Unqualified) || op.has(Op::Temporary) || op.table.isEmpty())
                return false;
            switch (op.kind) {
            case Op::Kind::CreateTable:
            case Op::Kind::CreateTableAs:
            case Op::Kind::DropTable:
            case Op::Kind::AddColumn:
            case Op::Kind::AlterTable:
            case Op::Kind::AddConstraint:
            case Op::Kind::DropColumn:
            case Op::Kind::RenameTable:
            case Op::Kind::RenameColumn:
            case Op::Kind::AlterColumnType:
            case Op::Kind::SetNotNull:
            case Op::Kind::DropNotNull:
            case Op::Kind::DropConstraint:
            case Op::Kind::ValidateConstraint:
                return true;
            default:
                return false;
            }
        },
        [&](const model::Statement &s, const QList<const Op *> &ops) {
            const Op &op = *ops.first();
            Finding f = statementFinding(s, op);
            f = migrationFinding(s, ops, false);
            f.message = Tr::tr("%1 names table %2 without its schema: which table it means "
                               "depends on the search_path of the session that runs it")
                            .arg(migrationName(s.origin), targetList(ops, false));
            f.fix = Tr::tr("Qualify the name: %1.%2").arg(op.schema, op.table);
            out.append(std::move(f));
        });
}

// ---------------------------------------------------------------------------------------
// drop-database

void dropDatabase(const ReviewContext &context, Findings &out)
{
    forEachMatchingMigration(
        context,
        [](const model::Statement &, const Op &op) { return op.kind == Op::Kind::DropDatabase; },
        [&](const model::Statement &s, const QList<const Op *> &ops) {
            Finding f = statementFinding(s, *ops.first());
            f.object.kind = ObjectRef::Kind::Migration;
            f.message = Tr::tr("%1 drops database %2: everything in it is gone")
                            .arg(migrationName(s.origin), ops.first()->detail);
            f.fix = Tr::tr("Remove it from the migration; drop databases by hand, after a "
                           "backup.");
            out.append(std::move(f));
        });
}

} // namespace

Rules statementRules()
{
    Rules rules;
    const auto rule = [&](const char *id, Severity severity, const QString &title,
                          const QString &rationale, const QString &fix, const char *example,
                          std::function<void(const ReviewContext &, Findings &)> run,
                          bool optIn = false) {
        rules.append(Rule{.info = {.id = QLatin1String(id),
                                   .family = QStringLiteral("migrations"),
                                   .defaultSeverity = severity,
                                   .needs = Needs::History,
                                   .title = title,
                                   .rationale = rationale,
                                   .fix = fix,
                                   .sqlite = false,
                                   .example = QString::fromUtf8(example),
                                   .optIn = optIn},
                          .run = std::move(run)});
    };
    rule("identifier-too-long", Severity::Warning, Tr::tr("Identifier longer than 63 bytes"),
         Tr::tr("PostgreSQL keeps the first 63 bytes of a name and only prints a NOTICE: the "
                "table or index then has another name than the code uses, and two long names "
                "may become the same."),
         Tr::tr("Shorten the name to 63 bytes or less."),
         "-- V1__t.sql\nCREATE TABLE a (id bigint PRIMARY KEY);\n-- V2__idx.sql\nCREATE INDEX "
         "index_on_a_for_the_nightly_report_of_active_accounts_by_region_and_plan ON a (id);",
         identifierTooLong);
    rule("truncate-cascade", Severity::Warning, Tr::tr("TRUNCATE … CASCADE"),
         Tr::tr("CASCADE also empties every table whose foreign keys reference the truncated "
                "ones, and the tables that reference those: more data than the statement "
                "names."),
         Tr::tr("List the tables to empty explicitly."),
         "-- V1__t.sql\nCREATE TABLE a (id bigint PRIMARY KEY);\nCREATE TABLE b (id bigint "
         "PRIMARY KEY, a_id bigint REFERENCES a);\n-- V2__reset.sql\nTRUNCATE a CASCADE;",
         truncateCascade);
    rule("domain-constraint", Severity::Info, Tr::tr("CHECK constraint on a domain"),
         Tr::tr("A domain's CHECK applies to every column of that type: changing it later "
                "revalidates all of them at once, and converting a column to a domain with a "
                "constraint rewrites the table. Constraints on the columns can be changed one "
                "table at a time, online."),
         Tr::tr("Put the CHECK on the columns instead of the domain."),
         "-- V1__t.sql\nCREATE TABLE a (id bigint PRIMARY KEY);\n-- V2__domain.sql\nCREATE "
         "DOMAIN positive AS numeric CHECK (VALUE > 0);",
         domainConstraint);
    rule("not-idempotent", Severity::Info,
         Tr::tr("Migration without a transaction cannot be retried"),
         Tr::tr("A migration that runs outside a transaction (because it needs CONCURRENTLY, or "
                "because its tool runs statements one by one) can stop half-way; its retry then "
                "fails on the statements the first attempt already applied unless each uses IF "
                "[NOT] EXISTS."),
         Tr::tr("Use IF [NOT] EXISTS on every step, or run the file in a transaction."),
         "-- V1__t.sql\nCREATE TABLE a (id bigint PRIMARY KEY);\n-- V2__two.sql (no transaction)\n"
         "ALTER TABLE a ADD COLUMN b text;\nCREATE INDEX CONCURRENTLY a_b ON a (b);",
         notIdempotent);
    rule("enum-value-order", Severity::Info, Tr::tr("Enum value appended without a position"),
         Tr::tr("ALTER TYPE … ADD VALUE without BEFORE or AFTER puts the value last; enums "
                "compare and sort by that order, so queries such as status < 'approved' miss "
                "it when it belongs earlier. Off by default: most enums (kinds, roles, "
                "categories) have no meaningful order, and appending is then right."),
         Tr::tr("Add the value BEFORE or AFTER the value it follows."),
         "-- V1__t.sql\nCREATE TYPE status AS ENUM ('draft', 'approved');\n-- V2__enum.sql\n"
         "ALTER TYPE status ADD VALUE 'in_review';",
         enumValueOrder, true);
    rule("unqualified-table", Severity::Info, Tr::tr("Table named without its schema"),
         Tr::tr("Without a schema the table a statement changes depends on the session's "
                "search_path. Off by default; turn it on for databases with several schemas."),
         Tr::tr("Write schema.table."),
         "-- V1__t.sql\nCREATE TABLE app.a (id bigint PRIMARY KEY);\n-- V2__col.sql\nSET "
         "search_path = app;\nALTER TABLE a ADD COLUMN b text;",
         unqualifiedTable, true);
    rule("drop-database", Severity::Error, Tr::tr("DROP DATABASE in a migration"),
         Tr::tr("A migration that drops a database destroys everything in it; no deploy should "
                "do that."),
         Tr::tr("Remove it from the migrations."),
         "-- V1__t.sql\nCREATE TABLE a (id bigint PRIMARY KEY);\n-- V2__drop.sql\nDROP DATABASE "
         "legacy;",
         dropDatabase);
    return rules;
}

} // namespace schemalens::review::migrations
