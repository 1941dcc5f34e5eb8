#pragma once

#include "core/graph/ergraph.h"

namespace schemalens::graph {

// The part of a diagram one finding is about, for a design review: its tables in full, the
// tables around them with only their key columns, and the edges that touch the finding's
// tables. Laid out on its own, it reads on a projector where the whole schema would not.

// The graph nodes (indexes into GRAPH) a finding names: its table, the table it references,
// and every table of a cross-table finding; in that order, without repeats.
QList<int> findingNodes(const ErGraph &graph, const review::Finding &finding);

struct AreaOptions {
    int depth = 1;     // hops around the finding's tables, over FK and soft edges
    int maxTables = 6; // the finding's tables always stay; neighbours fill up to this
    // Neighbours keep their primary key and the columns of the edges shown; the finding's
    // own tables keep every column up to this many rows, else their keys and the columns
    // with findings.
    int maxCentreRows = 14;
};

struct Area {
    ErGraph graph;     // the area, nodes in GRAPH's order; edges between kept nodes
    QList<int> centre; // indexes into graph.nodes of the finding's tables
    int leftOut = 0;   // neighbours not shown because of maxTables
    int rowsLeftOut = 0;
};

// The area of GRAPH around CENTRE (indexes into GRAPH.nodes).
Area areaAround(const ErGraph &graph, const QList<int> &centre, const AreaOptions &options = {});

// Keeps in AREA the column and edge marks of FINDING only, so that the picture of one step
// of a meeting shows which columns and which reference it is about, not every finding
// around; the tables' badges still count all their findings. Call after areaAround (rows
// with findings were kept by it).
void markOnly(Area &area, const review::Finding &finding);

} // namespace schemalens::graph
