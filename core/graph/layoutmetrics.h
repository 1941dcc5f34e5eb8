#pragma once

#include "core/graph/layout.h"

#include <QList>
#include <QPointF>

namespace schemalens::graph {

// How readable a laid-out diagram is, measured the way a person looks at it (issue 19): how
// much of a screen it fills when fitted, how many edges cross, how many pass over tables
// they do not belong to, and how far apart the two ends of a reference are.
struct LayoutMetrics {
    QSizeF drawing;      // the layout's bounds plus the margin, points
    double aspect = 0;   // drawing width / height
    double fitScale = 0; // zoom that fits the drawing into the viewport (not capped at 1)
    // The fitted drawing's share of the viewport's area, 0..1 (a tall strip fills little).
    double fill = 0;
    // The table boxes' share of the drawing's area, 0..1 (how dense it is).
    double ink = 0;
    // Pairs of edges that cross, away from the tables they share (two curves that run close
    // together can cross several times; that is one crossing to the eye). Running along
    // the same line is no crossing.
    int crossings = 0;
    int crossingPoints = 0;    // every point where two edges cross
    int adjacentCrossings = 0; // pairs of those that share a table (and cross away from it)
    int shallowCrossings = 0;  // of those, where they meet at less than 20° (merging, weaving)
    // (edge, table) pairs where an edge's curve runs through a table that is not one of its
    // ends (self-loops and edges inside their own table excluded).
    int edgesThroughTables = 0;
    // Distance between the centres of an FK's two tables, in units of the median table
    // box's diagonal, median and 90th percentile over non-self edges.
    double medianFkDistance = 0;
    double p90FkDistance = 0;
    int edges = 0; // non-self edges measured
};

// MARGIN is added around the layout's bounds (the scene and the exports keep one).
// CROSSINGAT (may be null) receives the crossing points.
LayoutMetrics measureLayout(const ErGraph &graph, const Layout &layout, const QSizeF &viewport,
                            double margin = 20, QList<QPointF> *crossingAt = nullptr);

// The number of pairs of edges that cross (LayoutMetrics::crossings) alone.
int edgeCrossings(const ErGraph &graph, const Layout &layout);

// An edge's cubic curve as a polyline (each cubic piece in SEGMENTS straight pieces).
QList<QPointF> flattenCurve(const EdgeGeometry &edge, int segments = 12);

} // namespace schemalens::graph
