// Soft-reference inference: columns that are clearly references without an FK constraint.
//
// A column is a soft reference when its name says so (user_id, userId, parent_id,
// billing_address_id), a table of that name exists with a single-column key, the key's type
// family matches the column's (integer, uuid, text…), and no declared FK or polymorphic
// *_type column accounts for it. Each inference carries its reason, so a reviewer can tell a
// plain "name" match from a looser "prefix" one.

#include "core/review/context.h"
#include "core/review/rules/referential_p.h"

#include <QRegularExpression>
#include <QSet>

namespace schemalens::review {

namespace {

using namespace referential;

// Leading words that mark an identifier of another system (stripe_customer_id,
// external_user_id, github_repo_id): a local table of the rest of the name is a coincidence.
bool isForeignSystemWord(const QString &word)
{
    static const QSet<QString> words = {
        QStringLiteral("external"), QStringLiteral("ext"),      QStringLiteral("remote"),
        QStringLiteral("provider"), QStringLiteral("vendor"),   QStringLiteral("stripe"),
        QStringLiteral("paypal"),   QStringLiteral("github"),   QStringLiteral("gitlab"),
        QStringLiteral("google"),   QStringLiteral("apple"),    QStringLiteral("facebook"),
        QStringLiteral("slack"),    QStringLiteral("discord"),  QStringLiteral("twitter"),
        QStringLiteral("oauth"),    QStringLiteral("sso"),      QStringLiteral("saml"),
        QStringLiteral("upstream"), QStringLiteral("legacy"),   QStringLiteral("old"),
        QStringLiteral("imported"), QStringLiteral("import"),   QStringLiteral("sync"),
        QStringLiteral("native"),   QStringLiteral("platform"), QStringLiteral("third"),
        QStringLiteral("foreign"),  QStringLiteral("openai"),   QStringLiteral("aws"),
        QStringLiteral("azure"),    QStringLiteral("gcp"),      QStringLiteral("s3"),
        QStringLiteral("idp"),      QStringLiteral("ldap"),     QStringLiteral("jira"),
    };
    return words.contains(word);
}

class Inference {
public:
    explicit Inference(const ReviewContext &context)
        : m_context(context)
        , m_allNames(tableNames(context))
    {
        for (const model::Table &table : context.schema().tables) {
            if (table.isPartition() || context.isBookkeeping(table) ||
                (!table.external && !context.isReviewed(table)))
                continue;
            if (singleKeyColumn(table).isEmpty())
                continue;
            m_byName[snakeName(table.name)].append(&table);
        }
    }

    QList<SoftReference> run() const
    {
        QList<SoftReference> out;
        for (const model::Table *table : m_context.tables()) {
            QSet<QString> polymorphic;
            for (const PolymorphicPair &pair : polymorphicPairs(*table, m_allNames))
                polymorphic.insert(pair.idColumn);
            for (const model::Column &column : table->columns) {
                if (isForeignKeyColumn(*table, column.name) || polymorphic.contains(column.name))
                    continue;
                if (auto ref = infer(*table, column))
                    out.append(*ref);
            }
        }
        return out;
    }

private:
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
        QList<const model::Table *> found;
        const QStringList forms = {name, pluralOf(name)};
        for (auto it = m_byName.cbegin(); it != m_byName.cend(); ++it) {
            for (const QString &form : forms) {
                const QString &key = it.key();
                if (key.endsWith(QLatin1Char('_') + form) &&
                    !key.left(key.size() - form.size() - 1).contains(QLatin1Char('_')))
                    found.append(it.value());
            }
        }
        const QString ownPrefix = snakeName(from.name).section(QLatin1Char('_'), 0, 0);
        QList<const model::Table *> samePrefix;
        for (const model::Table *t : std::as_const(found)) {
            if (snakeName(t->name).startsWith(ownPrefix + QLatin1Char('_')))
                samePrefix.append(t);
        }
        return pick(samePrefix.size() == 1 ? samePrefix : found, from);
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
                             .reason = target == &table ? QStringLiteral("self") : reason};
    }

    std::optional<SoftReference> infer(const model::Table &table, const model::Column &column) const
    {
        const QString stem = referenceStem(column.name);
        if (stem.isEmpty())
            return std::nullopt;
        const QStringList words = stem.split(QLatin1Char('_'), Qt::SkipEmptyParts);
        if (words.isEmpty() || isForeignSystemWord(words.constFirst()))
            return std::nullopt;
        // parent_id, parent_comment_id: a tree inside the table itself.
        if (words.constFirst() == QLatin1String("parent")) {
            const QString rest = words.mid(1).join(QLatin1Char('_'));
            const model::Table *target = rest.isEmpty() ? &table : lookup(rest, table);
            return make(table, column, target ? target : &table, QStringLiteral("self"));
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
        // billing_address_id -> addresses, default_payment_method_id -> payment_methods.
        for (int i = 1; i < words.size(); ++i) {
            const QString rest = words.mid(i).join(QLatin1Char('_'));
            if (const model::Table *target = lookup(rest, table))
                return make(table, column, target, QStringLiteral("prefix"));
            if (named(rest))
                return std::nullopt;
        }
        if (const model::Table *target = lookupPrefixed(stem, table); target && target != &table)
            return make(table, column, target, QStringLiteral("prefix"));
        return std::nullopt;
    }

    const ReviewContext &m_context;
    QHash<QString, QList<const model::Table *>> m_byName; // snake_case name -> keyed tables
    QSet<QString> m_allNames;                             // snake_case names of all tables
};

} // namespace

QList<SoftReference> inferSoftReferences(const ReviewContext &context)
{
    return Inference(context).run();
}

} // namespace schemalens::review
