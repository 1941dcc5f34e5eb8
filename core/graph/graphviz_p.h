#pragma once

// Private to core/graph: the seam between computeLayout and the Graphviz adapter. Nothing
// here includes Graphviz headers (their macros are kept inside graphvizlayout.cpp).

#include "core/graph/layout.h"

namespace schemalens::graph::detail {

// The row a column's edges attach to: index into TableNode::rows, or -1 (attach to the box).
int rowOfColumn(const TableNode &node, const QString &column);
// The rows an edge attaches to: the first FK column on the referencing side, and on the
// referenced side the first referenced column (the primary key's when none is named).
int tailRow(const ErGraph &graph, const Edge &edge);
int headRow(const ErGraph &graph, const Edge &edge);

// Vertical bands of a node's rows: N+1 boundaries from the top of the box, bands[i]..bands[i+1]
// being row i; the space above bands[0] is the header. Derived from NodeGeometry::rowY so
// that the centre of band i is rowY[i] wherever the rows are evenly spaced.
QList<double> rowBands(const NodeGeometry &geometry);

struct GraphvizOutput {
    QSizeF size;            // bounding box, points
    QList<QPointF> centers; // node centres, scene coordinates (y down)
    QList<QList<QPointF>>
        splines; // per edge as Graphviz routed it (dot only), y down, empty otherwise
    QList<ClusterGeometry> clusters;
};

// Positions only, for the compact layout (core/graph/compactlayout.cpp): boxes of SIZES
// (points) joined by EDGES (node index pairs, undirected), laid out by a force-directed
// ENGINE with overlap removal. PINNED (index = node; empty or NaN points for free nodes) holds
// centres that must not move. Returns the centres, y down, in Graphviz's point units.
struct PositionRequest {
    QList<QSizeF> sizes;
    QList<std::pair<int, int>> edges;
    QList<double> weights; // per edge; empty: 1
    QString engine = QStringLiteral("neato");
    double separation = 12; // points kept between boxes by overlap removal
    bool pack = true;       // lay out connected components apart, then pack them
    QList<QPointF> pinned;  // centres, NaN for free nodes; empty: none
    double edgeLength = 0;  // preferred edge length in points (0: engine default)
    int seed = 1;           // the random start: same seed, same picture
};
Result<QList<QPointF>> runGraphvizPositions(const PositionRequest &request);

// Runs ENGINE on REQUEST under the process-wide Graphviz mutex.
Result<GraphvizOutput> runGraphviz(const LayoutRequest &request, const QString &engine);
// The same input as DOT text.
QByteArray graphvizInput(const LayoutRequest &request, const QString &engine);
int graphvizRuns();

} // namespace schemalens::graph::detail
