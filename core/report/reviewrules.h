#pragma once

#include "core/review/rule.h"

#include <QJsonObject>

namespace schemalens::report {

// The rule catalogue for `schemalens-cli rules`: every rule's id, family, default severity,
// what it needs, title, rationale, fix, example SQL, dialects and tunable thresholds.
QString rulesToText(const review::Rules &rules);
QJsonObject rulesToJson(const review::Rules &rules); // {"rules": [...]}

QString needsName(review::Needs needs); // "static", "history", "live"

} // namespace schemalens::report
