// Normalized index keys and the comparisons the indexes family is built on.

#include "core/review/rules/indexes_common.h"

#include <algorithm>

namespace schemalens::review::indexes {

namespace {

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

// Deparsed text from two sources (libpg_query for PostgreSQL, the statement as written for
// SQLite) differs in blanks only: collapse runs and drop them next to brackets and commas.
QString normalizeText(const QString &text)
{
    const QString simple = text.simplified();
    QString out;
    out.reserve(simple.size());
    for (qsizetype i = 0; i < simple.size(); ++i) {
        const QChar c = simple.at(i);
        if (c == QLatin1Char(' ')) {
            const QChar prev = out.isEmpty() ? QChar() : out.back();
            const QChar next = i + 1 < simple.size() ? simple.at(i + 1) : QChar();
            if (prev == QLatin1Char('(') || prev == QLatin1Char(',') || next == QLatin1Char(')') ||
                next == QLatin1Char(','))
                continue;
        }
        out.append(c);
    }
    return out;
}

QString withoutSchema(const QString &name)
{
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? name : name.mid(dot + 1);
}

QString normalizeCollation(const ReviewContext &context, QString collation)
{
    collation.remove(QLatin1Char('"'));
    collation = withoutSchema(collation);
    if (context.isSqlite()) {
        collation = collation.toLower();
        if (collation == QLatin1String("binary"))
            return {};
    }
    if (collation == QLatin1String("default"))
        return {};
    return collation;
}

KeyElement keyElement(const ReviewContext &context, const model::Table &table,
                      const QString &column, const QString &expression, const QString &opclass,
                      const QString &collation, bool descending, const QString &nulls)
{
    KeyElement e;
    e.column = column;
    if (column.isEmpty())
        e.expression = normalizeText(expression);
    e.opclass = withoutSchema(opclass).toLower();
    QString effective = collation;
    if (effective.isEmpty() && !column.isEmpty()) {
        if (const model::Column *c = table.column(column))
            effective = c->collation;
    }
    e.collation = normalizeCollation(context, effective);
    e.descending = descending;
    // PostgreSQL sorts NULLs last ascending; SQLite sorts them first (they compare lowest).
    const bool nullsFirstByDefault = context.isSqlite() ? !descending : descending;
    e.nullsFirst = nulls.isEmpty() ? nullsFirstByDefault : nulls == QLatin1String("first");
    return e;
}

IndexKey fromConstraint(const ReviewContext &context, const model::Table &table,
                        const model::KeyConstraint &key, IndexKey::Source source)
{
    IndexKey k;
    k.source = source;
    k.name = key.name;
    k.method = QStringLiteral("btree");
    for (const QString &column : key.columns)
        k.elements.append(keyElement(context, table, column, {}, {}, {}, false, {}));
    k.include = key.include;
    k.include.sort();
    k.unique = true;
    k.nullsNotDistinct = key.nullsNotDistinct;
    k.deferrable = key.deferrable;
    k.origin = key.origin;
    return k;
}

} // namespace

QString KeyElement::display() const
{
    QString text = column.isEmpty() ? QLatin1Char('(') + expression + QLatin1Char(')') : column;
    if (!collation.isEmpty())
        text += QLatin1String(" COLLATE ") + collation;
    if (!opclass.isEmpty())
        text += QLatin1Char(' ') + opclass;
    if (descending)
        text += QLatin1String(" DESC");
    return text;
}

QStringList IndexKey::keyColumns() const
{
    QStringList names;
    for (const KeyElement &e : elements) {
        if (!e.column.isEmpty())
            names.append(e.column);
    }
    return names;
}

QStringList IndexKey::display() const
{
    QStringList parts;
    for (const KeyElement &e : elements)
        parts.append(e.display());
    return parts;
}

namespace {

QList<IndexKey> computeIndexKeys(const ReviewContext &context, const model::Table &table)
{
    QList<IndexKey> keys;
    keys.reserve(1 + table.uniques.size() + table.exclusions.size() + table.indexes.size());
    if (table.primaryKey)
        keys.append(
            fromConstraint(context, table, *table.primaryKey, IndexKey::Source::PrimaryKey));
    for (const model::KeyConstraint &unique : table.uniques)
        keys.append(fromConstraint(context, table, unique, IndexKey::Source::Unique));
    for (const model::ExclusionConstraint &x : table.exclusions) {
        IndexKey k;
        k.source = IndexKey::Source::Exclusion;
        k.name = x.name;
        k.method = context.isSqlite() ? QStringLiteral("btree") : x.method.toLower();
        for (const model::ExclusionElement &e : x.elements)
            k.elements.append(
                keyElement(context, table, e.column, e.expression, e.opclass, {}, false, {}));
        k.include = x.include;
        k.include.sort();
        k.predicate = normalizeText(x.predicate);
        k.origin = x.origin;
        keys.append(k);
    }
    for (const model::Index &index : table.indexes) {
        IndexKey k;
        k.source = IndexKey::Source::Index;
        k.name = index.name;
        k.method = context.isSqlite() ? QStringLiteral("btree") : index.method.toLower();
        for (const model::IndexElement &e : index.elements)
            k.elements.append(keyElement(context, table, e.column, e.expression, e.opclass,
                                         e.collation, e.descending, e.nulls));
        k.include = index.include;
        k.include.sort();
        k.predicate = normalizeText(index.predicate);
        k.unique = index.unique;
        k.nullsNotDistinct = index.nullsNotDistinct;
        k.index = &index;
        k.origin = index.origin;
        keys.append(k);
    }
    return keys;
}

} // namespace

QList<IndexKey> indexKeys(const ReviewContext &context, const model::Table &table)
{
    // Nine rules of the family ask for the same keys of every table: built once per review
    // (by the first rule that asks; the others wait) and shared as implicitly shared lists.
    using KeysByTable = QHash<const model::Table *, QList<IndexKey>>;
    const KeysByTable &all = context.shared<KeysByTable>("indexes.keys", [&context] {
        KeysByTable keys;
        keys.reserve(context.tables().size());
        for (const model::Table *reviewed : context.tables())
            keys.insert(reviewed, computeIndexKeys(context, *reviewed));
        return keys;
    });
    if (const auto it = all.constFind(&table); it != all.cend())
        return *it;
    return computeIndexKeys(context, table); // a table the review does not cover
}

bool identical(const IndexKey &a, const IndexKey &b)
{
    return a.method == b.method && a.elements == b.elements && a.include == b.include &&
           a.predicate == b.predicate && a.unique == b.unique &&
           a.nullsNotDistinct == b.nullsNotDistinct && a.deferrable == b.deferrable;
}

// When COVERER makes INDEX (a plain index) unnecessary:
//  - same access method and the same predicate text. A partial index is never covered by a
//    full one, even with the same leading columns: it is smaller, cheaper to maintain and
//    often exists for a planner decision (WHERE deleted_at IS NULL) we cannot see from
//    the schema; comparing predicates for implication would be guesswork too. Likewise a
//    full index is never covered by a partial one (it serves the rows outside it).
//  - INDEX's elements (column or expression, operator class, collation, direction, nulls
//    order) are the leading elements of COVERER's. A shorter index is only covered by a
//    longer one for btree, whose leading columns serve lookups on their own; GIN/GiST/BRIN
//    /hash multi-column indexes do not work that way, so they must match in full.
//  - INDEX's INCLUDE columns are all in COVERER (as keys or INCLUDE), so index-only scans
//    still work.
//  - a unique INDEX also enforces something: only a unique key with exactly the same
//    elements (an identical unique index, the primary key, a unique constraint) covers it,
//    and not a DEFERRABLE one (checked at commit, and unusable for ON CONFLICT).
bool covers(const IndexKey &coverer, const IndexKey &index)
{
    if (index.isConstraint() || coverer.method != index.method ||
        coverer.predicate != index.predicate)
        return false;
    const qsizetype n = index.elements.size();
    if (n == 0 || n > coverer.elements.size() || (n < coverer.elements.size() && !index.isBtree()))
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        if (!(index.elements.at(i) == coverer.elements.at(i)))
            return false;
    }
    if (!index.include.isEmpty()) {
        const QStringList available = coverer.keyColumns() + coverer.include;
        for (const QString &column : index.include) {
            if (!available.contains(column))
                return false;
        }
    }
    if (index.unique) {
        if (!coverer.unique || coverer.deferrable || n != coverer.elements.size())
            return false;
        // Primary key columns are NOT NULL, so NULLS [NOT] DISTINCT makes no difference there.
        if (coverer.source != IndexKey::Source::PrimaryKey &&
            coverer.nullsNotDistinct != index.nullsNotDistinct)
            return false;
    }
    return true;
}

