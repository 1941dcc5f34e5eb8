#pragma once

#include "core/load/loader.h"

namespace schemalens::load::live {

class Connection;

// Reads a live PostgreSQL database (URI or key=value SOURCE) into the model: every catalog
// in one read-only transaction, in a constant number of queries whatever the number of
// tables, plus the statistics views (row estimates, index scans) when the role may read
// them. Objects' origins name the redacted connection, with no line.
Result<LoadResult> loadLive(const QString &source, const LoadOptions &options = {});

// The same on an open connection (tests and the benchmark count its queries).
Result<LoadResult> loadFromConnection(Connection &connection, const QStringList &schemas = {});

} // namespace schemalens::load::live
