#pragma once

// Turns libpg_query JSON parse-tree fragments back into SQL text and names objects the way
// PostgreSQL does. Pure functions over QJson values: no libpg_query types here.

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <functional>

namespace schemalens::load::pg {

// The value of a "TypeName" node -> the text PostgreSQL's format_type() prints:
// "integer", "character varying(255)", "timestamp(6) without time zone", "numeric(10,2)",
// "vector(1024)", "text[]", "public.my_enum" stays "my_enum" unless qualified in the source
// with a schema other than pg_catalog/public (then "schema.name").
QString formatType(const QJsonObject &typeName);

// Any expression node (e.g. {"A_Expr":{...}}, {"FuncCall":{...}}) -> SQL text.
QString deparseExpr(const QJsonValue &node);

// The partition bound spec node ({"PartitionBoundSpec":{...}} or its value) ->
// "FOR VALUES FROM (...) TO (...)", "FOR VALUES IN (...)", "DEFAULT", ...
QString deparsePartitionBound(const QJsonValue &node);

// Object naming as PostgreSQL does it (makeObjectName/ChooseConstraintName/ChooseIndexName):
// name1_name2_label, truncated to 63 bytes, with a number appended until `taken` says no.
// `name2` may be empty (then name1_label).
QString chooseName(const QString &name1, const QString &name2, const QString &label,
                   const std::function<bool(const QString &)> &taken);

// The name2 part PostgreSQL builds from a column list ("a_b_c"; expressions give "expr").
QString columnNamesPart(const QStringList &columns);

} // namespace schemalens::load::pg
