#pragma once

#include "core/report/reviewreport.h"

namespace schemalens::report {

// The review for a terminal: a one-line overview, findings grouped by severity as
// "file:line:column: severity: message [rule]" (the form editors and terminals link), the
// strengths, then a summary line. COLOUR adds ANSI colours; the caller decides (TTY,
// NO_COLOR, -o).
QString reviewToText(const ReviewReport &report, bool colour = false);

} // namespace schemalens::report
