#pragma once

#include "core/graph/ergraph.h"

#include <optional>

namespace schemalens::graph {

// How much of each table a diagram shows (View ▸ Columns, `export --columns`). Each mode
// has its own box sizes, so each is laid out (and cached, and arranged by hand) on its own.
enum class ColumnMode {
    All,   // every column
    Keys,  // primary, foreign (declared or soft) and unique key columns, and columns with findings
    Names, // no columns: the table name and its findings badge
};

// "all", "keys", "names" (the layout file's keys and the settings' values).
QString columnModeName(ColumnMode mode);
// Also accepts "none" for Names (the CLI spells it `--columns none`).
std::optional<ColumnMode> columnModeFromName(const QString &name);

// True when ROW is shown in MODE.
bool showsRow(const ColumnRow &row, ColumnMode mode);

// GRAPH with only the rows MODE shows. Nodes and edges keep their indices and everything
// else (marks, clusters, ids), so a selection or a finding maps between modes unchanged.
// Each node remembers how many rows it hides (TableNode::hiddenRows).
ErGraph projectColumns(const ErGraph &graph, ColumnMode mode);

} // namespace schemalens::graph
