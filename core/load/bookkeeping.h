#pragma once

#include "core/load/migrationplan.h"

namespace schemalens::load {

// The bookkeeping tables a migration tool creates for itself before it runs the first
// migration (golang-migrate's schema_migrations, Flyway's flyway_schema_history, ...), with
// the columns the tool gives them. Migrations sometimes alter, index or trigger on them
// (harbor adds a column to schema_migrations, lemmy guards __diesel_schema_migrations with a
// trigger); the loaders then show the table as an external one instead of failing. Layouts
// that are dumps of a whole database (rails-structure) or that create their tables in their
// own scripts (synapse) have none here, or only those a dump may leave out.
QList<BookkeepingTable> bookkeepingTables(const QString &layout);

// The entry of `tables` called `name` in `schema` (empty schema: the default one; an entry
// without a schema matches only the default schema, `defaultSchema`). Names compare as
// PostgreSQL folds unquoted names and SQLite compares them: case-insensitively.
const BookkeepingTable *findBookkeepingTable(const QList<BookkeepingTable> &tables,
                                             const QString &schema, const QString &name,
                                             const QString &defaultSchema);

} // namespace schemalens::load
