#pragma once

#include "core/report/reviewreport.h"

namespace schemalens::report {

// The review as a reviewer would post it on a pull request (GitHub-flavoured Markdown): the
// summary table, the strengths, then the findings by severity, each with its file:line, the
// object, the rationale and the fix (SQL in code blocks), and the suppressed findings.
QString reviewToMarkdown(const ReviewReport &report);

} // namespace schemalens::report
