#pragma once

#include <QStringList>

namespace schemalens::cli {

// `schemalens-cli minutes SOURCE [--format markdown|html] [-o FILE] [--date YYYY-MM-DD]
//  [--config FILE] [--dialect pg|sqlite] [--theme light|dark]`
//
// Loads and reviews SOURCE with its review file and writes the minutes of the design review
// recorded there (core/report/minutes.h); the HTML embeds an SVG of each discussed finding's
// tables. Exit codes: 0 written, 2 usage error, unreadable source or invalid review file.
int runMinutesCommand(const QStringList &arguments);

// Entry point used by main() for `minutes`: the HTML's pictures need QtGui (fonts), so this
// constructs a QGuiApplication on the offscreen platform unless QT_QPA_PLATFORM says
// otherwise.
int runMinutesMain(int argc, char *argv[]);

} // namespace schemalens::cli
