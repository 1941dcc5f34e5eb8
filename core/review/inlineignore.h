#pragma once

// Suppressions written in the migration files themselves, the way squawk-ignore and
// atlas:nolint work (DESIGN.md "Findings (wave 2)"):
//
//   -- schemalens-ignore rule-id[, rule-id]: reason      the next statement
//   -- schemalens-ignore-file rule-id[, rule-id]: reason the whole file (anywhere in it)
//
// Without rule ids an ignore covers every rule. An ignore that names an unknown rule or
// matches no finding is itself reported (unused-ignore), so stale ignores do not pile up.

#include "core/load/loadresult.h"
#include "core/review/rule.h"

namespace schemalens::review {

struct InlineIgnore {
    QString file; // the migration file, as in origins
    int line = 0; // the comment's line
    bool wholeFile = false;
    QStringList rules; // empty: every rule
    QString reason;
    int firstLine = 0; // the statement a line ignore covers
    int lastLine = 0;
};

// The ignores written in the migration files of PLAN, each with the statement it covers.
QList<InlineIgnore> findInlineIgnores(const load::MigrationPlan &plan,
                                      const model::History &history);
inline QList<InlineIgnore> findInlineIgnores(const load::LoadResult &loaded)
{
    return findInlineIgnores(loaded.source, loaded.schema.history);
}

// Moves the findings an inline ignore covers from FINDINGS to SUPPRESSED (with the reason)
// and appends an unused-ignore finding to FINDINGS for every ignore that names an unknown
// rule or matches nothing.
void applyInlineIgnores(const load::LoadResult &loaded, Findings &findings, Findings &suppressed);

Rules inlineIgnoreRules(); // unused-ignore

} // namespace schemalens::review
