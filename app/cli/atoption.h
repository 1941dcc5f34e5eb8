#pragma once

#include "core/load/loader.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace schemalens::cli {

// `--at MIGRATION` for schema, review and export: the source as it was after that
// migration (core/load/migrationpoint.h says how a migration is named).
QCommandLineOption atOption();

// Copies --at into OPTIONS when it is set.
void applyAtOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                   load::LoadOptions &options);

} // namespace schemalens::cli