bool mentionsColumn(const QString &expression, const QString &column)
{
    if (column.isEmpty())
        return false;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = expression.indexOf(column, from, Qt::CaseInsensitive);
        if (at < 0)
            return false;
        const qsizetype end = at + column.size();
        const bool startOk = at == 0 || !isIdentifierChar(expression.at(at - 1));
        const bool endOk = end >= expression.size() || !isIdentifierChar(expression.at(end));
        if (startOk && endOk)
            return true;
        from = at + 1;
    }
}

QString dropIndexSql(const ReviewContext &context, const model::Table &table, const QString &index)
{
    const QString name = context.qualifiedName(table.schema, index);
    if (context.isSqlite())
        return QLatin1String("DROP INDEX ") + name + QLatin1Char(';');
    return QLatin1String("DROP INDEX CONCURRENTLY ") + name + QLatin1Char(';');
}

QString createIndexSql(const ReviewContext &context, const model::Table &table,
                       const QStringList &nameParts, const QString &body)
{
    QString name = table.name + QLatin1Char('_') + nameParts.join(QLatin1Char('_'));
    // PostgreSQL truncates names to 63 bytes; keep the suffix that says what it is.
    while (name.toUtf8().size() > 59)
        name.chop(1);
    name += QLatin1String("_idx");
    const QString head = context.isSqlite() ? QStringLiteral("CREATE INDEX ")
                                            : QStringLiteral("CREATE INDEX CONCURRENTLY ");
    return head + context.quote(name) + QLatin1String(" ON ") + context.qualified(table) +
           QLatin1Char(' ') + body + QLatin1Char(';');
}

ObjectRef indexObject(const model::Table &table, const IndexKey &key)
{
    ObjectRef o;
    o.kind = ObjectRef::Kind::Index;
    o.schema = table.schema;
    o.table = table.name;
    o.index = key.name;
    o.columns = key.display();
    return o;
}

} // namespace schemalens::review::indexes
