#pragma once

#include "core/graph/ergraph.h"
#include "core/util/result.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <functional>

namespace schemalens::graph {

// Node geometry decided by whoever measures text (core/render, with real font metrics): the
// box size, and the vertical centre of each column row relative to the box top, so that
// edges attach to the FK column's row (ports).
struct NodeGeometry {
    QSizeF size;           // points
    QList<double> rowY;    // centre of row i, from the top of the box
};

struct LayoutOptions {
    // "dot", "sfdp", "neato", "fdp", or "auto" (dot while the graph stays readable and fast,
    // sfdp beyond; see layout.cpp for the measured thresholds).
    QString engine = QStringLiteral("auto");
    bool leftToRight = true; // dot rankdir=LR
    bool clusters = true;    // draw TableNode::cluster groups
    double nodeSeparation = 28; // points
    double rankSeparation = 72; // points
};

struct EdgeGeometry {
    // Cubic bezier in scene coordinates: points[0], then (c1, c2, end) triplets.
    QList<QPointF> points;
    QPointF tail; // where the edge leaves the referencing table (at its row)
    QPointF head; // where it meets the referenced table (at its key row)
};

struct ClusterGeometry {
    QString name;
    QRectF rect;
};

// Scene coordinates: points, y down, origin at the top-left of the drawing.
struct Layout {
    QRectF bounds;
    QList<QRectF> nodes;       // index = ErGraph::nodes index
    QList<EdgeGeometry> edges; // index = ErGraph::edges index
    QList<ClusterGeometry> clusters;
    QString engine; // the engine actually used
};

struct LayoutRequest {
    ErGraph graph;
    QList<NodeGeometry> geometry; // index = ErGraph::nodes index
    LayoutOptions options;
};

// Lays out synchronously on the calling thread (all Graphviz calls are serialized inside).
// Value in, value out; no Graphviz type escapes (CONVENTIONS.md items 2-3).
Result<Layout> computeLayout(const LayoutRequest &request);

} // namespace schemalens::graph
