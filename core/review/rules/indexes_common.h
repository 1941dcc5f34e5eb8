#pragma once
// Shared by the indexes family's files: every index-like object of a table (plain indexes,
// the primary key, unique and exclusion constraints) in one normalized form, so the rules
// compare like with like.

#include "core/review/context.h"
#include "core/review/finding.h"
#include "core/review/rule.h"

namespace schemalens::review::indexes {

// One key element with every attribute that changes what an index can do. Defaults are
// spelled out (NULLS LAST for ascending, the column's collation when none is written, no
// schema on operator classes) so that two ways of writing the same index compare equal.
struct KeyElement {
    QString column;     // plain column, or empty for an expression
    QString expression; // whitespace-normalized deparsed expression
    QString opclass;
    QString collation;
    bool descending = false;
    bool nullsFirst = false;

    bool operator==(const KeyElement &) const = default;
    QString display() const;
};

struct IndexKey {
    enum class Source { Index, PrimaryKey, Unique, Exclusion };
    Source source = Source::Index;
    QString name;
    QString method; // lower case; SQLite indexes are all btree
    QList<KeyElement> elements;
    QStringList include; // sorted
    QString predicate;   // whitespace-normalized; empty for a full index
    bool unique = false;
    bool nullsNotDistinct = false;
    bool deferrable = false;             // a DEFERRABLE constraint checks later than a unique index
    const model::Index *index = nullptr; // the model index (plain indexes and constraint indexes)
    model::Origin origin;

    // Backs a constraint (primary key, unique, exclusion): the constraint speaks for it.
    bool isConstraint() const
    {
        return source != Source::Index || !index || !index->constraint.isEmpty();
    }
    bool isBtree() const { return method == QLatin1String("btree"); }
    // Names of the plain columns among the key elements, in order.
    QStringList keyColumns() const;
    QStringList display() const;
};

// Every index-like object of TABLE: the primary key, unique constraints, exclusion
// constraints, then the indexes in creation order.
QList<IndexKey> indexKeys(const ReviewContext &context, const model::Table &table);

// Same definition: method, elements, INCLUDE set, predicate, uniqueness, NULLS NOT DISTINCT.
bool identical(const IndexKey &a, const IndexKey &b);

// True when COVERER makes the plain index INDEX unnecessary (see indexes.cpp for the rules).
bool covers(const IndexKey &coverer, const IndexKey &index);

// True when EXPRESSION mentions COLUMN as a whole word (an identifier, maybe quoted).
bool mentionsColumn(const QString &expression, const QString &column);

// "DROP INDEX CONCURRENTLY name;" (PostgreSQL) or "DROP INDEX name;" (SQLite).
QString dropIndexSql(const ReviewContext &context, const model::Table &table, const QString &index);
// "CREATE INDEX [CONCURRENTLY] name ON table (...)" with a generated name that fits in
// PostgreSQL's 63 bytes. BODY is what follows the table ("(a, b)", "USING hnsw (...)").
QString createIndexSql(const ReviewContext &context, const model::Table &table,
                       const QStringList &nameParts, const QString &body);

ObjectRef indexObject(const model::Table &table, const IndexKey &key);

// Rule bodies (indexes.cpp: redundant/duplicate; indexes_usage.cpp: the rest).
void runRedundantIndex(const ReviewContext &context, Findings &out);
void runDuplicateIndex(const ReviewContext &context, Findings &out);
void runMissingCompositeIndex(const ReviewContext &context, Findings &out);
void runOverIndexedTable(const ReviewContext &context, Findings &out);
void runJsonbNoGin(const ReviewContext &context, Findings &out);
void runVectorIndex(const ReviewContext &context, Findings &out);

// unique-nullable, unique-case-sensitive, natural-key-not-unique (indexes_unique.cpp).
Rules uniqueRules();

} // namespace schemalens::review::indexes
