#pragma once

#include "core/load/pg/pgnode.h"

// Questions about parse-tree nodes and model objects that several statement handlers ask.

#include "core/model/table.h"

#include <QStringList>

namespace schemalens::load::pg {

// Column names referenced by an expression (ColumnRef nodes), in source order, unique.
QStringList columnRefs(const JsonValue &expr);

// Tables that inherit from, or are partitions of, `table` (ALTER TABLE recurses into them).
QList<model::Table *> childTables(QList<model::Table> &tables, const model::Table &table);

// True when the columns (in any order) are exactly the PK, a unique constraint, or a
// non-partial unique index of the table: what a foreign key may reference.
bool hasUniqueKey(const model::Table &table, const QStringList &columns);

} // namespace schemalens::load::pg
