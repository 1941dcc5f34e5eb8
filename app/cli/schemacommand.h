#pragma once

#include <QStringList>

namespace schemalens::cli {

enum ExitCode { ExitOk = 0, ExitFindings = 1, ExitUsage = 2 };

// `schemalens-cli schema SOURCE [--dialect pg|sqlite] [--format json|text] [--order LIST]`
int runSchemaCommand(const QStringList &arguments);

} // namespace schemalens::cli
