// Rules of the migrations family (DESIGN.md "Review rules"): what the migration history did
// to a live database on the way (the engine runs them only for migration folders). They read
// model::History, whose changes carry the migration file and ordinal in their origin.

#include "core/review/context.h"
#include "core/review/rule.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace schemalens::review {

namespace {

using model::Change;

// Translated in the "review" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(review)
};

const QList<Change> &changes(const ReviewContext &context)
{
    return context.schema().history.changes;
}

QString fileName(const model::Origin &origin)
{
    return QFileInfo(origin.file).fileName().isEmpty() ? origin.file
                                                       : QFileInfo(origin.file).fileName();
}

// Migration files are often all called up.sql / migration.sql: name the folder too.
QString migrationName(const model::Origin &origin)
{
    const QStringList parts = origin.file.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() >= 2)
        return parts.at(parts.size() - 2) + QLatin1Char('/') + parts.last();
    return fileName(origin);
}

// ---------------------------------------------------------------------------------------
// not-null-no-default

void notNullNoDefault(const ReviewContext &context, Findings &out)
{
    for (const Change &c : changes(context)) {
        if (c.kind != Change::Kind::AddColumn || !c.notNull || c.hasDefault || !c.onExistingTable)
            continue;
        Finding f;
        f.object.kind = ObjectRef::Kind::Column;
        f.object.schema = c.schema;
        f.object.table = c.table;
        f.object.column = c.object;
        f.object.file = c.origin.file;
        f.message = Tr::tr("%1 adds %2.%3 %4 NOT NULL without a default to an existing table: it "
                           "fails as soon as %2 has a row")
                        .arg(migrationName(c.origin), c.table, c.object, c.newValue);
        const QString t = context.qualifiedName(c.schema, c.table);
        const QString col = context.quote(c.object);
        f.fix = Tr::tr("ALTER TABLE %1 ADD COLUMN %2 %3 NOT NULL DEFAULT /* value */;\n"
                       "-- or: add it nullable, backfill, then\n"
                       "-- ALTER TABLE %1 ALTER COLUMN %2 SET NOT NULL;")
                    .arg(t, col, c.newValue);
        f.location = c.origin;
        out.append(std::move(f));
    }
}

// ---------------------------------------------------------------------------------------
// column-type-changed

struct TypeName {
    QString base;
    QList<int> args;
};

TypeName parseType(const QString &type)
{
    static const QRegularExpression re(QStringLiteral("^([^(]*?)\\s*(?:\\(([^)]*)\\))?\\s*$"));
    const auto m = re.match(type.toLower().trimmed());
    TypeName t{m.captured(1), {}};
    for (const QString &a : m.captured(2).split(QLatin1Char(','), Qt::SkipEmptyParts))
        t.args.append(a.trimmed().toInt());
    return t;
}

// Changes PostgreSQL makes in the catalog only: a longer or unlimited varchar, varchar to
// text, more numeric precision at the same scale. Nothing stored has to change.
bool isMetadataOnlyWidening(const QString &from, const QString &to)
{
    const TypeName a = parseType(from);
    const TypeName b = parseType(to);
    const auto isVarchar = [](const QString &base) {
        return base == QLatin1String("character varying") || base == QLatin1String("varchar");
    };
    if (isVarchar(a.base) &&
        (b.base == QLatin1String("text") ||
         (isVarchar(b.base) &&
          (b.args.isEmpty() || (!a.args.isEmpty() && b.args.first() >= a.args.first())))))
        return true;
    if (a.base == QLatin1String("numeric") && b.base == QLatin1String("numeric")) {
        if (b.args.isEmpty())
            return true;
        return a.args.size() == 2 && b.args.size() == 2 && b.args.at(1) == a.args.at(1) &&
               b.args.at(0) >= a.args.at(0);
    }
    return false;
}

