#pragma once

#include "core/report/reviewreport.h"

#include <QJsonObject>

namespace schemalens::report {

// The review as DESIGN.md's `review --format json` contract: `tool`, `source`, `summary`,
// `strengths[]`, `findings[]` (rule, severity, object, message, rationale, fix, location,
// fingerprint), `suppressed[]` (the same plus `reason`), `unmatchedSuppressions[]` and
// `configProblems[]`; a finding with a review-file decision has `decision`, and decisions
// whose finding no longer appears are in `resolvedDecisions[]`. Empty object fields are left out.
// Write it with toJsonText (modeljson.h).
QJsonObject reviewToJson(const ReviewReport &report);

// One finding as in `findings[]` (shared with the GUI's copy-as-JSON).
QJsonObject findingToJson(const ReviewReport &report, const review::Finding &finding);

// A finding's `decision`: status, note, owner, date (empty ones left out).
QJsonObject decisionJson(const review::Decision &decision);

// The summary object of the contract.
QJsonObject summaryToJson(const review::Summary &summary, int suppressed);

} // namespace schemalens::report
