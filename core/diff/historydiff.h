#pragma once

#include "core/diff/schemadiff.h"
#include "core/load/loadresult.h"

namespace schemalens::diff {

// The schema after the first COUNT migrations of LOADED (0: before any; the plan's unit
// count: the loaded schema). Between the two it needs LoadOptions::snapshots. With
// withHistory, the History up to that point comes along (for a review of that point).
model::Schema schemaAt(const load::LoadResult &loaded, int count, bool withHistory = false);

// The History's changes made by migrations FROM+1 .. TO (counts as for schemaAt).
QList<model::Change> changesBetween(const load::LoadResult &loaded, int from, int to);

// What changed from the schema after FROM migrations to the schema after TO (either
// order), renames recognised from the History.
SchemaDiff diffPoints(const load::LoadResult &loaded, int from, int to);

// What changed from OLD to NEW, two loads of any kind. Renames come from NEW's History for
// the migrations OLD does not have (a branch that renames a table shows one rename); when
// either side is a database (a live connection or a SQLite file) the comparison is a drift
// check (DiffOptions::drift).
SchemaDiff diffSources(const load::LoadResult &oldSource, const load::LoadResult &newSource);

// True for a load of a database rather than of migrations or a schema file.
bool isDatabase(const load::LoadResult &loaded);

} // namespace schemalens::diff
