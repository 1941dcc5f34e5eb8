// Rules of the indexes family (DESIGN.md "Review rules"): the catalogue entries, and
// redundant-index / duplicate-index, which compare a table's index keys with each other.
// The other rules of the family are in indexes_usage.cpp; the key comparison itself is in
// indexes_keys.cpp.

#include "core/review/context.h"
#include "core/review/rule.h"
#include "core/review/rules/indexes_common.h"

#include <QCoreApplication>

namespace schemalens::review {

namespace indexes {

namespace {

// Translated in the "review" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(review)
};

QString describe(const IndexKey &key)
{
    switch (key.source) {
    case IndexKey::Source::PrimaryKey:
        return Tr::tr("the primary key %1").arg(key.name);
    case IndexKey::Source::Unique:
        return Tr::tr("unique constraint %1").arg(key.name);
    case IndexKey::Source::Exclusion:
        return Tr::tr("exclusion constraint %1").arg(key.name);
    case IndexKey::Source::Index:
        break;
    }
    if (key.index && !key.index->constraint.isEmpty())
        return Tr::tr("constraint %1").arg(key.index->constraint);
    return key.unique ? Tr::tr("unique index %1").arg(key.name) : Tr::tr("index %1").arg(key.name);
}

QString columnsText(const IndexKey &key)
{
    QString text = key.display().join(QLatin1String(", "));
    if (!key.predicate.isEmpty())
        text += QLatin1String(") WHERE (") + key.predicate;
    return text;
}

// For each plain index, the earlier identical plain index it duplicates (the first of its
// group, which is the one kept), or -1. Creation order decides which is kept.
QList<int> duplicateOf(const QList<IndexKey> &keys)
{
    QList<int> of(keys.size(), -1);
    for (int i = 0; i < keys.size(); ++i) {
        if (keys.at(i).isConstraint())
            continue;
        for (int j = 0; j < i; ++j) {
            if (!keys.at(j).isConstraint() && of.at(j) < 0 && identical(keys.at(j), keys.at(i))) {
                of[i] = j;
                break;
            }
        }
    }
    return of;
}

// The coverer to name when several cover an index: a constraint first (it cannot be
// dropped), then a unique index, then the longest (the one least likely redundant itself).
bool betterCoverer(const IndexKey &a, const IndexKey &b)
{
    if (a.isConstraint() != b.isConstraint())
        return a.isConstraint();
    if (a.unique != b.unique)
        return a.unique;
    return a.elements.size() > b.elements.size();
}

} // namespace

void runDuplicateIndex(const ReviewContext &context, Findings &out)
{
    for (const model::Table *table : context.tables()) {
        if (table->indexes.size() < 2)
            continue;
        const QList<IndexKey> keys = indexKeys(context, *table);
        const QList<int> of = duplicateOf(keys);
        for (int i = 0; i < keys.size(); ++i) {
            if (of.at(i) < 0)
                continue;
            const IndexKey &dropped = keys.at(i);
            const IndexKey &kept = keys.at(of.at(i));
            Finding f;
            f.object = indexObject(*table, dropped);
            f.message = Tr::tr("%1 on %2 (%3) duplicates %4: same definition under another name")
                            .arg(dropped.name, table->name, columnsText(dropped), kept.name);
            f.fix =
                Tr::tr("-- keep %1\n").arg(kept.name) + dropIndexSql(context, *table, dropped.name);
            f.location = dropped.origin;
            out.append(std::move(f));
        }
    }
}

void runRedundantIndex(const ReviewContext &context, Findings &out)
{
    for (const model::Table *table : context.tables()) {
        if (table->indexes.isEmpty())
            continue;
        const QList<IndexKey> keys = indexKeys(context, *table);
        const QList<int> of = duplicateOf(keys);
        for (int i = 0; i < keys.size(); ++i) {
            const IndexKey &index = keys.at(i);
            if (index.isConstraint() || of.at(i) >= 0)
                continue; // constraints are never reported; duplicates are duplicate-index's
            const IndexKey *best = nullptr;
            for (int j = 0; j < keys.size(); ++j) {
                const IndexKey &other = keys.at(j);
                if (j == i || of.at(j) >= 0 || (!other.isConstraint() && identical(other, index)))
                    continue;
                if (covers(other, index) && (!best || betterCoverer(other, *best)))
                    best = &other;
            }
            if (!best)
                continue;
            Finding f;
            f.object = indexObject(*table, index);
            f.message = best->elements.size() == index.elements.size()
                            ? Tr::tr("%1 on %2 (%3) is redundant with %4, which has the same key")
                                  .arg(index.name, table->name, columnsText(index), describe(*best))
                            : Tr::tr("%1 on %2 (%3) is redundant: its columns lead %4 (%5)")
                                  .arg(index.name, table->name, columnsText(index), describe(*best),
                                       columnsText(*best));
            f.fix = dropIndexSql(context, *table, index.name);
            if (index.unique) {
                // PostgreSQL records which unique index an FK relies on; the DROP then fails.
                const QStringList columns = index.keyColumns();
                for (const IncomingForeignKey &in : context.incoming(*table)) {
                    QStringList refs = in.fk->refColumns.isEmpty() && table->primaryKey
                                           ? table->primaryKey->columns
                                           : in.fk->refColumns;
                    if (refs.size() == columns.size() &&
                        std::is_permutation(refs.cbegin(), refs.cend(), columns.cbegin()) &&
                        !context.isSqlite()) {
                        f.fix += Tr::tr("\n-- if an FK depends on this index (%1 references these "
                                        "columns), the DROP fails: recreate that FK first")
                                     .arg(in.from->name);
                        break;
                    }
                }
            }
            f.location = index.origin;
            out.append(std::move(f));
        }
    }
}

} // namespace indexes

