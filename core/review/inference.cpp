// Soft-reference inference: columns that are clearly references without an FK constraint.
//
// A column is a soft reference when its name says so (user_id, userId, parent_id,
// billing_address_id, current_revision_id), a table of that name exists with a
// single-column key, the key's type family matches the column's (integer, uuid, text,
// blob…), and no declared FK or polymorphic *_type column accounts for it. Each inference
// carries its reason, so a reviewer can tell a plain "name" match from a looser "prefix" one.
//
// Some missing constraints are decisions, and the schema says so: a migration dropped the
// column's foreign key (the History records it), migrations dropped the foreign keys to the
// target on purpose, or the schema does not use foreign keys at all. Such references are
// still inferred (the diagram draws them) but marked `deliberate`, and no rule reports them
// one by one.

#include "core/review/context.h"
#include "core/review/rules/referential_p.h"

#include <QRegularExpression>
#include <QSet>

#include <vector>

namespace schemalens::review {

namespace {

using namespace referential;

// What the migration History says about foreign keys dropped on purpose: dropped and never
// restored while the column stayed.
struct DroppedKeys {
    QSet<QString> columns;       // "schema.table.column", lower case
    QHash<QString, int> targets; // "schema.table" (lower case) -> foreign keys dropped
};

QString lowerKey(const QString &schema, const QString &table, const QString &column = {})
{
    QString key = schema.toLower() + QLatin1Char('.') + table.toLower();
    if (!column.isEmpty())
        key += QLatin1Char('.') + column.toLower();
    return key;
}

const model::Column *columnNoCase(const model::Table &table, const QString &name)
{
    if (const model::Column *exact = table.column(name))
        return exact;
    for (const model::Column &column : table.columns) {
        if (column.name.compare(name, Qt::CaseInsensitive) == 0)
            return &column;
    }
    return nullptr;
}

DroppedKeys droppedKeys(const ReviewContext &context)
{
    DroppedKeys dropped;
    const QList<model::Change> &changes = context.schema().history.changes;
    // Tables dropped, by "schema.table" (lower case), with the files that dropped them.
    QHash<QString, QStringList> droppedTables;
    for (const model::Change &change : changes) {
        if (change.kind == model::Change::Kind::DropTable)
            droppedTables[lowerKey(change.schema, change.table)].append(change.origin.file);
    }
    for (const model::Change &change : changes) {
        if (change.kind != model::Change::Kind::DropConstraint || change.columns.isEmpty())
            continue;
        const model::Table *table = context.table(change.schema, change.table);
        if (!table) {
            for (const model::Table *t : context.tables()) {
                if (t->schema == change.schema &&
                    t->name.compare(change.table, Qt::CaseInsensitive) == 0)
                    table = t;
            }
        }
        if (!table) {
            // The table is gone. Dropped by a later migration, its key was still dropped on
            // purpose and tells how the team treats the target; dropped by the same one, the
            // key only went first to clear the way.
            const QStringList files = droppedTables.value(lowerKey(change.schema, change.table));
            if (!files.isEmpty() && !files.contains(change.origin.file))
                ++dropped.targets[lowerKey(change.refSchema, change.refTable)];
            continue;
        }
        bool kept = false;
        for (const QString &name : change.columns) {
            const model::Column *column = columnNoCase(*table, name);
            // Restored (the same column has a foreign key again): a change of policy, not a
            // decision against the constraint.
            if (!column || isForeignKeyColumn(*table, column->name))
                continue;
            dropped.columns.insert(lowerKey(table->schema, table->name, column->name));
            kept = true;
        }
        if (kept)
            ++dropped.targets[lowerKey(change.refSchema, change.refTable)];
    }
    return dropped;
}

class Inference {
public:
    explicit Inference(const ReviewContext &context)
        : m_context(context)
        , m_allNames(tableNames(context))
        , m_dropped(droppedKeys(context))
    {
        for (const model::Table &table : context.schema().tables) {
            if (table.isPartition() || context.isBookkeeping(table) ||
                (!table.external && !context.isReviewed(table)))
                continue;
            if (singleKeyColumn(table).isEmpty())
                continue;
            m_byName[snakeName(table.name)].append(&table);
        }
        // <prefix>_<rest> by rest, for lookupPrefixed(): the prefix is one word, so the rest
        // starts after the name's first underscore.
        for (auto it = m_byName.cbegin(); it != m_byName.cend(); ++it) {
            const qsizetype underscore = it.key().indexOf(QLatin1Char('_'));
            if (underscore >= 0)
                m_byTail[it.key().mid(underscore + 1)].append(it.value());
        }
    }

