#pragma once

#include <QStringList>

namespace schemalens::cli {

// `schemalens-cli rules [--format text|json] [-o FILE]`: documents every review rule.
int runRulesCommand(const QStringList &arguments);

} // namespace schemalens::cli
