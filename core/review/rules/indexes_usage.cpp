// The indexes family's rules about what a table's workload likely needs:
// missing-composite-index, over-indexed-table, jsonb-no-gin and vector-index.

#include "core/review/columnfacts.h"
#include "core/review/rules/indexes_common.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace schemalens::review::indexes {

namespace {

// Translated in the "review" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(review)
};

// ---- missing-composite-index ---------------------------------------------------------------

// Columns that scope nearly every query of a multi-tenant or per-user table.
bool isScopeColumn(const ReviewContext &context, const QString &column)
{
    static const QSet<QString> owners = {
        QStringLiteral("user_id"),    QStringLiteral("owner_id"),
        QStringLiteral("account_id"), QStringLiteral("customer_id"),
        QStringLiteral("author_id"),  QStringLiteral("member_id"),
        QStringLiteral("creator_id"), QStringLiteral("created_by_id"),
        QStringLiteral("profile_id"),
    };
    return context.isTenantColumn(column) || owners.contains(column.toLower());
}

bool isStatusColumn(const QString &column)
{
    const QString name = column.toLower();
    return name == QLatin1String("status") || name == QLatin1String("state") ||
           name.endsWith(QLatin1String("_status")) || name.endsWith(QLatin1String("_state"));
}

// The timestamps lists are filtered or sorted by within a tenant or user ("my latest
// orders"). Deliberately a short list: on the corpus, other *_at columns with their own index
// (expires_at, last_read_at, started_at) serve cleanup jobs and global queues that never
// filter by tenant, so pairing them was noise.
bool isTimeColumn(const ReviewContext &context, const model::Column &column)
{
    static const QSet<QString> names = {
        QStringLiteral("created_at"),  QStringLiteral("updated_at"),
        QStringLiteral("inserted_at"), QStringLiteral("published_at"),
        QStringLiteral("occurred_at"), QStringLiteral("posted_at"),
        QStringLiteral("sent_at"),
    };
    if (!names.contains(column.name.toLower()))
        return false;
    if (context.isSqlite())
        return true; // declared types say little there
    const QString type = column.type.toLower();
    return type.startsWith(QLatin1String("timestamp")) || type == QLatin1String("date") ||
           type == QLatin1String("bigint") || type == QLatin1String("integer");
}

// Soft-delete markers: live rows are "WHERE tenant = ? AND deleted_at IS NULL", which a
// partial index on the tenant column serves best.
bool isSoftDeleteColumn(const QString &column)
{
    static const QSet<QString> names = {QStringLiteral("deleted_at"), QStringLiteral("archived_at"),
                                        QStringLiteral("discarded_at")};
    return names.contains(column.toLower());
}

// ---- type helpers ---------------------------------------------------------------------------

struct VectorType {
    QString base; // "vector", "halfvec", "sparsevec"; empty when not a pgvector type
    int dimensions = 0;
};

// LOWER: the declared type, trimmed and lower case (ColumnFacts::lowerType).
VectorType vectorType(const QString &lower)
{
    if (!lower.contains(QLatin1String("vec")))
        return {}; // vector, halfvec, sparsevec: most types are none of them
    QString type = lower;
    if (type.endsWith(QLatin1Char(']')))
        return {}; // an array of vectors is not what an ANN index takes
    const qsizetype paren = type.indexOf(QLatin1Char('('));
    QString base = paren < 0 ? type : type.left(paren);
    base = base.mid(base.lastIndexOf(QLatin1Char('.')) + 1).remove(QLatin1Char('"'));
    if (base != QLatin1String("vector") && base != QLatin1String("halfvec") &&
        base != QLatin1String("sparsevec"))
        return {};
    VectorType v;
    v.base = base;
    if (paren >= 0)
        v.dimensions = type.mid(paren + 1, type.indexOf(QLatin1Char(')')) - paren - 1).toInt();
    return v;
}

bool elementUses(const KeyElement &element, const QString &column)
{
    return element.column.isEmpty() ? mentionsColumn(element.expression, column)
                                    : element.column == column;
}

bool keyUses(const IndexKey &key, const QString &column)
{
    for (const KeyElement &e : key.elements) {
        if (elementUses(e, column))
            return true;
    }
    return false;
}

