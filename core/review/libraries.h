#pragma once

#include "core/model/table.h"

#include <QString>

namespace schemalens::review {

// Tables a library creates and owns through its own migrations: job queues, session stores,
// framework tables. Their shape is the library's choice, not the team's, so findings about
// them are of low confidence (a reviewer mentions them last, if at all). The catalogue is in
// libraries.cpp, in one place: names (or a name prefix, or a schema) and, for generic names
// such as `session` or `jobs`, the columns that tell the library's table from the
// application's own.

// The library that owns TABLE ("Oban", "pg-boss", "Solid Queue"…), or an empty string.
QString owningLibrary(const model::Table &table);

} // namespace schemalens::review
