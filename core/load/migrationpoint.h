#pragma once

#include "core/load/migrationplan.h"
#include "core/util/result.h"

#include <QDateTime>

namespace schemalens::load {

// A point in a migration history, as `--at`, `--from`, `--to` and `OLD@MIGRATION` name it.
// Resolves POINT against PLAN's ordered units and returns how many units are applied up to
// and including it (0: none, the empty schema; units.size(): all). POINT is, tried in order:
//   "#N"                      the first N migrations (N from 0 to the number of units)
//   a version                 the unit whose version it is ("20230101120000", "17.1", "0026")
//   a path or a name          the unit's path relative to the source, its file name, the
//                             folder that holds it (Diesel, Prisma, sqitch), each with or
//                             without the extension; a unique prefix of the file or folder
//                             name ("0005" for "0005_add_orders.up.sql") also matches
//   a bare number N           the first N migrations, when it is no unit's version
// An error names what did not match (or the several units that did).
Result<int> resolveMigrationPoint(const MigrationPlan &plan, const QString &point);

// The name a unit goes by in messages and lists: its folder for folder-per-migration
// layouts (Diesel, Prisma), otherwise its file name.
QString migrationName(const MigrationUnit &unit);

// The date and time a migration's name carries, when the layout names migrations by it
// (Prisma 20230101120000_x, Diesel 2023-01-01-120000_x, golang-migrate/goose/dbmate/Supabase
// timestamps, Flyway V20230101...). Invalid when the name has none.
QDateTime migrationDate(const MigrationUnit &unit);

} // namespace schemalens::load
