#pragma once

#include <QString>

// The catalog queries of the live loader. Each reads one kind of object for every table of
// the selected schemas at once ($1 is a text[] of schema names, empty for all non-system
// schemas), so a load costs the same number of queries for 5 tables or 5,000. Columns that
// differ between server versions are chosen by `version` (PQserverVersion).

namespace schemalens::load::live::queries {

QString serverInfo();
QString namespaces();
QString relations();
QString columns(int version);
QString constraints(int version);
QString indexes(int version);
QString triggers(int version);
QString policies();
QString enums();
QString otherTypes();
QString sequences();
QString functions();
QString extensions();
QString tableStatistics();
QString indexStatistics(int version);

} // namespace schemalens::load::live::queries
