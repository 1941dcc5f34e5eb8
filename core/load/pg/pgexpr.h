#pragma once

#include "core/load/pg/pgnode.h"

// Turns libpg_query JSON parse-tree fragments back into SQL text and names objects the way
// PostgreSQL does. Pure functions over QJson values: no libpg_query types here.
//
// libpg_query 15-4.0.0 writes an Integer node only when its value is positive, so every
// integer constant <= 0 arrives as "ival":{} ("-1" and "0" look alike; so do the array
// bounds of int[] (-1) and int[0]). The overloads taking `sourceUtf8` (the exact text
// handed to pg_query_parse, whose byte offsets the "location" fields are) read such
// constants back from the source; without it they print as 0.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>

namespace schemalens::load::pg {

// The value of a "TypeName" node -> the text PostgreSQL's format_type() prints:
// "integer", "character varying(255)", "timestamp(6) without time zone", "numeric(10,2)",
// "vector(1024)", "text[]", "public.my_enum" stays "my_enum" unless qualified in the source
// with a schema other than pg_catalog/public (then "schema.name").
// serial/bigserial/smallserial print as their integer type (see isSerialType); %TYPE as
// "t.c%TYPE"; a `setof` TypeName (function results) as "SETOF integer".
QString formatType(const JsonObject &typeName);

// True for an unqualified serial, serial4, bigserial, serial8, smallserial or serial2: the
// column gets a sequence and a nextval() default (transformColumnDefinition()).
bool isSerialType(const JsonObject &typeName);

// PostgreSQL's quote_identifier(): returned as is when it is all lower-case ASCII letters,
// digits and '_' (not starting with a digit) and not a non-unreserved keyword; otherwise
// double-quoted with embedded quotes doubled.
QString quoteIdentifier(const QString &ident);

// Any expression node (e.g. {"A_Expr":{...}}, {"FuncCall":{...}}) -> SQL text.
// An undefined/null value gives an empty string; an unsupported node kind gives its name
// in angle brackets ("<XmlExpr>") rather than failing.
QString deparseExpr(const JsonValue &node);
QString deparseExpr(const JsonValue &node, const QByteArray &sourceUtf8);

// The partition bound spec node ({"PartitionBoundSpec":{...}} or its value) ->
// "FOR VALUES FROM (...) TO (...)", "FOR VALUES IN (...)", "DEFAULT", ...
QString deparsePartitionBound(const JsonValue &node);
QString deparsePartitionBound(const JsonValue &node, const QByteArray &sourceUtf8);

// A CreateStmt's "partspec" ({"PartitionSpec":{...}} or its value) -> pg_get_partkeydef()
// style text: "RANGE (created_at)", "LIST (lower(name) COLLATE \"C\" text_ops)",
// "HASH (a, (a + b))" (expressions other than function calls in parentheses).
QString deparsePartitionKey(const JsonValue &partitionSpec);

// Object naming as PostgreSQL does it (makeObjectName/ChooseConstraintName/ChooseIndexName):
// name1_name2_label, truncated to 63 bytes, with a number appended until `taken` says no.
// `name2` may be empty (then name1_label). See pgnames.cpp for the exact rules.
QString chooseName(const QString &name1, const QString &name2, const QString &label,
                   const std::function<bool(const QString &)> &taken);

// The name2 part PostgreSQL builds from a column list ("a_b_c"; expressions give "expr").
// An empty entry stands for an expression column.
QString columnNamesPart(const QStringList &columns);

// ChooseIndexColumnNames(): index column names made unique within one index the way
// PostgreSQL does before naming the index ("lower", "lower" -> "lower", "lower1").
// Empty entries become "expr". Feed the result to columnNamesPart() for index names.
QStringList chooseIndexColumnNames(const QStringList &columns);

// FigureIndexColname(): the name PostgreSQL derives for an index expression column
// (lower(a) -> "lower", a::text -> "a", 'x'::text -> "text", (a + b) -> "expr").
QString figureIndexColname(const JsonValue &expr);

// The column name PostgreSQL puts in a generated CHECK constraint name: the one column the
// expression references, or an empty string when it references none or several
// (AddRelationNewConstraints() looks at the distinct Vars outside sub-selects).
QString checkConstraintColumn(const JsonValue &expr);

} // namespace schemalens::load::pg
