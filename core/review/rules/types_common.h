#pragma once
// Shared by the types family's files (types.cpp, types_enums.cpp, types_values.cpp,
// types_time.cpp); not a public header.

#include "core/review/context.h"
#include "core/review/rule.h"

#include <QCoreApplication>

#include <optional>

namespace schemalens::review::types {

// Translated in the "review" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(review)
};

Rules enumRules();  // enum-like-no-check, text-matches-enum, enum-style-mixed
Rules valueRules(); // money-as-float, decimal-no-precision, json-as-text, bool-as-int, uuid-as-text
Rules timeRules();  // timestamp-inconsistent, missing-updated-at, hardcoded-dated-default

// A PostgreSQL type without typmods, lower case: "character varying(36)" -> "character
// varying", "timestamp(6) with time zone" -> "timestamp with time zone". Arrays keep "[]".
// For a column of the schema, ColumnFacts::baseType has it already.
QString baseType(const QString &type);

// The string literal a default consists of ('v2', '2021-01-01'::date, N'x'), if it is one.
std::optional<QString> literalDefault(const model::Column &column);

// A finding about TABLE.COLUMN, located at the column's origin.
Finding columnFinding(const ReviewContext &context, const model::Table &table,
                      const model::Column &column);

// Quoted string literal for fix SQL.
QString sqlLiteral(const QString &value);

// "ALTER TABLE t ALTER COLUMN c TYPE <type> USING <using>;" for PostgreSQL; SQLite gets the
// rebuild hint since it has no ALTER COLUMN.
QString alterTypeFix(const ReviewContext &context, const model::Table &table,
                     const model::Column &column, const QString &type, const QString &usingExpr);

// SQLite cannot alter a column or add a constraint to an existing table.
QString sqliteRebuildHint(const ReviewContext &context, const model::Table &table);

// How a point in time is stored. PostgreSQL: the type. SQLite: the storage format the
// default or the affinity implies (its declared types are cosmetic, but ISO text, unix
// epochs and Julian days compare and convert differently; and text written by
// CURRENT_TIMESTAMP, 'YYYY-MM-DD HH:MM:SS', does not sort with ISO 8601 text written with a
// T and a Z by strftime()).
enum class TimeClass { None, Timestamptz, Timestamp, EpochInteger, Date, Text, TextIso, EpochReal };

// Names that say "a point in time" whatever the type: created_at, createdAt, created,
// updated, modified.
bool isTimeName(const QStringList &tokens);

// The class of COLUMN, None when it holds no point in time (or cannot be told).
TimeClass classifyTime(const ReviewContext &context, const model::Column &column);

Rules portRules(); // timestamp-port, autoincrement-port (types_port.cpp)

// PostgreSQL DDL for a SQLite schema's port findings (types_port.cpp): identifiers quoted as
// PostgreSQL needs them (mixed case folds there), and "ALTER TABLE t <steps>;" after a line
// saying it is for the PostgreSQL side.
QString pgQuote(const QString &identifier);
QString pgTable(const model::Table &table);
QString portFix(const model::Table &table, const QStringList &steps);

} // namespace schemalens::review::types
