#pragma once

#include <QStringList>

namespace schemalens::cli {

// `schemalens-cli review SOURCE [--format text|json|sarif|markdown|html]
//  [--fail-on error|warning|info] [--config FILE] [-o FILE] [--dialect pg|sqlite]`
//
// Exit codes: 0 when the review ran (whatever it found, unless --fail-on says otherwise),
// 1 when a finding at or above --fail-on remains after suppressions, 2 for usage errors,
// an unreadable source, or a review file that cannot be read or is not JSON. Problems inside
// a readable review file (unknown keys, bad values) are warnings on stderr with their JSON
// path, and the rest of the file applies.
int runReviewCommand(const QStringList &arguments);

} // namespace schemalens::cli