namespace {
// Rule texts, translated in the "review" context like the findings.
struct RulesTr {
    Q_DECLARE_TR_FUNCTIONS(review)
};
} // namespace

Rules indexRules()
{
    const QString family = QStringLiteral("indexes");
    Rules rules;
    rules.append(Rule{
        .info = {.id = QStringLiteral("redundant-index"),
                 .family = family,
                 .defaultSeverity = Severity::Warning,
                 .needs = Needs::Static,
                 .title = RulesTr::tr("Index made redundant by a longer index or a key"),
                 .rationale =
                     RulesTr::tr("Its columns are the leading columns of another index, the "
                                 "primary key or a unique constraint with the same method and "
                                 "predicate, which serves the same lookups; it only costs "
                                 "writes, memory and vacuum time."),
                 .fix = RulesTr::tr("Drop the redundant index: DROP INDEX CONCURRENTLY name;"),
                 .example = QStringLiteral("CREATE TABLE orders (id bigint PRIMARY KEY,\n"
                                           "  customer_id bigint, created_at timestamptz);\n"
                                           "CREATE INDEX orders_customer_idx ON orders "
                                           "(customer_id);\n"
                                           "CREATE INDEX orders_customer_created_idx ON orders "
                                           "(customer_id, created_at);")},
        .run = indexes::runRedundantIndex});
    rules.append(Rule{
        .info = {.id = QStringLiteral("duplicate-index"),
                 .family = family,
                 .defaultSeverity = Severity::Warning,
                 .needs = Needs::Static,
                 .title = RulesTr::tr("Identical indexes under different names"),
                 .rationale =
                     RulesTr::tr("Two indexes with the same columns, method, predicate and "
                                 "uniqueness: every write maintains both and queries use one."),
                 .fix = RulesTr::tr("Drop one of them: DROP INDEX CONCURRENTLY name;"),
                 .example = QStringLiteral("CREATE TABLE users (id bigint PRIMARY KEY, email "
                                           "text);\n"
                                           "CREATE INDEX users_email_idx ON users (email);\n"
                                           "CREATE INDEX idx_users_email ON users (email);")},
        .run = indexes::runDuplicateIndex});
    rules.append(Rule{
        .info = {.id = QStringLiteral("missing-composite-index"),
                 .family = family,
                 .defaultSeverity = Severity::Info,
                 .needs = Needs::Static,
                 .title = RulesTr::tr("Separate indexes on columns filtered together"),
                 .rationale =
                     RulesTr::tr("A tenant or user column and a status or time column are "
                                 "indexed separately; queries that filter on both read one "
                                 "index and filter the rest (or combine two bitmaps), where a "
                                 "composite index would go straight to the rows."),
                 .fix = RulesTr::tr("Create a composite index, tenant/user column first; the "
                                    "single-column index on that column then becomes redundant."),
                 .example = QStringLiteral("CREATE TABLE tickets (id bigint PRIMARY KEY,\n"
                                           "  tenant_id bigint NOT NULL, status text NOT "
                                           "NULL);\n"
                                           "CREATE INDEX ON tickets (tenant_id);\n"
                                           "CREATE INDEX ON tickets (status);")},
        .run = indexes::runMissingCompositeIndex});
    rules.append(Rule{
        .info = {.id = QStringLiteral("over-indexed-table"),
                 .family = family,
                 .defaultSeverity = Severity::Info,
                 .needs = Needs::Static,
                 .title = RulesTr::tr("More indexes than the write load likely justifies"),
                 .rationale =
                     RulesTr::tr("Every insert and most updates maintain every index (and "
                                 "lose HOT updates when an indexed column changes); past a "
                                 "handful, some usually serve no query."),
                 .fix =
                     RulesTr::tr("Check index usage (pg_stat_user_indexes.idx_scan) and drop the "
                                 "indexes no query needs, or merge them into composite ones."),
                 .example = QStringLiteral(
                     "CREATE TABLE t (id bigint PRIMARY KEY, a int, b int, c int);\n"
                     "CREATE INDEX ON t (a); CREATE INDEX ON t (b); CREATE INDEX ON t (c);\n"
                     "CREATE INDEX ON t (a, b); CREATE INDEX ON t (b, c);"),
                 .thresholds = {{QStringLiteral("maxIndexes"), 10}}},
        .run = indexes::runOverIndexedTable});
    rules.append(Rule{
        .info = {.id = QStringLiteral("jsonb-no-gin"),
                 .family = family,
                 .defaultSeverity = Severity::Info,
                 .needs = Needs::Static,
                 .title = RulesTr::tr("Queryable JSONB column without a GIN index"),
                 .rationale =
                     RulesTr::tr("Containment and key lookups (@>, ?, jsonb_path_ops) on a "
                                 "JSONB column scan the whole table without a GIN index on the "
                                 "column or an expression index on the keys queried."),
                 .fix = RulesTr::tr(
                     "CREATE INDEX CONCURRENTLY … USING gin (column jsonb_path_ops); or "
                     "a btree index on the expression queried ((column->>'key'))."),
                 .sqlite = false,
                 .example = QStringLiteral("CREATE TABLE products (id bigint PRIMARY KEY,\n"
                                           "  attributes jsonb NOT NULL DEFAULT '{}');")},
        .run = indexes::runJsonbNoGin});
    rules.append(Rule{
        .info = {.id = QStringLiteral("vector-index"),
                 .family = family,
                 .defaultSeverity = Severity::Warning,
                 .needs = Needs::Static,
                 .title = RulesTr::tr("pgvector column without an HNSW index"),
                 .rationale =
                     RulesTr::tr("Without an approximate-nearest-neighbour index every "
                                 "similarity search compares the query with every row. IVFFlat "
                                 "fixes its lists when built: recall drops as rows are added "
                                 "and it needs a rebuild; HNSW needs no training or tuning to "
                                 "the row count."),
                 .fix = RulesTr::tr(
                     "CREATE INDEX CONCURRENTLY … USING hnsw (embedding vector_cosine_ops); "
                     "with the operator class of the distance your queries use."),
                 .sqlite = false,
                 .example = QStringLiteral("CREATE EXTENSION vector;\n"
                                           "CREATE TABLE chunks (id bigint PRIMARY KEY,\n"
                                           "  embedding vector(1536));")},
        .run = indexes::runVectorIndex});
    rules.append(indexes::uniqueRules());
    return rules;
}

} // namespace schemalens::review