bool isExpressionOn(const IndexKey &key, const QString &column)
{
    for (const KeyElement &e : key.elements) {
        if (e.column.isEmpty() && mentionsColumn(e.expression, column))
            return true;
    }
    return false;
}

} // namespace

void runMissingCompositeIndex(const ReviewContext &context, Findings &out)
{
    for (const model::Table *table : context.tables()) {
        if (table->indexes.size() < 2)
            continue;
        const QList<IndexKey> keys = indexKeys(context, *table);
        // Columns with a full single-column btree index of their own.
        QHash<QString, const IndexKey *> single;
        for (const IndexKey &key : keys) {
            if (!key.isConstraint() && key.isBtree() && key.predicate.isEmpty() &&
                key.elements.size() == 1 && !key.elements.first().column.isEmpty())
                single.insert(key.elements.first().column, &key);
        }
        if (single.size() < 2)
            continue;
        QStringList scopes;
        QStringList statuses;
        QStringList times;
        QStringList softDeletes;
        for (const model::Column &column : table->columns) {
            if (!single.contains(column.name))
                continue;
            if (isScopeColumn(context, column.name))
                scopes.append(column.name);
            else if (isStatusColumn(column.name))
                statuses.append(column.name);
            else if (isSoftDeleteColumn(column.name))
                softDeletes.append(column.name);
            else if (isTimeColumn(context, column))
                times.append(column.name);
        }
        // Tenant columns before user columns: they scope more queries.
        std::stable_sort(scopes.begin(), scopes.end(), [&](const QString &a, const QString &b) {
            return context.isTenantColumn(a) && !context.isTenantColumn(b);
        });
        // Any index holding both columns (in any order, any method), or a partial index on
        // one whose predicate fixes the other, already serves the combined filter.
        auto servedTogether = [&](const QString &scope, const QString &filter) {
            for (const IndexKey &key : keys) {
                const QStringList columns = key.keyColumns() + key.include;
                const bool hasScope = columns.contains(scope);
                const bool hasFilter = columns.contains(filter);
                if ((hasScope && hasFilter) ||
                    (hasScope && mentionsColumn(key.predicate, filter)) ||
                    (hasFilter && mentionsColumn(key.predicate, scope)))
                    return true;
            }
            return false;
        };
        // Equality filters first, then the soft-delete marker, then ranges.
        const QStringList filters = statuses + softDeletes + times;
        bool reported = false;
        for (const QString &scope : std::as_const(scopes)) {
            for (const QString &filter : filters) {
                if (servedTogether(scope, filter))
                    continue;
                const IndexKey *scopeIndex = single.value(scope);
                const IndexKey *filterIndex = single.value(filter);
                Finding f;
                f.object.kind = ObjectRef::Kind::Table;
                f.object.schema = table->schema;
                f.object.table = table->name;
                f.object.columns = {scope, filter};
                const QString quotedScope = context.quote(scope);
                const QString quotedFilter = context.quote(filter);
                if (softDeletes.contains(filter)) {
                    f.message =
                        Tr::tr("%1 has separate indexes on %2 (%3) and %4 (%5) but none on "
                               "both; queries for live rows of one %2 would use a partial "
                               "index")
                            .arg(table->name, scope, scopeIndex->name, filter, filterIndex->name);
                    f.fix =
                        createIndexSql(context, *table, {scope, QStringLiteral("live")},
                                       QLatin1Char('(') + quotedScope + QLatin1String(") WHERE ") +
                                           quotedFilter + QLatin1String(" IS NULL"));
                } else {
                    f.message =
                        Tr::tr("%1 has separate indexes on %2 (%3) and %4 (%5) but none on "
                               "both; queries filtering by %2 and %4 would use a composite "
                               "index")
                            .arg(table->name, scope, scopeIndex->name, filter, filterIndex->name);
                    f.fix = createIndexSql(context, *table, {scope, filter},
                                           QLatin1Char('(') + quotedScope + QLatin1String(", ") +
                                               quotedFilter + QLatin1Char(')')) +
                            Tr::tr("\n-- then %1 (%2) is a prefix of it: ")
                                .arg(scopeIndex->name, scope) +
                            dropIndexSql(context, *table, scopeIndex->name);
                }
                f.location = filterIndex->origin;
                out.append(std::move(f));
                reported = true;
                break; // one composite per scope column: the best filter
            }
            if (reported)
                break; // one finding per table: the first composite is the one to consider
        }
    }
}

