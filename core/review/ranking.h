#pragma once

#include "core/review/finding.h"

namespace schemalens::review {

class ReviewContext;

// How sure a review is of each finding, and how much each matters: what orders the report's
// Top issues and the findings dock (DESIGN.md "Findings (wave 2)").

// Lowers the confidence of findings the schema explains: findings about tables a library
// owns (a job queue, a session store: libraries.h), and findings about an object whose
// COMMENT ON or migration comment explains the choice ("intentionally", "moved to another
// database", "no FK because…"). The rationale then says why.
void assessConfidence(const ReviewContext &context, Findings &findings);

// Sets Finding::rank, an impact score in [0, 100] (SARIF's result.rank scale):
//   severity (error 60, warning 36, info 15)
//   × confidence (high 1, medium 0.7, low 0.35)
//   × (1 + reach), reach = 0.25·log2(tables) + 0.1·log2(1 + foreign keys of its busiest
//     table) + 0.05·log2(columns or migration statements), capped at 0.66; tables count for
//     schema- and table-level findings (a split convention, merge candidates) only.
// So a high-confidence warning always outranks an info, a finding spanning many tables or
// about a table many others reference outranks the same finding on a leaf table, and a
// low-confidence warning drops below the high-confidence infos.
void rankFindings(const ReviewContext &context, Findings &findings);
double rankOf(Severity severity, Confidence confidence, int tables, int foreignKeys, int columns);

// One item of a report's Top issues: every finding of one rule (a rule firing on many tables
// is one item with a count and the list), ranked by its best finding.
struct TopIssue {
    QString rule;
    Severity severity = Severity::Info; // the worst of its findings
    double score = 0;                   // best rank + 3·log2(findings): repeats add a little
    QList<int> findings;                // indexes into the findings given, highest rank first
};

// The items a reviewer would lead with: findings of medium or high confidence grouped by rule,
// best first, at most MAXITEMS items.
QList<TopIssue> topIssues(const Findings &findings, int maxItems = 15);

} // namespace schemalens::review