    QList<SoftReference> run() const
    {
        // Tables are independent here: their references are found on a few threads (this
        // runs before the rules, alone) and joined in table order.
        const QList<const model::Table *> &tables = m_context.tables();
        std::vector<QList<SoftReference>> perTable(size_t(tables.size()));
        parallelSlices(tables.size(), [&](qsizetype begin, qsizetype end) {
            for (qsizetype i = begin; i < end; ++i)
                perTable[size_t(i)] = referencesFrom(*tables.at(i));
        });
        QList<SoftReference> out;
        int declared = 0;
        for (qsizetype i = 0; i < tables.size(); ++i) {
            declared += int(tables.at(i)->foreignKeys.size());
            out.append(std::move(perTable[size_t(i)]));
        }
        // A schema whose references are overwhelmingly unconstrained does not use foreign
        // keys, by design (event stores, partitioned or sharded tables, apps that keep
        // integrity in code): one schema-level finding says so, not one per column.
        int pending = 0;
        for (const SoftReference &ref : std::as_const(out))
            pending += ref.deliberate.isEmpty() ? 1 : 0;
        if (pending > 0 && declared * 4 < pending) {
            for (SoftReference &ref : out) {
                if (ref.deliberate.isEmpty())
                    ref.deliberate = QStringLiteral("no-fks");
            }
            return out;
        }
        markTargetsWithoutForeignKeys(out, declaredTo());
        markFamiliesWithoutForeignKeys(out);
        return out;
    }

private:
    // The soft references of TABLE's columns.
    QList<SoftReference> referencesFrom(const model::Table &table) const
    {
        QList<SoftReference> out;
        QSet<QString> polymorphic;
        for (const PolymorphicPair &pair : polymorphicPairs(m_context, table, m_allNames)) {
            // A list of kinds of one thing (plans, environments) is no discriminator: its id
            // may still name a table.
            if (pair.explanation != QLatin1String("kinds"))
                polymorphic.insert(pair.idColumn);
        }
        // A table about another system (gitlab, slack_integrations) holds that system's
        // identifiers (gitlab.application_id, slack_integrations.bot_user_id): only its
        // declared keys say which columns point into this schema.
        if (isForeignSystemWord(snakeName(table.name).section(QLatin1Char('_'), 0, 0)))
            return out;
        for (const model::Column &column : table.columns) {
            if (isForeignKeyColumn(table, column.name) || polymorphic.contains(column.name))
                continue;
            if (auto ref = infer(table, column)) {
                ref->deliberate = deliberate(*ref);
                out.append(*ref);
            }
        }
        return out;
    }

    // The family of a table: the first word of a prefixed name (v1_task -> "v1",
    // analytics_events -> "analytics"), empty for a name of one word.
    static QString familyOf(const model::Table &table)
    {
        const QString snake = snakeName(table.name);
        const qsizetype cut = snake.indexOf(QLatin1Char('_'));
        return cut > 0 ? snake.left(cut) : QString();
    }

    // Declared foreign keys into each table.
    QHash<const model::Table *, int> declaredTo() const
    {
        QHash<const model::Table *, int> counts;
        for (const model::Table *table : m_context.tables()) {
            for (const model::ForeignKey &fk : table->foreignKeys) {
                if (const model::Table *target = m_context.referencedTable(fk))
                    ++counts[target];
            }
        }
        return counts;
    }

    // A target most references reach without a constraint (Synapse's rooms: room_id in fifty
    // tables, four with a foreign key): leaving it unconstrained is the schema's convention,
    // and one finding about the target says so.
    static void markTargetsWithoutForeignKeys(QList<SoftReference> &refs,
                                              const QHash<const model::Table *, int> &declared)
    {
        QHash<const model::Table *, int> pending;
        for (const SoftReference &ref : std::as_const(refs)) {
            if (ref.deliberate.isEmpty() && ref.target != ref.table)
                ++pending[ref.target];
        }
        for (SoftReference &ref : refs) {
            const int unconstrained = pending.value(ref.target);
            if (ref.deliberate.isEmpty() && ref.target != ref.table && unconstrained >= 5 &&
                declared.value(ref.target) * 4 < unconstrained)
                ref.deliberate = QStringLiteral("no-fks@") +
                                 ReviewContext::key(ref.target->schema, ref.target->name);
        }
    }

