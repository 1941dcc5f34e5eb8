#pragma once

#include "core/graph/ergraph.h"

#include <QByteArray>
#include <QString>

namespace schemalens::graph {

struct MermaidOptions {
    bool columns = true;  // list each entity's typed attributes
    bool comments = true; // attribute comments: "soft FK", the original name or type
};

// A Mermaid `erDiagram` for Markdown documents: one entity per table with typed attributes
// and PK/FK/UK keys, one relationship per edge with crow's-foot cardinality from
// Edge::optional/oneToOne ("--" for a declared FK, ".." for a soft one). Names and types are
// rewritten to what Mermaid's grammar accepts; distinct tables stay distinct entities.
QByteArray toMermaid(const ErGraph &graph, const MermaidOptions &options = {});

// Mermaid's grammar for entity names, attribute names and attribute types, applied to one
// word: letters, digits, '_' and '-' (types also keep "()[]"); anything else becomes '_', a
// leading digit gets a '_' before it. Exposed for tests.
QString mermaidName(const QString &text);
QString mermaidType(const QString &text);

} // namespace schemalens::graph
