#pragma once

#include "core/load/discovery/layouts.h"
#include "core/load/discovery/tree.h"

namespace schemalens::load::discovery {

// Nothing is skipped silently. Completes the chosen layout's list of files it leaves out
// with every other file in its folders (README.md, metadata.toml, backups, "1_x.up..sql"),
// each with its reason, and adds a source-warning for each left-out file that looks like a
// migration the tool would not run:
//  - a near-miss name the layout would take once corrected (a doubled dot, "UP" for "up",
//    ".SQL", ".psql", "1-x" for "1_x", "v1__" for "V1__", a missing ".up"): "did you mean";
//  - a down migration whose version has no up migration;
//  - any other left-out file with a version-like name or an SQL extension whose text
//    creates, alters or drops schema objects (found with the SQLite tokenizer, outside
//    comments and strings).
// Deliberate exclusions (undo/revert/verify scripts, other dialects, superseded schemas)
// stay quiet. `tree` is null for a single file given directly.
void reviewSkipped(Candidate &chosen, const Tree *tree, Diagnostics *diagnostics);

// The corrections reviewSkipped() tries on a file name, in order (exposed for tests).
QStringList nameCorrections(const QString &name);

// True when `sql` creates, alters or drops a schema object outside comments and strings.
bool changesSchema(const QByteArray &sql);

} // namespace schemalens::load::discovery