// Swapping an enum for a new version of itself (Prisma's "Role" -> "Role_new", Diesel's
// kind__ -> kind) changes the type's name, not the column's values.
bool isEnumSwap(const QString &from, const QString &to)
{
    static const QRegularExpression decoration(QStringLiteral("(\"|_+$|_(new|old|tmp)$)"));
    QString a = from;
    QString b = to;
    a.remove(decoration);
    b.remove(decoration);
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

void columnTypeChanged(const ReviewContext &context, Findings &out)
{
    for (const Change &c : changes(context)) {
        if (c.kind != Change::Kind::AlterColumnType || !c.onExistingTable || c.oldValue.isEmpty() ||
            c.oldValue.compare(c.newValue, Qt::CaseInsensitive) == 0 ||
            isMetadataOnlyWidening(c.oldValue, c.newValue) || isEnumSwap(c.oldValue, c.newValue))
            continue;
        Finding f;
        f.object.kind = ObjectRef::Kind::Column;
        f.object.schema = c.schema;
        f.object.table = c.table;
        f.object.column = c.object;
        f.object.file = c.origin.file;
        f.fingerprintKey = c.oldValue + QLatin1String("->") + c.newValue;
        f.message = Tr::tr("%1.%2 changed type %3 → %4 in %5: stored values are converted (the "
                           "table is rewritten under an exclusive lock) and code, indexes or data "
                           "made for the old type may not fit")
                        .arg(c.table, c.object, c.oldValue, c.newValue, migrationName(c.origin));
        f.fix = Tr::tr("Check that every reader and writer of %1.%2 expects %3 (for embeddings: "
                       "recompute stored vectors); on a big table prefer a new column, backfill "
                       "and swap.")
                    .arg(c.table, c.object, c.newValue);
        f.location = c.origin;
        out.append(std::move(f));
    }
}

// ---------------------------------------------------------------------------------------
// index-recreated

// The definition of INDEX on TABLE as it stands in the final schema, for fix SQL.
QString indexDefinition(const ReviewContext &context, const model::Table &table,
                        const model::Index &index, bool concurrently, const QString &name)
{
    QStringList elements;
    for (const model::IndexElement &e : index.elements) {
        QString s = e.column.isEmpty() ? QLatin1Char('(') + e.expression + QLatin1Char(')')
                                       : context.quote(e.column);
        if (!e.opclass.isEmpty())
            s += QLatin1Char(' ') + e.opclass;
        if (e.descending)
            s += QLatin1String(" DESC");
        elements.append(s);
    }
    QString sql = QStringLiteral("CREATE %1INDEX %2%3 ON %4")
                      .arg(index.unique ? QStringLiteral("UNIQUE ") : QString(),
                           concurrently ? QStringLiteral("CONCURRENTLY ") : QString(),
                           context.quote(name), context.qualified(table));
    if (index.method != QLatin1String("btree"))
        sql += QLatin1String(" USING ") + index.method;
    sql += QLatin1String(" (") + elements.join(QStringLiteral(", ")) + QLatin1Char(')');
    if (!index.include.isEmpty()) {
        QStringList include;
        for (const QString &c : index.include)
            include.append(context.quote(c));
        sql += QLatin1String(" INCLUDE (") + include.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    if (!index.predicate.isEmpty())
        sql += QLatin1String(" WHERE ") + index.predicate;
    return sql + QLatin1Char(';');
}

const model::Index *finalIndex(const ReviewContext &context, const Change &c,
                               const model::Table **table)
{
    *table = context.table(c.schema, c.table);
    if (!*table)
        return nullptr;
    for (const model::Index &index : (*table)->indexes) {
        if (index.name == c.object)
            return &index;
    }
    return nullptr;
}

void indexRecreated(const ReviewContext &context, Findings &out)
{
    const QList<Change> &all = changes(context);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Change &drop = all.at(i);
        const bool dropIndex = drop.kind == Change::Kind::DropIndex;
        if (!dropIndex && drop.kind != Change::Kind::DropConstraint)
            continue;
        for (qsizetype j = i + 1; j < all.size(); ++j) {
            const Change &create = all.at(j);
            if (create.origin.ordinal != drop.origin.ordinal ||
                create.origin.file != drop.origin.file)
                break; // only within one migration: across deployments it is a redesign
            if (create.schema != drop.schema || create.object != drop.object)
                continue;
            const bool recreated = dropIndex ? create.kind == Change::Kind::CreateIndex
                                             : create.kind == Change::Kind::AddConstraint &&
                                                   create.table == drop.table &&
                                                   (create.newValue == QLatin1String("primary") ||
                                                    create.newValue == QLatin1String("unique") ||
                                                    create.newValue == QLatin1String("exclusion"));
            if (!recreated)
                continue;
            const model::Table *table = nullptr;
            const model::Index *index = dropIndex ? finalIndex(context, create, &table) : nullptr;
            if (!table)
                table = context.table(create.schema, create.table);
            const bool unique =
                dropIndex ? index && index->unique : create.newValue != QLatin1String("exclusion");
            Finding f;
            f.object.kind = dropIndex ? ObjectRef::Kind::Index : ObjectRef::Kind::Constraint;
            f.object.schema = create.schema;
            f.object.table = create.table;
            (dropIndex ? f.object.index : f.object.constraint) = create.object;
            f.object.file = drop.origin.file;
            f.message =
                (unique
                     ? Tr::tr("%1 drops and re-creates %2 on %3 (lines %4 and %5): until the new "
                              "one is built, nothing keeps %3 unique and the build locks writes")
                     : Tr::tr("%1 drops and re-creates %2 on %3 (lines %4 and %5): queries lose "
                              "the index and writes are locked while it is rebuilt"))
                    .arg(migrationName(drop.origin), create.object, create.table)
                    .arg(drop.origin.line)
                    .arg(create.origin.line);
            if (dropIndex && index && table) {
                const QString tmp = create.object + QLatin1String("_new");
                f.fix =
                    Tr::tr("Build the replacement first, then swap:\n%1\nDROP INDEX CONCURRENTLY "
                           "%2;\nALTER INDEX %3 RENAME TO %4;")
                        .arg(indexDefinition(context, *table, *index, true, tmp),
                             context.qualifiedName(create.schema, create.object),
                             context.qualifiedName(create.schema, tmp),
                             context.quote(create.object));
            } else {
                f.fix = Tr::tr("Build the new unique index CONCURRENTLY under another name, then "
                               "swap in one statement: ALTER TABLE %1 DROP CONSTRAINT %2, ADD "
                               "CONSTRAINT %2 %3 USING INDEX <new index>;")
                            .arg(context.qualifiedName(create.schema, create.table),
                                 context.quote(create.object),
                                 create.newValue == QLatin1String("primary")
                                     ? QStringLiteral("PRIMARY KEY")
                                     : QStringLiteral("UNIQUE"));
            }
            f.location = drop.origin;
            out.append(std::move(f));
            break;
        }
    }
}

// ---------------------------------------------------------------------------------------
// index-not-concurrent

void indexNotConcurrent(const ReviewContext &context, Findings &out)
{
    for (const Change &c : changes(context)) {
        if (c.kind != Change::Kind::CreateIndex || c.concurrently || !c.onExistingTable)
            continue;
        const model::Table *table = context.table(c.schema, c.table);
        if (!table) {
            // A materialized view (only REFRESH writes it) or a table dropped since.
            const bool isView = std::any_of(
                context.schema().views.cbegin(), context.schema().views.cend(),
                [&](const model::View &v) { return v.schema == c.schema && v.name == c.table; });
            if (isView)
                continue;
        } else if (table->kind == model::Table::Kind::PartitionedTable || table->isPartition() ||
                   !context.isReviewed(*table)) {
            // CONCURRENTLY is not possible on a partitioned table (PostgreSQL builds it per
            // partition and ATTACHes); partitions follow their parent; ignored tables stay
            // ignored.
            continue;
        }
        Finding f;
        f.object.kind = ObjectRef::Kind::Index;
        f.object.schema = c.schema;
        f.object.table = c.table;
        f.object.index = c.object;
        f.object.file = c.origin.file;
        f.message = Tr::tr("%1 creates index %2 on existing table %3 without CONCURRENTLY: writes "
                           "to %3 wait until the index is built")
                        .arg(migrationName(c.origin), c.object, c.table);
        const model::Table *final = nullptr;
        const model::Index *index = finalIndex(context, c, &final);
        f.fix = (index && final ? indexDefinition(context, *final, *index, true, c.object)
                                : QStringLiteral("CREATE INDEX CONCURRENTLY %1 ON %2 (…);")
                                      .arg(context.quote(c.object),
                                           context.qualifiedName(c.schema, c.table))) +
                Tr::tr("\n-- CONCURRENTLY cannot run inside a transaction: use the migration "
                       "tool's no-transaction mode for this file.");
        f.location = c.origin;
        out.append(std::move(f));
    }
}

// ---------------------------------------------------------------------------------------
// monolithic-migration

void monolithicMigration(const ReviewContext &context, Findings &out)
{
    const int maxTables =
        int(context.threshold(QStringLiteral("monolithic-migration"), QStringLiteral("maxTables")));
    struct Unit {
        model::Origin first;
        QStringList created;
        QSet<QString> gone; // dropped or renamed away in the same migration (rebuild scratch)
        QSet<QString> partitions;
    };
    QMap<int, Unit> units;
    for (const Change &c : changes(context)) {
        if (c.origin.ordinal < 0)
            continue;
        Unit &u = units[c.origin.ordinal];
        const QString key = ReviewContext::key(c.schema, c.table);
        switch (c.kind) {
        case Change::Kind::CreateTable:
            if (u.created.isEmpty())
                u.first = c.origin;
            if (!u.created.contains(key))
                u.created.append(key);
            break;
        case Change::Kind::DropTable:
            u.gone.insert(key);
            break;
        case Change::Kind::RenameTable:
            u.gone.insert(ReviewContext::key(c.schema, c.oldValue));
            break;
        case Change::Kind::AttachPartition:
            u.partitions.insert(ReviewContext::key(c.schema, c.object));
            break;
        default:
            break;
        }
    }
    // The first migration that creates tables builds the initial schema (or a squashed
    // baseline): creating everything at once is its job, not a smell.
    bool first = true;
    for (auto it = units.cbegin(); it != units.cend(); ++it) {
        const Unit &u = it.value();
        QStringList created;
        for (const QString &t : u.created) {
            if (!u.gone.contains(t) && !u.partitions.contains(t))
                created.append(t);
        }
        if (created.isEmpty())
            continue;
        if (first) {
            first = false;
            continue;
        }
        if (created.size() <= maxTables)
            continue;
        Finding f;
        f.object.kind = ObjectRef::Kind::Migration;
        f.object.file = u.first.file;
        f.object.tables = created;
        f.message = Tr::tr("%1 creates %2 tables in one migration (more than %3): hard to review "
                           "and to roll back")
                        .arg(migrationName(u.first))
                        .arg(created.size())
                        .arg(maxTables);
        f.fix = Tr::tr("Split it into migrations of one feature each (tables that reference each "
                       "other together).");
        f.location = u.first;
        out.append(std::move(f));
    }
}

// ---------------------------------------------------------------------------------------
// migration-count

void migrationCount(const ReviewContext &context, Findings &out)
{
    const int maxMigrations =
        int(context.threshold(QStringLiteral("migration-count"), QStringLiteral("maxMigrations")));
    static const QRegularExpression blank(QStringLiteral("^\\s*$"));
    QList<const load::MigrationUnit *> counted;
    for (const load::MigrationUnit &unit : context.plan().units) {
        // Empty placeholder files (dialect overrides that do nothing) cost nothing to replay.
        if (!unit.repeatable && !blank.match(QString::fromUtf8(unit.sql)).hasMatch())
            counted.append(&unit);
    }
    if (counted.size() <= maxMigrations)
        return;
    const load::MigrationUnit *last = counted.last();
    Finding f;
    f.object.kind = ObjectRef::Kind::Migration;
    f.object.file = counted.first()->path;
    f.message = Tr::tr("the history has %1 migrations (more than %2): every new environment and "
                       "test database replays them all")
                    .arg(counted.size())
                    .arg(maxMigrations);
    f.fix = Tr::tr("Squash the migrations every environment has applied (up to a released "
                   "version) into one baseline schema file and keep only the newer ones.");
    f.location.file = last->path;
    f.location.line = 1;
    f.location.ordinal = last->ordinal;
    out.append(std::move(f));
}

} // namespace

