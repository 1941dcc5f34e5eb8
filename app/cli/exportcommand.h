#pragma once

#include <QStringList>

namespace schemalens::cli {

// `schemalens-cli export SOURCE -o FILE.{svg,png,pdf,dot,gv,mmd,md} [--layout ENGINE]
//  [--columns all|keys|none] [--group schema|prefix|community|none] [--view NAME]
//  [--aspect W:H] [--focus TABLE --depth N] [--schema NAME] [--no-findings] [--no-legend]
//  [--theme light|dark] [--dpi N] [--dialect pg|sqlite] [--config FILE]`
//
// Images use the arrangement saved in .schemalens-layout.json for the column mode (and view)
// unless --layout asks for a fresh layout.
//
// Loads and reviews SOURCE, builds the ER graph, measures and lays it out (images only) and
// writes the diagram in the format the extension names. Exit codes: 0 written, 2 usage
// error, unreadable source or review file, unknown extension, unknown focus table, or a
// layout/write failure.
int runExportCommand(const QStringList &arguments);

// Entry point used by main() for `export`: images need QtGui (fonts), so this constructs a
// QGuiApplication, on the offscreen platform unless QT_QPA_PLATFORM says otherwise, so
// that export works headless.
int runExportMain(int argc, char *argv[]);

} // namespace schemalens::cli
