#include "core/review/engine.h"

#include "core/review/decisions.h"
#include "core/review/inlineignore.h"
#include "core/review/ranking.h"
#include "core/review/rule.h"
#include "core/util/sha256.h"

#include <QStringBuilder>

#include <algorithm>
#include <atomic>
#include <numeric>
#include <thread>

namespace schemalens::review {

namespace {

Severity severityOf(load::Diagnostic::Severity severity)
{
    switch (severity) {
    case load::Diagnostic::Severity::Error:
        return Severity::Error;
    case load::Diagnostic::Severity::Warning:
        return Severity::Warning;
    case load::Diagnostic::Severity::Info:
        return Severity::Info;
    }
    return Severity::Error;
}

Findings findingsFromDiagnostics(const load::LoadResult &loaded)
{
    Findings findings;
    QHash<QString, int> seen; // rule + file + message -> occurrences so far
    for (const load::Diagnostic &diagnostic : loaded.diagnostics) {
        Finding finding;
        finding.rule = diagnostic.rule;
        finding.severity = severityOf(diagnostic.severity);
        finding.object.kind = ObjectRef::Kind::Migration;
        finding.object.file = diagnostic.location.file;
        finding.message = diagnostic.message;
        finding.location = diagnostic.location;
        // Two diagnostics of one file differ by message, not by line (lines move); the same
        // message again in one file (several statements on a missing table) is told apart by
        // its occurrence, so each keeps a fingerprint of its own (decisions, SARIF alerts).
        finding.fingerprintKey = diagnostic.message;
        const int occurrence = ++seen[diagnostic.rule + QChar(0x1f) + diagnostic.location.file +
                                      QChar(0x1f) + diagnostic.message];
        if (occurrence > 1)
            finding.fingerprintKey += QLatin1Char('#') + QString::number(occurrence);
        findings.append(std::move(finding));
    }
    return findings;
}

bool ruleApplies(const Rule &rule, const ReviewContext &context, const ReviewOptions &options)
{
    if (!rule.run || !options.config.enabled(rule.info.id))
        return false;
    if (rule.info.optIn && !options.config.enabledRules.contains(rule.info.id))
        return false;
    if (rule.info.needs == Needs::Live && !options.includeLive)
        return false;
    if (rule.info.needs == Needs::History && !context.hasMigrationHistory())
        return false;
    return context.isSqlite() ? rule.info.sqlite : rule.info.postgres;
}

bool findingLess(const Finding &a, const Finding &b)
{
    if (a.severity != b.severity)
        return a.severity < b.severity;
    if (a.location.file != b.location.file)
        return a.location.file < b.location.file;
    if (a.location.line != b.location.line)
        return a.location.line < b.location.line;
    if (a.rule != b.rule)
        return a.rule < b.rule;
    return a.message < b.message;
}

// Sorts FINDINGS by findingLess, stably. A finding holds a dozen strings and lists: sorting
// positions and moving each finding once costs a fraction of moving them through a merge
// sort (thousands of findings on a large schema).
void sortFindings(Findings &findings)
{
    std::vector<qsizetype> order(size_t(findings.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&findings](qsizetype a, qsizetype b) {
        return findingLess(findings.at(a), findings.at(b));
    });
    Findings sorted;
    sorted.reserve(findings.size());
    for (const qsizetype i : order)
        sorted.append(std::move(findings[i]));
    findings = std::move(sorted);
}

} // namespace

QString fingerprintOf(const Finding &finding)
{
    // The hash of these parts joined by U+001F, as UTF-8. Review files key decisions by it:
    // what goes in, and how, must never change. Built in one expression (one allocation, not
    // a list and its join): this runs for every finding.
    const ObjectRef &o = finding.object;
    QStringList tables = o.tables;
    tables.sort();
    QStringList columns = o.columns;
    columns.sort();
    const QChar sep(0x1f);
    const QString text =
        finding.rule % sep % ObjectRef::kindName(o.kind) % sep % o.schema % sep % o.table % sep %
        o.column % sep % o.constraint % sep % o.index % sep % o.refSchema % sep % o.refTable % sep %
        o.refColumns.join(QLatin1Char(',')) % sep % tables.join(QLatin1Char(',')) % sep %
        columns.join(QLatin1Char(',')) % sep % o.file % sep % finding.fingerprintKey;
    const QByteArray digest = util::sha256(text.toUtf8());
    return QString::fromLatin1(digest.left(12).toHex());
}

ReviewResult runReview(const load::LoadResult &loaded, const ReviewOptions &options)
{
    ReviewResult result;
    const ReviewContext context(loaded.schema, loaded.source, options.config,
                                options.dataChecker.get());

    QList<const Rule *> toRun;
    for (const Rule &rule : allRules()) {
        if (ruleApplies(rule, context, options))
            toRun.append(&rule);
    }

    // Rules are independent and read-only: run them on a few threads, each writing only its
    // own slot, then merge in catalogue order so the output never depends on scheduling.
    // Fingerprints depend on nothing the merge changes (rule, object, fingerprintKey), so
    // they are computed on the same threads.
    QList<Findings> perRule(toRun.size());
    std::atomic<int> next{0};
    std::atomic<int> done{0};
    std::atomic<bool> cancelled{false};
    auto runRule = [&](int i) {
        toRun.at(i)->run(context, perRule[i]);
        for (Finding &f : perRule[i]) {
            f.rule = toRun.at(i)->info.id;
            f.fingerprint = fingerprintOf(f);
        }
    };
    auto worker = [&] {
        for (int i = next++; i < toRun.size() && !cancelled; i = next++) {
            runRule(i);
            ++done;
        }
    };
    const int threads =
        std::clamp(int(std::thread::hardware_concurrency()), 1, 4) - 1; // caller works too
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back(worker);
    for (int i = next++; i < toRun.size() && !cancelled; i = next++) {
        runRule(i);
        ++done;
        if (options.progress && !options.progress(done, int(toRun.size())))
            cancelled = true;
    }
    for (std::thread &thread : pool)
        thread.join();
    if (options.progress && !cancelled && !options.progress(done, int(toRun.size())))
        cancelled = true;
    result.cancelled = cancelled;
    result.rulesRun = done;

    // The merge moves each finding once: a finding holds a dozen strings and lists, and a
    // large schema has thousands of them.
    Findings all;
    qsizetype total = 0;
    for (const Findings &findings : std::as_const(perRule))
        total += findings.size();
    if (options.config.enabled(QStringLiteral("parse-error")) ||
        options.config.enabled(QStringLiteral("migration-error"))) {
        for (Finding &f : findingsFromDiagnostics(loaded)) {
            if (options.config.enabled(f.rule))
                all.append(std::move(f));
        }
    }
    all.reserve(total + all.size());
    for (int i = 0; i < toRun.size(); ++i) {
        const RuleInfo &info = toRun.at(i)->info;
        for (Finding &f : perRule[i]) {
            f.severity = info.defaultSeverity;
            if (f.rationale.isEmpty())
                f.rationale = info.rationale;
            all.append(std::move(f));
        }
    }
    perRule.clear();

    // Ignores written in the migration files (-- schemalens-ignore) come first.
    applyInlineIgnores(loaded, all, result.suppressed);
    if (!options.config.enabled(QStringLiteral("unused-ignore")))
        all.removeIf([](const Finding &f) { return f.rule == QLatin1String("unused-ignore"); });

    // Then the review file's severities and suppressions, in place: most reviews suppress
    // nothing, and then no finding moves.
    QHash<QString, QString> suppressions;
    for (const Suppression &s : options.config.suppressions)
        suppressions.insert(s.fingerprint, s.reason);
    QSet<QString> matched;
    std::vector<bool> suppressedHere(size_t(all.size()), false);
    bool anySuppressed = false;
    for (qsizetype i = 0; i < all.size(); ++i) {
        Finding &f = all[i];
        if (const auto it = options.config.severities.constFind(f.rule);
            it != options.config.severities.cend())
            f.severity = *it;
        if (f.rationale.isEmpty()) {
            if (const Rule *rule = findRule(f.rule))
                f.rationale = rule->info.rationale;
        }
        if (f.fingerprint.isEmpty()) // load diagnostics
            f.fingerprint = fingerprintOf(f);
        if (const auto it = suppressions.constFind(f.fingerprint); it != suppressions.cend()) {
            f.suppressedBecause = *it;
            matched.insert(f.fingerprint);
            suppressedHere[size_t(i)] = anySuppressed = true;
        }
    }
    if (anySuppressed) { // split, keeping the order of both parts
        qsizetype kept = 0;
        for (qsizetype i = 0; i < all.size(); ++i) {
            if (suppressedHere[size_t(i)]) {
                result.suppressed.append(std::move(all[i]));
                continue;
            }
            if (kept != i)
                all[kept] = std::move(all[i]);
            ++kept;
        }
        all.resize(kept);
    }
    result.findings = std::move(all);
    for (const Suppression &s : options.config.suppressions) {
        if (!matched.contains(s.fingerprint))
            result.unmatchedSuppressions.append(s.fingerprint);
    }
    assessConfidence(context, result.findings);
    rankFindings(context, result.findings);
    rankFindings(context, result.suppressed);
    if (options.minConfidence != Confidence::Low) {
        const auto below =
            std::remove_if(result.findings.begin(), result.findings.end(),
                           [&](const Finding &f) { return f.confidence > options.minConfidence; });
        result.belowConfidence = int(result.findings.end() - below);
        result.findings.erase(below, result.findings.end());
    }
    sortFindings(result.findings);
    sortFindings(result.suppressed);
    applyDecisions(result, options.config.decisions);

    result.softReferences = context.softReferences();
    result.summary = summarize(context, result.findings, int(loaded.source.units.size()));
    result.strengths = findStrengths(context, result.findings);
    return result;
}

} // namespace schemalens::review
