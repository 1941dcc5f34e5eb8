#pragma once

#include "core/util/result.h"

#include <QStringList>

namespace schemalens::load {

// The value of an --order option: a comma-separated list of migration paths, or @FILE with
// one path per line (blank lines and # comments ignored). Shared by the CLI and the window.
Result<QStringList> parseOrderList(const QString &value);

} // namespace schemalens::load
