#pragma once

#include <QStringList>

namespace schemalens::cli {

// `schemalens-cli diff OLD NEW [--old-at M] [--new-at M]` and
// `schemalens-cli diff SOURCE --from M --to M`, with --format text|json|markdown.
// OLD and NEW may name a migration as SOURCE@MIGRATION. Exit codes for CI: 0 when the
// schemas are equal, 1 when they differ, 2 on a usage error or an unreadable source.
int runDiffCommand(const QStringList &arguments);

} // namespace schemalens::cli