void runOverIndexedTable(const ReviewContext &context, Findings &out)
{
    const double maxIndexes =
        context.threshold(QStringLiteral("over-indexed-table"), QStringLiteral("maxIndexes"));
    for (const model::Table *table : context.tables()) {
        // Indexes backing constraints and unique indexes enforce something; only the
        // plain non-unique ones are a matter of judgement.
        QStringList plain;
        for (const model::Index &index : table->indexes) {
            if (index.constraint.isEmpty() && !index.unique)
                plain.append(index.name);
        }
        if (plain.size() <= maxIndexes)
            continue;
        Finding f;
        f.object.kind = ObjectRef::Kind::Table;
        f.object.schema = table->schema;
        f.object.table = table->name;
        f.message =
            Tr::tr("%1 has %2 non-unique indexes (threshold %3) on %4 columns; every insert "
                   "maintains all of them")
                .arg(table->name)
                .arg(plain.size())
                .arg(maxIndexes)
                .arg(table->columns.size());
        f.fix =
            context.isSqlite()
                ? Tr::tr("-- check which indexes the application's queries use (EXPLAIN QUERY "
                         "PLAN) and drop the others")
                : Tr::tr("-- indexes never scanned since the last stats reset:\n"
                         "SELECT indexrelname, idx_scan FROM pg_stat_user_indexes WHERE relid = "
                         "'%1'::regclass ORDER BY idx_scan;")
                      .arg(context.qualified(*table));
        f.location = table->origin;
        out.append(std::move(f));
    }
}

// Which JSONB columns to hold to this: most JSONB columns are payloads read whole by primary
// key (event bodies, request headers, job params, settings, pricing "properties", audit
// snapshots), and a GIN index on those is pure write cost. Checked against the corpus (33
// entries): flagging every metadata/properties-like name gave ~60 findings, most of them
// Lago's pricing properties, Hatchet's run metadata and serialized job state, which the
// applications never search. So a column is only held to this when there is evidence it is
// searched:
//  - its name is one whose values exist to be filtered on (tags, labels, attributes, facets),
//  - or the schema indexes a same-named JSONB column of another table with GIN or an
//    expression index: the application searches that kind of column, and this one was
//    likely missed.
bool isFilterJsonName(const QString &column)
{
    static const QSet<QString> names = {QStringLiteral("tags"), QStringLiteral("labels"),
                                        QStringLiteral("attributes"), QStringLiteral("attrs"),
                                        QStringLiteral("facets")};
    return names.contains(column.toLower());
}

bool isJsonb(const model::Column &column)
{
    return column.type == QLatin1String("jsonb") && column.generated.isEmpty();
}

// A GIN index on the column or an expression of it; or any expression index on it (a btree
// on (metadata->>'key') is the right index for key lookups).
bool servesJsonQueries(const IndexKey &key, const QString &column)
{
    return (key.method == QLatin1String("gin") && keyUses(key, column)) ||
           isExpressionOn(key, column);
}

