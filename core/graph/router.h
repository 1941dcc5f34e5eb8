#pragma once

#include "core/graph/layout.h"

#include <QList>
#include <QRectF>

#include <cmath>
#include <limits>

namespace schemalens::graph {

// Edge routing around tables, without Graphviz: every edge becomes a smooth path that
// leaves the referencing table at its FK column's row (or, when no rows are shown, where
// the line between the two tables' centres leaves the box), never runs through another
// table, and otherwise stays as close to the straight line as the tables allow (so edges
// cross about as often as straight lines would). Pure C++ on values, so it runs on any
// thread: the layout worker routes whole diagrams, the GUI re-routes a dragged table's edges.
//
// A* over a grid of cells (8 directions), then the path pulled taut (line of sight between
// its corners) and its corners rounded.

struct RouteEnd {
    int node = -1;
    // Scene y of the row to attach at (left or right side, whichever faces the other end);
    // NaN: where the line from the box's centre to the other end's leaves the box.
    double rowY = std::numeric_limits<double>::quiet_NaN();
    bool hasRow() const { return !std::isnan(rowY); }
};

struct RouteEdge {
    RouteEnd tail; // the referencing table
    RouteEnd head; // the referenced table
};

struct RouterOptions {
    double cell = 0;      // grid cell in points; 0: chosen from the drawing's size
    double clearance = 6; // empty space kept around tables, points
    double cornerRadius = 22;
    int maxCells = 1'000'000; // the grid's size is bounded (large diagrams get coarser cells)
};

// The space to leave between two tables placed without a layout's channels (arranged around
// pinned tables, added near their neighbours) so that edges can leave between them: twice the
// clearance and room for a free cell of a coarse grid (drawings of thousands of points get
// cells of 7-10 points; with 24 points a table's side could have no free cell at all).
inline constexpr double kRoutingGap = 40;

// Routes EDGES among BOXES; the result has one geometry per edge, in order.
QList<EdgeGeometry> routeEdges(const QList<QRectF> &boxes, const QList<RouteEdge> &edges,
                               const RouterOptions &options = {});

// Routes only the edges listed in WHICH again (after their tables moved), treating the
// other edges' CURRENT geometry as already there. Returns the whole list.
QList<EdgeGeometry> rerouteEdges(const QList<QRectF> &boxes, const QList<RouteEdge> &edges,
                                 const QList<EdgeGeometry> &current, const QList<int> &which,
                                 const RouterOptions &options = {});

// A quick curve between two boxes that ignores everything else: what an edge looks like
// while its table is being dragged, before it is routed again.
EdgeGeometry directEdge(const QRectF &from, const RouteEnd &tail, const QRectF &to,
                        const RouteEnd &head, bool selfLoop);

// The route ends of GRAPH's edges for boxes at NODES with row centres ROWY (per node, from
// the top of its box; NodeGeometry::rowY).
QList<RouteEdge> routeEnds(const ErGraph &graph, const QList<QRectF> &nodes,
                           const QList<QList<double>> &rowY);

} // namespace schemalens::graph
