#pragma once

#include "core/report/reviewreport.h"

namespace schemalens::report {

// The review as one self-contained HTML page: inline CSS (light and dark through
// prefers-color-scheme), no scripts, no external resources, every text escaped. Same content
// as the Markdown report: summary table, strengths, findings by severity with rationale and
// fix SQL, suppressed findings.
QString reviewToHtml(const ReviewReport &report);

} // namespace schemalens::report