// No JSONB column of the schema is indexed for searching at all: one finding for the schema,
// listing the JSONB columns (outside library tables), instead of one per column or silence.
// Whether the application searches inside them is not in the schema, so the finding asks.
bool jsonbUnindexedSchema(const ReviewContext &context, Findings &out)
{
    QStringList columns;
    QStringList tables;
    QSet<QString> schemas;
    model::Origin first;
    for (const model::Table *table : context.tables()) {
        const bool library = !context.owningLibrary(*table).isEmpty();
        bool hasJsonb = false;
        for (const model::Column &column : table->columns)
            hasJsonb = hasJsonb || isJsonb(column);
        if (!hasJsonb)
            continue;
        const QList<IndexKey> keys = indexKeys(context, *table);
        for (const model::Column &column : table->columns) {
            if (!isJsonb(column))
                continue;
            if (std::any_of(keys.cbegin(), keys.cend(), [&](const IndexKey &key) {
                    return servesJsonQueries(key, column.name);
                }))
                return false; // the schema does index JSONB: judge column by column
            if (library)
                continue;
            if (!first.isValid())
                first = column.origin;
            columns.append(ReviewContext::key(table->schema, table->name) + QLatin1Char('.') +
                           column.name);
            const QString key = ReviewContext::key(table->schema, table->name);
            if (!tables.contains(key))
                tables.append(key);
            schemas.insert(table->schema);
        }
    }
    if (columns.isEmpty())
        return true;
    QStringList shown;
    for (const QString &c : std::as_const(columns))
        shown.append(c.section(QLatin1Char('.'), 1));
    Finding f;
    f.object.kind = ObjectRef::Kind::Schema;
    if (schemas.size() == 1)
        f.object.schema = *schemas.cbegin();
    f.object.tables = tables;
    f.object.columns = columns;
    f.confidence = Confidence::Medium;
    f.location = first;
    f.message = Tr::tr("No JSONB column has a GIN or expression index (%1 of them: %2): any "
                       "query inside them (@>, ?, ->>) reads whole tables")
                    .arg(columns.size())
                    .arg(shown.mid(0, 6).join(QLatin1String(", ")) +
                         (shown.size() > 6 ? QStringLiteral(", …") : QString()));
    f.fix = Tr::tr("-- for the columns the application searches inside, e.g.:") +
            QLatin1Char('\n') +
            QStringLiteral("CREATE INDEX CONCURRENTLY ON %1 USING gin (%2 jsonb_path_ops);")
                .arg(context.qualifiedName(columns.first().section(QLatin1Char('.'), 0, 0),
                                           columns.first().section(QLatin1Char('.'), 1, 1)),
                     context.quote(columns.first().section(QLatin1Char('.'), 2)));
    out.append(std::move(f));
    return true;
}

void runJsonbNoGin(const ReviewContext &context, Findings &out)
{
    if (jsonbUnindexedSchema(context, out))
        return;
    // Names of JSONB columns some table indexes for searching: "table" by lower-case name.
    QHash<QString, QString> searched;
    for (const model::Table *table : context.tables()) {
        const bool mayServe = std::any_of(
            table->indexes.cbegin(), table->indexes.cend(), [](const model::Index &index) {
                return index.method == QLatin1String("gin") ||
                       std::any_of(index.elements.cbegin(), index.elements.cend(),
                                   [](const model::IndexElement &e) { return e.column.isEmpty(); });
            });
        if (!mayServe)
            continue;
        const QList<IndexKey> keys = indexKeys(context, *table);
        for (const model::Column &column : table->columns) {
            if (!isJsonb(column) || searched.contains(column.name.toLower()))
                continue;
            if (std::any_of(keys.cbegin(), keys.cend(), [&](const IndexKey &key) {
                    return servesJsonQueries(key, column.name);
                }))
                searched.insert(column.name.toLower(), table->name);
        }
    }
    for (const model::Table *table : context.tables()) {
        QList<const model::Column *> candidates;
        for (const model::Column &column : table->columns) {
            if (isJsonb(column) &&
                (isFilterJsonName(column.name) || searched.contains(column.name.toLower())))
                candidates.append(&column);
        }
        if (candidates.isEmpty())
            continue;
        const QList<IndexKey> keys = indexKeys(context, *table);
        for (const model::Column *column : std::as_const(candidates)) {
            if (std::any_of(keys.cbegin(), keys.cend(), [&](const IndexKey &key) {
                    return servesJsonQueries(key, column->name);
                }))
                continue;
            const QString sibling = searched.value(column->name.toLower());
            Finding f;
            f.object.kind = ObjectRef::Kind::Column;
            f.object.schema = table->schema;
            f.object.table = table->name;
            f.object.column = column->name;
            f.message = sibling.isEmpty() || sibling == table->name
                            ? Tr::tr("%1.%2 is jsonb with no GIN or expression index; containment "
                                     "and key queries on it scan the whole table")
                                  .arg(table->name, column->name)
                            : Tr::tr("%1.%2 is jsonb with no GIN or expression index, while "
                                     "%3.%2 has one; queries on it scan the whole table")
                                  .arg(table->name, column->name, sibling);
            f.fix = createIndexSql(context, *table, {column->name},
                                   QLatin1String("USING gin (") + context.quote(column->name) +
                                       QLatin1String(" jsonb_path_ops)")) +
                    Tr::tr("\n-- jsonb_path_ops serves @> and is smaller; the default jsonb_ops "
                           "also serves ?, ?| and ?&");
            f.location = column->origin;
            out.append(std::move(f));
        }
    }
}

