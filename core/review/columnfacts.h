#pragma once

#include "core/review/context.h"

namespace schemalens::review {

// Column facts several rule families and the strengths share (implemented by the types
// family in core/review/columnfacts.cpp).

// What many rules ask about one column, computed once per review for every column of the
// schema (ReviewContext::facts()), so that no rule tokenises names or parses types again.
struct ColumnFacts {
    QStringList tokens; // nameTokens(name)
    QString snake;      // tokens joined by '_': "orderStatus" -> "order_status"
    QString lowerName;  // name.toLower()
    QString baseType;   // baseTypeName(type): "character varying(36)" -> "character varying"
    QString lowerType;  // type.trimmed().toLower(): "Numeric " -> "numeric"
    const model::EnumType *enumType = nullptr; // enumTypeOf()
    bool text = false;                         // isTextType()
    bool enumLikeName = false;                 // isEnumLikeName()
    bool tenant = false;                       // ReviewContext::isTenantColumn()
};

// The facts about COLUMN of TABLE, computed afresh: only for ReviewContext::facts().
ColumnFacts computeColumnFacts(const ReviewContext &context, const model::Table &table,
                               const model::Column &column);

// computeColumnFacts() for many columns in a row. Names and types repeat (id, created_at,
// bigint, "timestamp with time zone" on most tables): the facts that follow from the name
// alone, and from the type and the table's schema alone, are computed once per distinct
// value and shared (implicitly shared strings). One instance per thread.
class ColumnFactsMemo {
public:
    explicit ColumnFactsMemo(const ReviewContext &context)
        : m_context(context)
    {}
    ColumnFacts compute(const model::Table &table, const model::Column &column);

private:
    const ReviewContext &m_context;
    QHash<QString, ColumnFacts> m_byName;                     // name facts only
    QHash<std::pair<QString, QString>, ColumnFacts> m_byType; // (schema, type): type facts only
};

// Text-like declared types: text, varchar/character varying, char, citext; SQLite TEXT
// affinity. A PostgreSQL domain counts by its base type. (ColumnFacts::text.)
bool isTextType(const ReviewContext &context, const model::Column &column);

// Status/type/kind/role/level/state-like names (or the review file's patterns).
// (ColumnFacts::enumLikeName for a column of the schema.)
bool isEnumLikeName(const ReviewContext &context, const QString &column);

// A PostgreSQL type without typmods, lower case: "character varying(36)" -> "character
// varying", "timestamp(6) with time zone" -> "timestamp with time zone". Arrays keep "[]".
// (ColumnFacts::baseType.)
QString baseTypeName(const QString &type);

// How an enum-like column is kept to its values, if at all.
enum class EnumValidation { None, Check, EnumType, Domain, ForeignKey };

struct EnumLikeColumn {
    const model::Table *table = nullptr;
    const model::Column *column = nullptr;
    EnumValidation validation = EnumValidation::None;
};

// Every enum-like column of the reviewed tables (enum-typed columns included), with how it
// is validated. Computed once per context (ReviewContext::enumLikeColumns()).
QList<EnumLikeColumn> enumLikeColumns(const ReviewContext &context);
// The same, computed afresh: only for ReviewContext's cache.
QList<EnumLikeColumn> computeEnumLikeColumns(const ReviewContext &context);

// The lower-case words of an identifier: "orderStatus" and "order_status" both give
// {"order", "status"}.
QStringList nameTokens(const QString &name);

// The enum type a PostgreSQL column (or array column) is declared with, if any.
// (ColumnFacts::enumType.)
const model::EnumType *enumTypeOf(const ReviewContext &context, const model::Table &table,
                                  const model::Column &column);

// True when CHECK keeps COLUMN to a list of values: `col IN (...)`, `col = ANY (ARRAY[...])`
// as PostgreSQL deparses it, or (OR'ed) equalities with literals, casts and lower() allowed.
bool checkListsValues(const model::CheckConstraint &check, const QString &column);

} // namespace schemalens::review
