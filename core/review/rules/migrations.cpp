// Rules of the migrations family (DESIGN.md "Review rules"): what the migration history did
// to a live database on the way (the engine runs them only for migration folders). They read
// model::History, whose changes carry the migration file and ordinal in their origin.

#include "core/review/rules/migrations_common.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace schemalens::review {

namespace migrations {

namespace {

using model::Change;

const QList<Change> &changes(const ReviewContext &context)
{
    return context.schema().history.changes;
}

// ---------------------------------------------------------------------------------------
// Grouping history changes per statement

// Changes of one statement, about one table: one ALTER that adds seven NOT NULL columns is
// one finding listing them. Changes without a statement (SQLite replays) group by line.
struct ChangeGroup {
    const Change *first = nullptr;
    QList<const Change *> changes;
};

template <typename Pred>
QList<ChangeGroup> groupPerStatement(const ReviewContext &context, const TableFuture &future,
                                     Pred matches)
{
    QList<ChangeGroup> groups;
    QHash<QString, qsizetype> index;
    const QList<Change> &all = changes(context);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Change &c = all.at(i);
        if (!matches(c))
            continue;
        // A change to a table that a later migration drops is history, not a finding.
        if (!future.survives(int(i) + 1, c.schema, c.table))
            continue;
        const QString key =
            (c.statement >= 0 ? QString::number(c.statement)
                              : c.origin.file + QLatin1Char(':') + QString::number(c.origin.line)) +
            QChar(0x1f) + c.schema + QChar(0x1f) + c.table;
        const auto it = index.constFind(key);
        if (it == index.cend()) {
            index.insert(key, groups.size());
            groups.append(ChangeGroup{&c, {&c}});
        } else {
            groups[*it].changes.append(&c);
        }
    }
    return groups;
}

QStringList objectsOf(const ChangeGroup &group)
{
    QStringList objects;
    for (const Change *c : group.changes)
        if (!objects.contains(c->object))
            objects.append(c->object);
    return objects;
}

// A finding about the columns of one group: a column finding for one, a table finding
// listing them for several.
Finding columnGroupFinding(const ChangeGroup &group)
{
    const Change &c = *group.first;
    Finding f;
    const QStringList columns = objectsOf(group);
    f.object.kind = columns.size() == 1 ? ObjectRef::Kind::Column : ObjectRef::Kind::Table;
    f.object.schema = c.schema;
    f.object.table = c.table;
    if (columns.size() == 1)
        f.object.column = columns.first();
    else
        f.object.columns = columns;
    f.object.file = c.origin.file;
    f.location = c.origin;
    return f;
}

// ---------------------------------------------------------------------------------------
// not-null-no-default

// Whether the migration emptied the table (TRUNCATE, DELETE without WHERE) before the line
// of CHANGE, with nothing written into it since: then no row can make the change fail.
class EmptiedTables {
public:
    explicit EmptiedTables(const ReviewContext &context)
    {
        for (const model::Statement &s : context.schema().history.statements) {
            if (s.failed)
                continue;
            for (const model::Operation &op : s.operations) {
                const bool empties = op.kind == model::Operation::Kind::Truncate ||
                                     (op.kind == model::Operation::Kind::Data &&
                                      op.detail == QLatin1String("delete-all"));
                if (empties || op.kind == model::Operation::Kind::Data)
                    m_events[key(s.origin, op.schema, op.table)].append({s.origin.line, empties});
            }
        }
    }