void runVectorIndex(const ReviewContext &context, Findings &out)
{
    for (const model::Table *table : context.tables()) {
        QList<IndexKey> keys;
        bool keysBuilt = false;
        for (const model::Column &column : table->columns) {
            const VectorType vector = vectorType(context.facts(column).lowerType);
            if (vector.base.isEmpty())
                continue;
            if (!keysBuilt) {
                keys = indexKeys(context, *table);
                keysBuilt = true;
            }
            bool hasAnn = false;
            for (const IndexKey &key : std::as_const(keys)) {
                const bool ann =
                    key.method == QLatin1String("hnsw") || key.method == QLatin1String("ivfflat");
                if (!ann || !keyUses(key, column.name))
                    continue;
                hasAnn = true;
                if (key.method != QLatin1String("ivfflat"))
                    continue;
                Finding f;
                f.object = indexObject(*table, key);
                f.object.column = column.name;
                f.message = Tr::tr("%1 on %2.%3 is IVFFlat: its lists are fixed when it is built, "
                                   "so recall drops as rows are added; HNSW needs no such tuning")
                                .arg(key.name, table->name, column.name);
                QStringList elements;
                for (const KeyElement &e : key.elements)
                    elements.append(
                        (e.column.isEmpty() ? QLatin1Char('(') + e.expression + QLatin1Char(')')
                                            : context.quote(e.column)) +
                        (e.opclass.isEmpty() ? QString() : QLatin1Char(' ') + e.opclass));
                f.fix = createIndexSql(context, *table, {column.name, QStringLiteral("hnsw")},
                                       QLatin1String("USING hnsw (") +
                                           elements.join(QLatin1String(", ")) + QLatin1Char(')')) +
                        QLatin1Char('\n') + dropIndexSql(context, *table, key.name);
                f.location = key.origin;
                out.append(std::move(f));
            }
            if (hasAnn)
                continue;
            Finding f;
            f.object.kind = ObjectRef::Kind::Column;
            f.object.schema = table->schema;
            f.object.table = table->name;
            f.object.column = column.name;
            f.message = Tr::tr("%1.%2 (%3) has no HNSW or IVFFlat index; every similarity search "
                               "compares the query with every row")
                            .arg(table->name, column.name, column.type);
            const QString quoted = context.quote(column.name);
            const QString opclass = vector.base + QLatin1String("_cosine_ops");
            if (vector.dimensions == 0) {
                f.fix = Tr::tr("-- HNSW needs a fixed dimension: declare %1 as %2(n) first, e.g.\n"
                               "ALTER TABLE %3 ALTER COLUMN %1 TYPE %2(1536);\n")
                            .arg(quoted, vector.base, context.qualified(*table));
                f.fix += createIndexSql(context, *table, {column.name},
                                        QLatin1String("USING hnsw (") + quoted + QLatin1Char(' ') +
                                            opclass + QLatin1Char(')'));
            } else if ((vector.base == QLatin1String("vector") && vector.dimensions > 2000) ||
                       (vector.base == QLatin1String("halfvec") && vector.dimensions > 4000)) {
                // HNSW indexes vector up to 2,000 dimensions and halfvec up to 4,000.
                f.fix = vector.dimensions <= 4000
                            ? Tr::tr("-- vector is indexable up to 2000 dimensions: index it as "
                                     "halfvec (queries must cast the same way)\n") +
                                  createIndexSql(context, *table, {column.name},
                                                 QStringLiteral("USING hnsw ((%1::halfvec(%2)) "
                                                                "halfvec_cosine_ops)")
                                                     .arg(quoted)
                                                     .arg(vector.dimensions))
                            : Tr::tr("-- over 4000 dimensions: index a binary quantization, e.g. "
                                     "USING hnsw ((binary_quantize(%1)::bit(%2)) bit_hamming_ops), "
                                     "and re-rank exactly")
                                  .arg(quoted)
                                  .arg(vector.dimensions);
            } else {
                f.fix = createIndexSql(context, *table, {column.name},
                                       QLatin1String("USING hnsw (") + quoted + QLatin1Char(' ') +
                                           opclass + QLatin1Char(')')) +
                        Tr::tr("\n-- use the operator class of the distance your queries use: "
                               "_cosine_ops (<=>), _l2_ops (<->), _ip_ops (<#>)");
            }
            f.location = column.origin;
            out.append(std::move(f));
        }
    }
}

} // namespace schemalens::review::indexes
