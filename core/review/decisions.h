#pragma once

#include "core/review/config.h"
#include "core/review/decision.h"
#include "core/review/engine.h"

#include <QJsonValue>

namespace schemalens::review {

// Design-review decisions applied to a review. The review file's "decisions" object maps a
// finding's fingerprint (engine.h, fingerprintOf) to a Decision; the fingerprint leaves out
// line numbers and statement order, so a decision stays with its finding while migrations
// are added and files are edited above it.

// Reads one "decisions" entry (VALUE at PATH, e.g. "$.decisions.3f2a…"). Problems go to
// PROBLEMS with their JSON path; returns nothing when the entry cannot apply (not an object,
// an unknown status, a won't-fix without a reason). A bad date or owner is reported and left
// out, and the rest of the entry applies.
std::optional<Decision> readDecision(const QJsonValue &value, const QString &path,
                                     QList<ConfigProblem> &problems);
// The canonical JSON of a decision as the review file keeps it: status, note, owner, date,
// rule, message (empty ones left out), then unknown keys as they were.
QJsonObject decisionToJson(const Decision &decision);

// True for a 24-digit lowercase hex fingerprint as fingerprintOf() makes them.
bool isFingerprint(const QString &text);

// Gives every finding (and suppressed finding) its decision and lists, in
// RESULT.resolvedDecisions, the decisions whose finding no longer appears.
void applyDecisions(ReviewResult &result, const Decisions &decisions);

// Decisions of DECISIONS whose fingerprint none of FINDINGS carries.
Decisions unmatchedDecisions(const Findings &findings, const Decisions &decisions);

// The CI baseline (review --new-only): a finding is new while it has no decision other
// than open.
bool isNewFinding(const Finding &finding);

// --fail-on: the finding fails the run at THRESHOLD unless its decision accepts it
// (won't fix, fixed).
bool failsRun(const Finding &finding, Severity threshold);

} // namespace schemalens::review
