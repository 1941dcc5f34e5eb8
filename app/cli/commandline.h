#pragma once

#include "core/load/migrationplan.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

#include <optional>

namespace schemalens::cli {

// What every subcommand does the same way: parse, answer --help, take one SOURCE, read
// --dialect, and open -o FILE or stdout. Messages start with the command's name.

// Parses ARGUMENTS. Returns an exit code when the command is over (usage error, --help),
// or std::nullopt with SOURCE set when it should go on. With needsSource false, no
// positional argument is allowed.
std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                                    const QString &command, QString *source, QTextStream &err);

// "pg"/"postgresql" or "sqlite"; false (with a message) for anything else.
bool parseDialect(const QString &value, const QString &command, load::Dialect *dialect,
                  QTextStream &err);

// Opens PATH (truncating) or, when PATH is empty, stdout; false (with a message) on error.
bool openOutput(QFile &output, const QString &path, const QString &command, QTextStream &err);

} // namespace schemalens::cli
