#pragma once

#include "core/report/reviewreport.h"

#include <QJsonObject>

namespace schemalens::report {

// The review as a SARIF 2.1.0 log that GitHub code scanning accepts: one run whose
// tool.driver describes every rule of the catalogue, and one result per finding (suppressed
// findings too, with an "external" suppression carrying the review file's reason).
//
// Artifact URIs are relative to the repository root (uriBaseId "%SRCROOT%"): the report's
// uriPrefix followed by the finding's file. A finding with no file of its own (a schema-wide
// finding) is pinned to the file that created its table, else to the first migration (or the
// schema file), else to the review file; without any of these it has no location.
QJsonObject reviewToSarif(const ReviewReport &report);

// The path from the repository root to the folder of the source, for ReviewReport::uriPrefix:
// the nearest ancestor holding a .git folder (or .git file: worktrees, submodules) is the
// root; without one, URIs are relative to the source folder and the prefix is empty.
QString sarifUriPrefix(const load::MigrationPlan &plan);

// "table-no-pk" -> "TableNoPk": SARIF's reportingDescriptor.name is an identifier.
QString sarifRuleName(const QString &id);

} // namespace schemalens::report