    // A module of the schema that does not use foreign keys: five or more tables sharing a
    // prefix (v1_*, analytics_*) that declare not one, while others do. Its references are
    // unconstrained by design, like a whole schema's (one finding names the module).
    void markFamiliesWithoutForeignKeys(QList<SoftReference> &refs) const
    {
        QHash<QString, int> tables;
        QSet<QString> withKeys;
        for (const model::Table *table : m_context.tables()) {
            const QString family = familyOf(*table);
            if (family.isEmpty())
                continue;
            ++tables[family];
            if (!table->foreignKeys.isEmpty())
                withKeys.insert(family);
        }
        QHash<QString, int> pending;
        for (const SoftReference &ref : std::as_const(refs)) {
            if (ref.deliberate.isEmpty())
                ++pending[familyOf(*ref.table)];
        }
        for (SoftReference &ref : refs) {
            const QString family = familyOf(*ref.table);
            if (ref.deliberate.isEmpty() && !family.isEmpty() && tables.value(family) >= 5 &&
                !withKeys.contains(family) && pending.value(family) >= 3)
                ref.deliberate = QStringLiteral("no-fks:") + family;
        }
    }

private:
    QString deliberate(const SoftReference &ref) const
    {
        if (m_dropped.columns.contains(lowerKey(ref.table->schema, ref.table->name, ref.column)))
            return QStringLiteral("dropped");
        // Two or more foreign keys to the target dropped on purpose: references to it are left
        // unconstrained by decision (a hot table, a table that moved to another database).
        if (m_dropped.targets.value(lowerKey(ref.target->schema, ref.target->name)) >= 2)
            return QStringLiteral("target-dropped");
        return {};
    }

    // The tables called NAME (or its plural/singular), preferring the schema of FROM.
    const model::Table *lookup(const QString &name, const model::Table &from) const
    {
        QList<const model::Table *> found;
        for (const QString &candidate : {name, pluralOf(name), singularOf(name)}) {
            for (const model::Table *t : m_byName.value(candidate)) {
                if (!found.contains(t))
                    found.append(t);
            }
        }
        return pick(found, from);
    }

    // True when a table called NAME exists at all, keyed or not: the name then means that
    // table, and looser matches must not stand in for it.
    bool named(const QString &name) const
    {
        return m_allNames.contains(name) || m_allNames.contains(pluralOf(name)) ||
               m_allNames.contains(singularOf(name));
    }

    // Tables named <prefix>_<name> with a one-word prefix (blog_posts for post_id; Django's
    // auth_group for group_id): only when exactly one fits, preferring FROM's own prefix.
    const model::Table *lookupPrefixed(const QString &name, const model::Table &from) const
    {
        QList<const model::Table *> found = m_byTail.value(name);
        found.append(m_byTail.value(pluralOf(name)));
        const QString ownPrefix = snakeName(from.name).section(QLatin1Char('_'), 0, 0);
        QList<const model::Table *> samePrefix;
        for (const model::Table *t : std::as_const(found)) {
            if (snakeName(t->name).startsWith(ownPrefix + QLatin1Char('_')))
                samePrefix.append(t);
        }
        return pick(samePrefix.size() == 1 ? samePrefix : found, from);
    }

    // The table of FROM's family that NAME names: documents + revision -> document_revisions.
    const model::Table *lookupFamily(const QString &name, const model::Table &from) const
    {
        const QString owner = singularOf(snakeName(from.name));
        const model::Table *t = lookup(owner + QLatin1Char('_') + name, from);
        return t == &from ? nullptr : t;
    }

    // True when TABLE has a column that references NAME by its name (document_users.user_id
    // for "user"): TABLE then links its owner to NAME's table rather than being a kind of it.
    static bool linksTo(const model::Table &table, const QString &name)
    {
        const QString wanted = singularOf(name);
        for (const model::Column &column : table.columns) {
            const QString stem = referenceStem(column.name);
            if (!stem.isEmpty() && singularOf(stem) == wanted)
                return true;
        }
        return false;
    }

    // A reference named by its role (current_revision_id, latest_version_id): the owner's
    // own family table (document_revisions in documents) or the plain one (revisions). When
    // both exist, the family table wins unless it is a link table to the plain one
    // (document_users holds a user_id: owner_user_id means users).
    const model::Table *lookupRole(const QString &name, const model::Table &from,
                                   QString *reason) const
    {
        const model::Table *family = lookupFamily(name, from);
        const model::Table *plain = lookup(name, from);
        if (family && (!plain || !linksTo(*family, name))) {
            *reason = QStringLiteral("family");
            return family;
        }
        *reason = QStringLiteral("prefix");
        return plain;
    }

    static const model::Table *pick(const QList<const model::Table *> &found,
                                    const model::Table &from)
    {
        if (found.size() == 1)
            return found.constFirst();
        const model::Table *sameSchema = nullptr;
        for (const model::Table *t : found) {
            if (t->schema == from.schema) {
                if (sameSchema)
                    return nullptr; // ambiguous
                sameSchema = t;
            }
        }
        return sameSchema;
    }

