#pragma once

#include "core/load/loadresult.h"
#include "core/review/config.h"
#include "core/review/datacheck.h"
#include "core/review/summary.h"

#include <functional>
#include <memory>

namespace schemalens::review {

struct ReviewOptions {
    ReviewConfig config;
    bool includeLive = false; // run rules that need live statistics
    // Read-only data queries for orphan-rows (--data-checks); null: data rules do not run.
    std::shared_ptr<const DataChecker> dataChecker;
    // Called as rules finish; return false to cancel (the result is then marked cancelled).
    std::function<bool(int done, int total)> progress;
    // Findings of lower confidence are left out (counted in ReviewResult::belowConfidence).
    Confidence minConfidence = Confidence::Low;
};

struct ReviewResult {
    Findings findings;                 // sorted: severity, then file, line, rule
    Findings suppressed;               // findings a review-file suppression matched
    QStringList unmatchedSuppressions; // fingerprints that matched nothing (stale entries)
    // Review-file decisions whose finding no longer appears (fixed by a migration, or the
    // rule no longer applies): shown as resolved, removed from the file only on request.
    Decisions resolvedDecisions;
    Summary summary;
    QList<Strength> strengths;
    QList<SoftReference> softReferences; // pointers into the reviewed LoadResult's schema
    int rulesRun = 0;
    int belowConfidence = 0; // findings left out by ReviewOptions::minConfidence
    bool cancelled = false;
};

// Runs every enabled rule on a loaded source. Load diagnostics become parse-error,
// migration-error and source-warning findings. Rules run in parallel; the model is not
// touched. Every finding gets its confidence (lowered where the schema explains the choice)
// and its rank (core/review/ranking.h). Pointers in the result refer into LOADED, which must
// outlive the result.
ReviewResult runReview(const load::LoadResult &loaded, const ReviewOptions &options = {});

// A stable fingerprint for a finding (rule + object identity + fingerprintKey).
QString fingerprintOf(const Finding &finding);

} // namespace schemalens::review
