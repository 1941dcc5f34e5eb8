#pragma once

// Questions about parse-tree nodes and model objects that several statement handlers ask.

#include "core/model/table.h"

#include <QJsonValue>
#include <QStringList>

namespace schemalens::load::pg {

// Column names referenced by an expression (ColumnRef nodes), in source order, unique.
QStringList columnRefs(const QJsonValue &expr);

// The name PostgreSQL derives for an index expression column (FigureColname): a function's
// name, a column's name, or "expr".
QString figureIndexColumnName(const QJsonValue &expr);

// serial, bigserial, smallserial (and serial2/4/8): a column type that is really an integer
// with a sequence default.
bool isSerialTypeName(const QJsonObject &typeName);

// True when the columns (in any order) are exactly the PK, a unique constraint, or a
// non-partial unique index of the table: what a foreign key may reference.
bool hasUniqueKey(const model::Table &table, const QStringList &columns);

} // namespace schemalens::load::pg
