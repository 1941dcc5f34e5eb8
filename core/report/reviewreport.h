#pragma once

#include "core/load/loadresult.h"
#include "core/review/engine.h"
#include "core/review/ranking.h"
#include "core/review/rule.h"

namespace schemalens::report {

// Everything a review writer needs, gathered once by the caller. Writers are pure functions
// of this: no clock, no absolute paths, no environment, so their output is reproducible
// (and golden-tested) byte for byte.
struct ReviewReport {
    const load::LoadResult *loaded = nullptr;
    const review::ReviewResult *result = nullptr;
    // The rule catalogue to describe (SARIF tool.driver.rules); review::allRules() normally.
    const review::Rules *rules = nullptr;
    QString toolVersion;    // injectable so golden files do not change with each release
    QString informationUri; // the project's home page, for SARIF
    // SARIF: the source's folder relative to the repository root, '/'-separated, empty or
    // ending in '/' (see sarifUriPrefix in reviewsarif.h).
    QString uriPrefix;
    QString configPath; // the review file used, relative to the source; may be empty
    QList<review::ConfigProblem> configProblems; // reported in JSON and SARIF too

    // The name to show for the source: the folder or file name, never its absolute path.
    QString sourceName() const;
    QString layout() const;
    QString dialect() const;
    const review::Rules &catalogue() const;
};

// A finding's location, with a fallback to the origin of the table it names when the rule
// left it empty (multi-table findings use their first table). Never invents a line.
model::Origin locationOf(const ReviewReport &report, const review::Finding &finding);

// "V1__init.sql:12:5", "V1__init.sql:12", "V1__init.sql" or "" when unknown.
QString locationText(const model::Origin &origin);

// The object a finding is about as a reader names it: "public.orders.customer_id",
// "index orders_status_idx on public.orders", "migration V3__x.sql"...
QString objectText(const review::ObjectRef &object);

// The word to put before objectText() where it does not name its kind itself: "table",
// "column" (translated); empty for the kinds objectText() already names.
QString objectKindWord(const review::ObjectRef &object);

// A fix split into its explanation and its SQL: the prose lines before the first line that
// reads as SQL, and the SQL from there on. Either may be empty.
struct FixParts {
    QString prose;
    QString sql;
};
FixParts splitFix(const QString &fix);

// A Markdown code block fenced with more backticks than any run inside CODE.
QString markdownFence(const QString &code, const QString &language);

// Text made inert for Markdown (every punctuation character that could start markup is
// backslash-escaped; newlines become spaces), and an inline code span that survives backticks.
QString markdownEscape(const QString &text);
QString markdownCode(const QString &text);

// "Errors", "Warnings", "Notes"... for section headings (translated).
QString severityHeading(review::Severity severity);

// Findings of one severity, in the engine's order.
review::Findings findingsOf(const review::Findings &findings, review::Severity severity);

// "2 errors, 5 warnings, 1 info" (zero counts left out; "no findings" when all are zero).
QString severityCounts(const review::Summary &summary);

// ON DELETE policies in a fixed, meaningful order ("cascade 3, set null 1, no action 2").
QString onDeleteBreakdown(const review::Summary &summary);

// The summary as label/value rows, shared by Markdown and HTML.
QList<std::pair<QString, QString>> summaryRows(const ReviewReport &report);

// A decision as one line: "Won't fix: the reason (alice, 2026-12-07)" (translated status).
QString decisionLine(const review::Decision &decision);

// An object as the Top issues list names it, short: "orders.customer_id" (no schema when it
// is public/main), "orders (orders_status_idx)", "customers+leads", a migration's file name.
QString shortObjectText(const review::ObjectRef &object);

// "a, b, c, d, e, f and 3 more" (at most SHOWN names).
QString namesList(const QStringList &names, int shown = 6);

// One item of the report's Top issues, ready to print (review::topIssues() grouped by rule).
struct TopIssueLine {
    review::Severity severity = review::Severity::Info;
    QString rule;
    QString headline;    // the finding's message, or "<rule title>: 5 columns" for a group
    QStringList objects; // shortObjectText() of every finding of a group, best first
    QString location;    // of a single finding: "V3__x.sql:12"; empty for groups
    double score = 0;
    int count = 0;
};
QList<TopIssueLine> topIssueLines(const ReviewReport &report, int maxItems = 15);

} // namespace schemalens::report
