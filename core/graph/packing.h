#pragma once

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <functional>

namespace schemalens::graph {

// Geometry helpers of the compact layout (core/graph/compactlayout.cpp): turning a
// force-directed picture into a dense one of a chosen shape, and finding room for a table.

// Positions along a line for items in their given order, each at least GAP after the end of
// the one before, as close as possible to DESIRED (least squares; isotonic regression).
// Returns each item's start.
QList<double> placeInOrder(const QList<double> &desired, const QList<double> &lengths, double gap);

struct LaneOptions {
    bool rows = true;      // horizontal lanes (rows) or vertical ones (columns)
    double gapAlong = 24;  // between neighbours in a lane
    double gapAcross = 24; // between lanes
    double aspect = 1.6;   // width / height wanted for the whole
    // The references between the boxes (index pairs): when given, tables are swapped within
    // and between neighbouring lanes where that removes crossings of the lines between them
    // (and lines through other tables), in up to IMPROVEPASSES passes.
    QList<std::pair<int, int>> edges;
    int improvePasses = 4;
    // Also move each table into the lane nearest its neighbours (not only swap it).
    bool relocate = true;
};

// Boxes of SIZES placed in lanes so that the whole has about OPTIONS.aspect: nodes are cut
// into lanes by their position across the lanes in CENTRES (a force-directed picture) and
// ordered by their position along them, so neighbours there stay neighbours here. Returns
// each box's rectangle; the whole starts at (0, 0).
QList<QRectF> laneLayout(const QList<QSizeF> &sizes, const QList<QPointF> &centres,
                         const LaneOptions &options);

// CENTRES rotated about their centroid so that their principal axis lies horizontally (a
// tall picture becomes a wide one). Sizes are not rotated: use before laneLayout().
QList<QPointF> principalAxisHorizontal(const QList<QPointF> &centres);

// The top-left for a box of SIZE nearest to DESIRED (its centre) where it overlaps none of
// OCCUPIED, each kept GAP apart; searched outwards in rings of STEP points.
QPointF freeSpotNear(const QList<QRectF> &occupied, const QSizeF &size, const QPointF &desired,
                     double gap, double step = 12);

// Blocks of flexible shape (areas AREAS, ordered by ORDER's positions as laneLayout orders
// nodes) in rows of one width: the shape each block should take so that the whole has
// ASPECT. Returns one rect per block (the room it gets), the whole starting at (0, 0).
QList<QRectF> justifiedRows(const QList<double> &areas, const QList<QPointF> &order, double aspect,
                            double gap);

} // namespace schemalens::graph