    bool emptyAt(const Change &change) const
    {
        bool empty = false;
        for (const Event &e : m_events.value(key(change.origin, change.schema, change.table)))
            if (e.line < change.origin.line)
                empty = e.empties;
        return empty;
    }

private:
    struct Event {
        int line;
        bool empties; // false: rows written
    };
    static QString key(const model::Origin &origin, const QString &schema, const QString &table)
    {
        return origin.file + QChar(0x1f) + QString::number(origin.ordinal) + QChar(0x1f) +
               ReviewContext::key(schema, table);
    }
    QHash<QString, QList<Event>> m_events; // in applied order
};

void notNullNoDefault(const ReviewContext &context, Findings &out)
{
    const TableFuture &future = tableFuture(context);
    const EmptiedTables emptied(context);
    const auto groups = groupPerStatement(context, future, [&](const Change &c) {
        return c.kind == Change::Kind::AddColumn && c.notNull && !c.hasDefault &&
               c.onExistingTable && !emptied.emptyAt(c);
    });
    for (const ChangeGroup &group : groups) {
        const Change &c = *group.first;
        Finding f = columnGroupFinding(group);
        const QString t = context.qualifiedName(c.schema, c.table);
        QStringList added;
        QStringList fixes;
        for (const Change *change : group.changes) {
            added.append(change->object + QLatin1Char(' ') + change->newValue);
            fixes.append(Tr::tr("ALTER TABLE %1 ADD COLUMN %2 %3 NOT NULL DEFAULT /* value */;")
                             .arg(t, context.quote(change->object), change->newValue));
        }
        f.message = group.changes.size() == 1
                        ? Tr::tr("%1 adds %2.%3 NOT NULL without a default to an existing "
                                 "table: it fails as soon as %2 has a row")
                              .arg(migrationName(c.origin), c.table, added.first())
                        : Tr::tr("%1 adds %2 NOT NULL columns to existing table %3 without a "
                                 "default (%4): it fails as soon as %3 has a row")
                              .arg(migrationName(c.origin))
                              .arg(group.changes.size())
                              .arg(c.table, added.join(QStringLiteral(", ")));
        f.fix = fixes.join(QLatin1Char('\n')) +
                Tr::tr("\n-- or: add the columns nullable, backfill in batches, then\n"
                       "-- ALTER TABLE %1 ALTER COLUMN <column> SET NOT NULL;")
                    .arg(t);
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
    const TableFuture &future = tableFuture(context);
    const auto groups = groupPerStatement(context, future, [](const Change &c) {
        return c.kind == Change::Kind::AlterColumnType && c.onExistingTable &&
               !c.oldValue.isEmpty() && c.oldValue.compare(c.newValue, Qt::CaseInsensitive) != 0 &&
               !isMetadataOnlyWidening(c.oldValue, c.newValue) &&
               !isEnumSwap(c.oldValue, c.newValue);
    });
    for (const ChangeGroup &group : groups) {
        const Change &c = *group.first;
        Finding f = columnGroupFinding(group);
        QStringList changed;
        QStringList keys;
        for (const Change *change : group.changes) {
            changed.append(
                Tr::tr("%1 %2 → %3").arg(change->object, change->oldValue, change->newValue));
            keys.append(change->oldValue + QLatin1String("->") + change->newValue);
        }
        f.fingerprintKey = keys.join(QLatin1Char(';'));
        f.message = Tr::tr("%1 changes the type of %2.%3: stored values are converted (the table "
                           "is rewritten under an ACCESS EXCLUSIVE lock) and code, indexes or "
                           "data made for the old type may not fit")
                        .arg(migrationName(c.origin), c.table, changed.join(QStringLiteral(", ")));
        const QString t = context.qualifiedName(c.schema, c.table);
        const Change &first = *group.changes.first();
        f.fix = Tr::tr("-- Expand and contract instead of converting in place:\n"
                       "ALTER TABLE %1 ADD COLUMN %2_new %3;\n"
                       "-- deploy code that writes both columns, backfill %2_new in batches,\n"
                       "-- switch readers to %2_new, then:\n"
                       "ALTER TABLE %1 DROP COLUMN %2;\n"
                       "ALTER TABLE %1 RENAME COLUMN %2_new TO %2;\n"
                       "-- (for embeddings: recompute the stored vectors for the new model)")
                    .arg(t, first.object, first.newValue);
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

const model::Index *finalIndex(const ReviewContext &context, const QString &schema,
                               const QString &table, const QString &name,
                               const model::Table **found)
{
    *found = context.table(schema, table);
    if (!*found)
        return nullptr;
    for (const model::Index &index : (*found)->indexes) {
        if (index.name == name)
            return &index;
    }
    return nullptr;
}

bool isKeyDrop(const model::Operation &op)
{
    return (op.kind == model::Operation::Kind::DropIndex) ||
           (op.kind == model::Operation::Kind::DropConstraint &&
            (op.detail == QLatin1String("primary") || op.detail == QLatin1String("unique")));
}

bool isUniqueKey(const model::Operation &op)
{
    return op.detail.startsWith(QLatin1String("unique")) || op.detail == QLatin1String("primary") ||
           op.has(model::Operation::Unique);
}

// What a later statement builds in place of a dropped index or key: the same name, or (for a
// unique key) a unique index or constraint on an overlapping set of columns — renamed, made
// partial, or widened.
bool rebuilds(const model::Operation &drop, const model::Operation &op)
{
    using Kind = model::Operation::Kind;
    if (op.schema != drop.schema || op.table != drop.table)
        return false;
    const bool creates =
        op.kind == Kind::CreateIndex ||
        (op.kind == Kind::AddConstraint && !op.has(model::Operation::UsingIndex) &&
         (op.detail == QLatin1String("primary") || op.detail == QLatin1String("unique") ||
          op.detail == QLatin1String("exclusion")));
    if (!creates)
        return false;
    if (!op.object.isEmpty() && op.object == drop.object)
        return true;
    if (!isUniqueKey(drop) || !isUniqueKey(op) || drop.oldValue.isEmpty())
        return false;
    const QStringList dropped = drop.oldValue.split(QLatin1Char(','));
    const QStringList built = op.oldValue.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return std::any_of(built.cbegin(), built.cend(),
                       [&](const QString &c) { return dropped.contains(c); });
}

// The statement (its index) of the same migration that rebuilds what statement I's DROP
// removed, or -1. Only within one migration: across deployments it is a redesign. A swap
// inside one statement (DROP CONSTRAINT …, ADD CONSTRAINT … USING INDEX) has no window.
qsizetype rebuildOf(const QList<model::Statement> &statements, qsizetype i,
                    const model::Operation &drop, const model::Operation **rebuilt)
{
    const model::Statement &s = statements.at(i);
    for (qsizetype j = i + 1; j < statements.size(); ++j) {
        const model::Statement &later = statements.at(j);
        if (later.origin.file != s.origin.file || later.origin.ordinal != s.origin.ordinal)
            break;
        if (later.failed)
            continue;
        for (const model::Operation &op : later.operations)
            if (rebuilds(drop, op)) {
                *rebuilt = &op;
                return j;
            }
    }
    return -1;
}

bool isRecreatedDrop(const ReviewContext &context, const TableFuture &future,
                     const model::Statement &s, const model::Operation &drop)
{
    return isKeyDrop(drop) && !s.failed && isLiveExistingTable(context, future, s, drop);
}

} // namespace

QSet<const model::Operation *> recreatedIndexOperations(const ReviewContext &context,
                                                        const TableFuture &future)
{
    QSet<const model::Operation *> covered;
    const QList<model::Statement> &statements = context.schema().history.statements;
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const model::Statement &s = statements.at(i);
        for (const model::Operation &drop : s.operations) {
            const model::Operation *rebuilt = nullptr;
            if (isRecreatedDrop(context, future, s, drop) &&
                rebuildOf(statements, i, drop, &rebuilt) >= 0) {
                covered.insert(&drop);
                covered.insert(rebuilt);
            }
        }
    }
    return covered;
}

namespace {

void indexRecreated(const ReviewContext &context, Findings &out)
{
    const QList<model::Statement> &statements = context.schema().history.statements;
    const TableFuture &future = tableFuture(context);
    for (qsizetype i = 0; i < statements.size(); ++i) {
        const model::Statement &s = statements.at(i);
        for (const model::Operation &drop : s.operations) {
            if (!isRecreatedDrop(context, future, s, drop))
                continue;
            const model::Operation *rebuilt = nullptr;
            const qsizetype rebuiltAt = rebuildOf(statements, i, drop, &rebuilt);
            const model::Statement *rebuiltBy =
                rebuiltAt >= 0 ? &statements.at(rebuiltAt) : nullptr;
            if (!rebuilt)
                continue;
            const bool unique = isUniqueKey(drop);
            const bool index = drop.kind == model::Operation::Kind::DropIndex;
            Finding f = statementFinding(s, drop);
            f.object.kind = index ? ObjectRef::Kind::Index : ObjectRef::Kind::Constraint;
            (index ? f.object.index : f.object.constraint) = drop.object;
            const QString name = rebuilt->object == drop.object || rebuilt->object.isEmpty()
                                     ? drop.object
                                     : Tr::tr("%1 (as %2)").arg(drop.object, rebuilt->object);
            // In one transaction nobody sees the table without its index, but the DROP's
            // ACCESS EXCLUSIVE lock is held until the new index is built.
            const bool together = sameTransaction(context, i, rebuiltAt);
            f.message =
                together
                    ? Tr::tr("%1 drops and re-creates %2 on %3 in one transaction (lines %4 and "
                             "%5): the table is locked for reads and writes until the new index "
                             "is built")
                          .arg(migrationName(s.origin), name, drop.table)
                          .arg(s.origin.line)
                          .arg(rebuiltBy->origin.line)
                    : (unique
                           ? Tr::tr("%1 drops and re-creates %2 on %3 (lines %4 and %5): until the "
                                    "new one is built, nothing keeps %3 unique and the build "
                                    "locks writes")
                           : Tr::tr("%1 drops and re-creates %2 on %3 (lines %4 and %5): queries "
                                    "lose the index and writes are locked while it is rebuilt"))
                          .arg(migrationName(s.origin), name, drop.table)
                          .arg(s.origin.line)
                          .arg(rebuiltBy->origin.line);
            const model::Table *table = nullptr;
            const model::Index *built =
                finalIndex(context, drop.schema, drop.table, rebuilt->object, &table);
            if (built && table) {
                const QString tmp = rebuilt->object + QLatin1String("_new");
                f.fix = Tr::tr("Build the replacement first, then swap:\n%1\nDROP INDEX "
                               "CONCURRENTLY %2;\nALTER INDEX %3 RENAME TO %4;")
                            .arg(indexDefinition(context, *table, *built, true, tmp),
                                 context.qualifiedName(drop.schema, drop.object),
                                 context.qualifiedName(drop.schema, tmp),
                                 context.quote(rebuilt->object));
            } else {
                f.fix = Tr::tr("Build the new unique index CONCURRENTLY under another name, "
                               "then swap in one statement: ALTER TABLE %1 DROP CONSTRAINT %2, "
                               "ADD CONSTRAINT %2 %3 USING INDEX <new index>;")
                            .arg(context.qualifiedName(drop.schema, drop.table),
                                 context.quote(drop.object),
                                 rebuilt->detail == QLatin1String("primary")
                                     ? QStringLiteral("PRIMARY KEY")
                                     : QStringLiteral("UNIQUE"));
            }
            out.append(std::move(f));
        }
    }
}

// ---------------------------------------------------------------------------------------
// index-not-concurrent

void indexNotConcurrent(const ReviewContext &context, Findings &out)
{
    const QList<model::Statement> &statements = context.schema().history.statements;
    const TableFuture &future = tableFuture(context);
    // One finding per migration, listing its indexes (Lemmy's history had 391 findings).
    struct Group {
        const model::Statement *first = nullptr;
        QList<const model::Operation *> ops;
    };
    QList<Group> groups;
    QHash<QString, qsizetype> byFile;
    const QSet<const model::Operation *> recreated = recreatedIndexOperations(context, future);
    for (const model::Statement &s : statements) {
        if (s.failed)
            continue;
        for (const model::Operation &op : s.operations) {
            if (op.kind != model::Operation::Kind::CreateIndex ||
                op.has(model::Operation::Concurrently) || recreated.contains(&op) ||
                !isLiveExistingTable(context, future, s, op))
                continue;
            const model::Table *table = context.schema().table(op.schema, op.table);
            // A materialized view (only REFRESH writes it); CONCURRENTLY is not possible on a
            // partitioned table (PostgreSQL builds it per partition and ATTACHes); partitions
            // follow their parent.
            if (!table || table->kind == model::Table::Kind::PartitionedTable ||
                table->isPartition())
                continue;
            const QString key = s.origin.file;
            if (!byFile.contains(key)) {
                byFile.insert(key, groups.size());
                groups.append(Group{&s, {}});
            }
            groups[byFile.value(key)].ops.append(&op);
        }
    }
    for (const Group &g : groups) {
        const model::Operation &first = *g.ops.first();
        Finding f = statementFinding(*g.first, first);
        QStringList indexes;
        QStringList tables;
        QStringList fixes;
        for (const model::Operation *op : g.ops) {
            const QString name = op->object.isEmpty() ? Tr::tr("(unnamed)") : op->object;
            indexes.append(Tr::tr("%1 on %2").arg(name, op->table));
            const QString key = ReviewContext::key(op->schema, op->table);
            if (!tables.contains(key))
                tables.append(key);
            const model::Table *final = nullptr;
            const model::Index *index =
                finalIndex(context, op->schema, op->table, op->object, &final);
            fixes.append(index && final ? indexDefinition(context, *final, *index, true, op->object)
                                        : QStringLiteral("CREATE INDEX CONCURRENTLY %1 ON %2 (…);")
                                              .arg(context.quote(op->object),
                                                   context.qualifiedName(op->schema, op->table)));
        }
        if (g.ops.size() == 1) {
            f.object.kind = ObjectRef::Kind::Index;
            f.object.index = first.object;
            f.message = Tr::tr("%1 creates index %2 on existing table %3 without CONCURRENTLY: "
                               "writes to %3 wait until the index is built")
                            .arg(migrationName(g.first->origin), first.object, first.table);
        } else {
            f.object.kind = ObjectRef::Kind::Migration;
            f.object.schema.clear();
            f.object.table.clear();
            f.object.tables = tables;
            f.message = Tr::tr("%1 creates %2 indexes on existing tables without CONCURRENTLY "
                               "(%3): writes to each table wait until its index is built")
                            .arg(migrationName(g.first->origin))
                            .arg(g.ops.size())
                            .arg(indexes.join(QStringLiteral(", ")));
        }
        f.fix = fixes.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                noTransactionAdvice(context, g.first->origin.file);
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
    // baseline): creating everything at once is its job, reported once and softly when the
    // history goes on after it (the core schema then only ever reviewed as one file).
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
        const bool initial = first;
        first = false;
        if (created.size() <= maxTables)
            continue;
        if (initial && std::next(it) == units.cend())
            continue; // a single baseline file: nothing else to compare it with
        Finding f;
        f.object.kind = ObjectRef::Kind::Migration;
        f.object.file = u.first.file;
        f.object.tables = created;
        if (initial) {
            f.message = Tr::tr("%1 creates the whole core schema (%2 tables) in one migration: "
                               "it was only ever reviewed as one file and cannot be rolled back "
                               "by feature")
                            .arg(migrationName(u.first))
                            .arg(created.size());
            f.fix = Tr::tr("Nothing to change in an applied baseline; keep later migrations to "
                           "one feature each, and review the core tables as a whole once (this "
                           "review does).");
            f.confidence = Confidence::Medium;
        } else {
            f.message = Tr::tr("%1 creates %2 tables in one migration (more than %3): hard to "
                               "review and to roll back")
                            .arg(migrationName(u.first))
                            .arg(created.size())
                            .arg(maxTables);
            f.fix = Tr::tr("Split it into migrations of one feature each (tables that reference "
                           "each other together).");
        }
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

Rules historyRules()
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
                                     "tables builds the initial schema (or a squashed baseline): "
                                     "it is reported once, softly, when later migrations follow."),
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
                               .thresholds = {{QStringLiteral("maxMigrations"), 100}}},
                      .run = migrationCount});
    return rules;
}

} // namespace migrations

Rules migrationRules()
{
    Rules rules = migrations::historyRules();
    rules += migrations::lockRules();
    rules += migrations::transactionRules();
    rules += migrations::compatRules();
    rules += migrations::statementRules();
    return rules;
}

} // namespace schemalens::review