Rules migrationRules()
{
    Rules rules;
    rules.append(Rule{
        .info = {.id = QStringLiteral("not-null-no-default"),
                 .family = QStringLiteral("migrations"),
                 .defaultSeverity = Severity::Warning,
                 .needs = Needs::History,
                 .title = Tr::tr("NOT NULL column added without a default"),
                 .rationale =
                     Tr::tr("ALTER TABLE … ADD COLUMN … NOT NULL with no DEFAULT fails on a "
                            "table that has rows: the migration passes on an empty "
                            "development database and stops in production."),
                 .fix = Tr::tr("Give the column a DEFAULT, or add it nullable, backfill, and SET "
                               "NOT NULL afterwards."),
                 // SQLite refuses the statement outright, even on an empty table.
                 .sqlite = false,
                 .example = QStringLiteral("-- V1__users.sql\nCREATE TABLE users (id bigint "
                                           "PRIMARY KEY);\n-- V2__email.sql\nALTER TABLE users "
                                           "ADD COLUMN email text NOT NULL;")},
        .run = notNullNoDefault});
    rules.append(Rule{
        .info = {.id = QStringLiteral("column-type-changed"),
                 .family = QStringLiteral("migrations"),
                 .defaultSeverity = Severity::Info,
                 .needs = Needs::History,
                 .title = Tr::tr("Column type changed by a migration"),
                 .rationale =
                     Tr::tr("Changing a column's type rewrites the table under an exclusive "
                            "lock and changes what stored values mean (an embedding's "
                            "dimension, a number's precision); readers may still expect "
                            "the old type. Catalog-only widenings (longer varchar, varchar "
                            "to text) are left out."),
                 .fix = Tr::tr("Check the readers and the stored data; on big tables add a new "
                               "column, backfill and swap."),
                 .example = QStringLiteral("-- V1__docs.sql\nCREATE TABLE docs (id bigint "
                                           "PRIMARY KEY, score integer);\n-- V2__score.sql\n"
                                           "ALTER TABLE docs ALTER COLUMN score TYPE real;")},
        .run = columnTypeChanged});
    rules.append(Rule{
        .info = {.id = QStringLiteral("index-recreated"),
                 .family = QStringLiteral("migrations"),
                 .defaultSeverity = Severity::Info,
                 .needs = Needs::History,
                 .title = Tr::tr("Index dropped and re-created"),
                 .rationale = Tr::tr("Dropping an index and creating it again leaves a window with "
                                     "no index (no uniqueness for a unique one) and locks writes "
                                     "during the build; building the new one first and swapping "
                                     "avoids both. SQLite runs the pair inside the migration's "
                                     "transaction with a single writer, so it is PostgreSQL only."),
                 .fix = Tr::tr("CREATE INDEX CONCURRENTLY the new definition under a temporary "
                               "name, drop the old one, rename."),
                 .sqlite = false,
                 .example = QStringLiteral("-- V1__t.sql\nCREATE TABLE t (id int PRIMARY KEY, "
                                           "email text);\nCREATE UNIQUE INDEX t_email ON t "
                                           "(email);\n-- V2__ci.sql\nDROP INDEX t_email;\n"
                                           "CREATE UNIQUE INDEX t_email ON t (lower(email));")},
        .run = indexRecreated});
    rules.append(Rule{
        .info = {.id = QStringLiteral("index-not-concurrent"),
                 .family = QStringLiteral("migrations"),
                 .defaultSeverity = Severity::Info,
                 .needs = Needs::History,
                 .title = Tr::tr("Index created without CONCURRENTLY on an existing table"),
                 .rationale =
                     Tr::tr("CREATE INDEX without CONCURRENTLY blocks inserts, updates and "
                            "deletes on the table until the index is built: minutes on a "
                            "big table. Tables created in the same migration are empty "
                            "and left out."),
                 .fix = Tr::tr("CREATE INDEX CONCURRENTLY, outside a transaction."),
                 .sqlite = false,
                 .example = QStringLiteral("-- V1__t.sql\nCREATE TABLE t (id int PRIMARY KEY, "
                                           "email text);\n-- V2__idx.sql\nCREATE INDEX t_email "
                                           "ON t (email);")},
        .run = indexNotConcurrent});
    rules.append(Rule{
        .info = {.id = QStringLiteral("monolithic-migration"),
                 .family = QStringLiteral("migrations"),
                 .defaultSeverity = Severity::Info,
                 .needs = Needs::History,
                 .title = Tr::tr("One migration creating many tables"),
                 .rationale = Tr::tr("A migration that creates many tables at once is hard to "
                                     "review and to roll back. The first migration that creates "
                                     "tables is exempt: building the initial schema (or a squashed "
                                     "baseline) is its job."),
                 .fix = Tr::tr("Split it by feature."),
                 .thresholds = {{QStringLiteral("maxTables"), 10}}},
        .run = monolithicMigration});
    rules.append(Rule{.info = {.id = QStringLiteral("migration-count"),
                               .family = QStringLiteral("migrations"),
                               .defaultSeverity = Severity::Info,
                               .needs = Needs::History,
                               .title = Tr::tr("Many migrations: time to squash"),
                               .rationale = Tr::tr(
                                   "Every fresh environment, CI run and test database replays the "
                                   "whole history; long histories are slow to apply and keep "
                                   "dead tables and columns alive in review."),
                               .fix = Tr::tr("Squash applied migrations into a baseline."),
                               .thresholds = {{QStringLiteral("maxMigrations"), 150}}},
                      .run = migrationCount});
    return rules;
}

} // namespace schemalens::review