    std::optional<SoftReference> make(const model::Table &table, const model::Column &column,
                                      const model::Table *target, const QString &reason) const
    {
        if (!target)
            return std::nullopt;
        const QString key = singleKeyColumn(*target);
        const model::Column *keyColumn = target->column(key);
        if (!keyColumn)
            return std::nullopt;
        if (target == &table && key == column.name)
            return std::nullopt; // the key itself
        // The key must look like what the column names: "id", the column's own name
        // (rooms.room_id for room_id) or the target's own *_id (film.film_id, Track.TrackId).
        // A composite-key table's unrelated single key (dehydrated_devices.user_id for
        // device_id) does not.
        const QString targetStem = singularOf(snakeName(target->name));
        if (key.compare(QLatin1String("id"), Qt::CaseInsensitive) != 0 &&
            key.compare(column.name, Qt::CaseInsensitive) != 0 &&
            referenceStem(key) != targetStem &&
            singularOf(referenceStem(key)) != singularOf(referenceStem(column.name)))
            return std::nullopt;
        const QString from = typeFamily(m_context, column);
        const QString to = typeFamily(m_context, *keyColumn);
        // An external stub's key copies the type of whatever referenced it first; an
        // untyped SQLite column takes anything.
        if (!from.isEmpty() && !to.isEmpty() && from != to)
            return std::nullopt;
        return SoftReference{.table = &table,
                             .column = column.name,
                             .target = target,
                             .targetColumn = key,
                             .reason = target == &table ? QStringLiteral("self") : reason,
                             .deliberate = {}};
    }

    std::optional<SoftReference> infer(const model::Table &table, const model::Column &column) const
    {
        const QString stem = referenceStem(column.name);
        if (stem.isEmpty())
            return std::nullopt;
        const QStringList words = stem.split(QLatin1Char('_'), Qt::SkipEmptyParts);
        if (words.isEmpty())
            return std::nullopt;
        // stripe_customer_id, github_repo_id: an identifier in another system. Alone
        // (provider_id, platform_id) the word may still name a local table.
        const bool foreign = isForeignSystemWord(words.constFirst());
        if (foreign && words.size() > 1)
            return std::nullopt;
        // parent_id, parent_comment_id: a tree inside the table itself, or its family.
        if (words.constFirst() == QLatin1String("parent")) {
            const QString rest = words.mid(1).join(QLatin1Char('_'));
            QString reason;
            // parent_revision_id in document_revisions: the table is itself of that kind.
            const QString own = snakeName(table.name);
            const bool ownKind =
                !rest.isEmpty() && (own == pluralOf(rest) || own == rest ||
                                    own.endsWith(QLatin1Char('_') + pluralOf(rest)) ||
                                    own.endsWith(QLatin1Char('_') + rest));
            const model::Table *target =
                rest.isEmpty() || ownKind ? &table : lookupRole(rest, table, &reason);
            return make(table, column, target ? target : &table,
                        target ? reason : QStringLiteral("self"));
        }
        // A column that is its table's own key, named after the table (users.user_id), is
        // the key, not a reference.
        // A column named after its own table (account.account_id, BackgroundJob.jobId) is
        // a natural or external key, not a tree: self-references need a role word in front
        // (parent_id, voided_invoice_id).
        const model::Table *exact = lookup(stem, table);
        if (exact == &table)
            return std::nullopt;
        if (exact) {
            const bool plural = snakeName(exact->name) != stem;
            return make(table, column, exact,
                        plural ? QStringLiteral("plural") : QStringLiteral("name"));
        }
        if (named(stem))
            return std::nullopt; // the table it names has no single-column key
        if (foreign)
            return std::nullopt; // provider_id: no local table of that name
        // revision_id in documents -> document_revisions.
        if (const model::Table *family = lookupFamily(stem, table))
            return make(table, column, family, QStringLiteral("family"));
        // billing_address_id -> addresses, current_revision_id in documents ->
        // document_revisions, default_payment_method_id -> payment_methods.
        for (int i = 1; i < words.size(); ++i) {
            const QString rest = words.mid(i).join(QLatin1Char('_'));
            QString reason;
            if (const model::Table *target = lookupRole(rest, table, &reason))
                return make(table, column, target, reason);
            if (named(rest))
                return std::nullopt;
        }
        if (const model::Table *target = lookupPrefixed(stem, table); target && target != &table)
            return make(table, column, target, QStringLiteral("prefix"));
        return std::nullopt;
    }

    const ReviewContext &m_context;
    QHash<QString, QList<const model::Table *>> m_byName; // snake_case name -> keyed tables
    QHash<QString, QList<const model::Table *>> m_byTail; // m_byName after its first '_'
    QSet<QString> m_allNames;                             // snake_case names of all tables
    DroppedKeys m_dropped;
};

} // namespace

QList<SoftReference> inferSoftReferences(const ReviewContext &context)
{
    return Inference(context).run();
}

} // namespace schemalens::review
