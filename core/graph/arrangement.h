#pragma once

#include "core/graph/layout.h"
#include "core/graph/layoutfile.h"

#include <QSet>

namespace schemalens::graph {

// Hand arrangements applied to a laid-out diagram, and named views.

// Where each table goes when ARRANGEMENT (positions by node id) meets GRAPH: arranged tables
// at their saved top-left; tables the arrangement does not know (a new migration added
// them) near their placed neighbours, in free space, never moving an arranged one; tables
// it names that no longer exist are ignored. AUTOMATIC (may be null) is the layout made
// without the arrangement, used for its positions when the arrangement knows no table.
struct Placement {
    QList<QRectF> nodes;          // per node
    QList<bool> pinned;           // per node
    QList<int> added;             // nodes the arrangement did not know, placed near neighbours
    bool fromArrangement = false; // false: AUTOMATIC's positions as they were
};
Placement applyArrangement(const ErGraph &graph, const QList<NodeGeometry> &geometry,
                           const Arrangement &arrangement, const Layout *automatic);

// A whole Layout for PLACEMENT: boxes as placed, edges routed around them (router.h),
// bounds. Clusters are not kept (tables may have left them).
Layout layoutFor(const ErGraph &graph, const QList<NodeGeometry> &geometry,
                 const QList<QRectF> &nodes);

// The arrangement that reproduces NODES (positions by node id), with PINNED tables marked.
Arrangement arrangementOf(const ErGraph &graph, const QList<QRectF> &nodes,
                          const QList<bool> &pinned);

// The part of GRAPH a view shows: its TABLES (node ids), each edge between two of them, and
// for every edge to a table outside the view a stub node naming that table (TableNode::stub,
// no rows, no findings), so the reference is visible without the rest of the schema.
// VIEWNODES receives, per node of the result, the index of the node in GRAPH.
ErGraph viewGraph(const ErGraph &graph, const QStringList &tables, QList<int> *viewNodes = nullptr);

// Node ids of GRAPH within DEPTH hops of NODE (both directions), sorted.
QStringList neighbourhood(const ErGraph &graph, int node, int depth);

} // namespace schemalens::graph
