#include "core/graph/layoutmetrics.h"

#include <QHash>
#include <QLineF>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace schemalens::graph {

namespace {

QPointF cubicPoint(const QPointF &p0, const QPointF &p1, const QPointF &p2, const QPointF &p3,
                   double t)
{
    const double u = 1 - t;
    return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
}

bool segmentsCross(const QLineF &a, const QLineF &b, QPointF *at)
{
    return a.intersects(b, at) == QLineF::BoundedIntersection;
}

// Liang-Barsky: does the segment pass through the inside of RECT?
bool segmentHitsRect(const QPointF &p, const QPointF &q, const QRectF &rect)
{
    double t0 = 0, t1 = 1;
    const double dx = q.x() - p.x(), dy = q.y() - p.y();
    const double pp[4] = {-dx, dx, -dy, dy};
    const double qq[4] = {p.x() - rect.left(), rect.right() - p.x(), p.y() - rect.top(),
                          rect.bottom() - p.y()};
    for (int i = 0; i < 4; ++i) {
        if (std::abs(pp[i]) < 1e-12) {
            if (qq[i] < 0)
                return false;
            continue;
        }
        const double r = qq[i] / pp[i];
        if (pp[i] < 0)
            t0 = std::max(t0, r);
        else
            t1 = std::min(t1, r);
        if (t0 > t1)
            return false;
    }
    return true;
}

QRectF boundsOf(const QList<QPointF> &points)
{
    if (points.isEmpty())
        return {};
    double l = points.first().x(), r = l, t = points.first().y(), b = t;
    for (const QPointF &p : points) {
        l = std::min(l, p.x());
        r = std::max(r, p.x());
        t = std::min(t, p.y());
        b = std::max(b, p.y());
    }
    return QRectF(QPointF(l, t), QPointF(r, b));
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(values.size() * p)));
}

struct Crossings {
    int pairs = 0;
    int points = 0;
    int adjacentPairs = 0;
    int shallow = 0;
};

// Crossings: intersection points of two edges' curves (LINES, flattened), except near a
// table both edges touch (edges into the same table meet at its side by design) and near the
// ends. A uniform grid finds the candidates; a pair of pieces is tested only in the cell that
// holds the top-left corner of their bounding boxes' overlap, so once without remembering it.
Crossings countCrossings(const ErGraph &graph, const Layout &layout,
                         const QList<QList<QPointF>> &lines, QList<QPointF> *crossingAt)
{
    constexpr double cell = 64;
    struct Piece {
        int edge;
        int index; // the piece from point index-1 to point index
        QRectF box;
    };
    std::vector<Piece> pieces;
    struct Entry {
        quint64 cell;
        int piece;
    };
    std::vector<Entry> entries;
    auto key = [](int x, int y) { return (quint64(quint32(x)) << 32) | quint32(y); };
    const int n = int(lines.size());
    for (int i = 0; i < n; ++i) {
        const QList<QPointF> &line = lines.at(i);
        for (int k = 1; k < line.size(); ++k) {
            const QRectF box = QRectF(line.at(k - 1), line.at(k)).normalized();
            const int piece = int(pieces.size());
            pieces.push_back({i, k, box});
            for (int x = int(std::floor(box.left() / cell));
                 x <= int(std::floor(box.right() / cell)); ++x)
                for (int y = int(std::floor(box.top() / cell));
                     y <= int(std::floor(box.bottom() / cell)); ++y)
                    entries.push_back({key(x, y), piece});
        }
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.cell != b.cell ? a.cell < b.cell : a.piece < b.piece;
    });
    auto nearEnd = [&](int e, const QPointF &p) {
        const EdgeGeometry &g = layout.edges.at(e);
        return QLineF(p, g.tail).length() < 10 || QLineF(p, g.head).length() < 10;
    };
    Crossings out;
    std::vector<quint64> crossingPairs, adjacentPairs;
    for (size_t from = 0; from < entries.size();) {
        size_t to = from;
        while (to < entries.size() && entries.at(to).cell == entries.at(from).cell)
            ++to;
        const quint64 here = entries.at(from).cell;
        for (size_t a = from; a < to; ++a)
            for (size_t b = a + 1; b < to; ++b) {
                const Piece *pa = &pieces.at(entries.at(a).piece);
                const Piece *pb = &pieces.at(entries.at(b).piece);
                if (pa->edge == pb->edge)
                    continue;
                const double left = std::max(pa->box.left(), pb->box.left());
                const double top = std::max(pa->box.top(), pb->box.top());
                if (left > std::min(pa->box.right(), pb->box.right()) ||
                    top > std::min(pa->box.bottom(), pb->box.bottom()))
                    continue;
                if (key(int(std::floor(left / cell)), int(std::floor(top / cell))) != here)
                    continue; // tested in the cell of the overlap's corner
                if (pa->edge > pb->edge)
                    std::swap(pa, pb);
                const int ea = pa->edge, eb = pb->edge;
                QPointF at;
                const QLineF la(lines.at(ea).at(pa->index - 1), lines.at(ea).at(pa->index));
                const QLineF lb(lines.at(eb).at(pb->index - 1), lines.at(eb).at(pb->index));
                if (!segmentsCross(la, lb, &at))
                    continue;
                // Two edges running along the same line (a shared trunk) overlap; their
                // flattened pieces then "cross" at rounding noise. That is no crossing.
                double angle = std::fmod(std::abs(la.angleTo(lb)), 180.0);
                angle = std::min(angle, 180 - angle);
                if (angle < 3)
                    continue;
                if (nearEnd(ea, at) || nearEnd(eb, at))
                    continue;
                const Edge &x = graph.edges.at(ea);
                const Edge &y = graph.edges.at(eb);
                bool nearShared = false;
                bool adjacent = false;
                for (int t : {x.from, x.to})
                    if (t == y.from || t == y.to) {
                        adjacent = true;
                        if (layout.nodes.at(t).adjusted(-16, -16, 16, 16).contains(at))
                            nearShared = true;
                    }
                const quint64 pair = (quint64(quint32(ea)) << 32) | quint32(eb);
                if (adjacent && !nearShared)
                    adjacentPairs.push_back(pair);
                if (!nearShared) {
                    ++out.points;
                    if (angle < 20)
                        ++out.shallow;
                    crossingPairs.push_back(pair);
                    if (crossingAt)
                        crossingAt->append(at);
                }
            }
        from = to;
    }
    auto distinct = [](std::vector<quint64> &pairs) {
        std::sort(pairs.begin(), pairs.end());
        return int(std::unique(pairs.begin(), pairs.end()) - pairs.begin());
    };
    out.pairs = distinct(crossingPairs);
    out.adjacentPairs = distinct(adjacentPairs);
    return out;
}

QList<QList<QPointF>> flattenedEdges(const ErGraph &graph, const Layout &layout)
{
    const int n = int(std::min(graph.edges.size(), layout.edges.size()));
    QList<QList<QPointF>> lines(n);
    for (int i = 0; i < n; ++i)
        lines[i] = flattenCurve(layout.edges.at(i));
    return lines;
}

} // namespace

QList<QPointF> flattenCurve(const EdgeGeometry &edge, int segments)
{
    QList<QPointF> line;
    const QList<QPointF> &p = edge.points;
    if (p.size() < 4) {
        line << edge.tail << edge.head;
        return line;
    }
    line << p.first();
    for (int i = 0; i + 3 < p.size(); i += 3)
        for (int k = 1; k <= segments; ++k)
            line << cubicPoint(p.at(i), p.at(i + 1), p.at(i + 2), p.at(i + 3),
                               double(k) / segments);
    return line;
}

LayoutMetrics measureLayout(const ErGraph &graph, const Layout &layout, const QSizeF &viewport,
                            double margin, QList<QPointF> *crossingAt)
{
    LayoutMetrics m;
    QRectF bounds = layout.bounds;
    for (const QRectF &box : layout.nodes)
        bounds |= box;
    m.drawing = bounds.size() + QSizeF(2 * margin, 2 * margin);
    if (m.drawing.isEmpty() || viewport.isEmpty())
        return m;
    m.aspect = m.drawing.width() / m.drawing.height();
    m.fitScale =
        std::min(viewport.width() / m.drawing.width(), viewport.height() / m.drawing.height());
    m.fill = m.drawing.width() * m.drawing.height() * m.fitScale * m.fitScale /
             (viewport.width() * viewport.height());
    double boxes = 0;
    QList<double> diagonals;
    for (const QRectF &box : layout.nodes) {
        boxes += box.width() * box.height();
        diagonals << std::hypot(box.width(), box.height());
    }
    m.ink = boxes / (m.drawing.width() * m.drawing.height());
    const double unit = std::max(1.0, percentile(diagonals, 0.5));

    // Flattened edges with their bounding boxes; a uniform grid of cells finds candidates.
    const QList<QList<QPointF>> lines = flattenedEdges(graph, layout);
    const int n = int(lines.size());
    QList<QRectF> extents(n);
    for (int i = 0; i < n; ++i)
        extents[i] = boundsOf(lines[i]);
    QList<double> distances;
    for (int i = 0; i < n; ++i) {
        const Edge &edge = graph.edges.at(i);
        if (edge.selfLoop() || edge.from >= layout.nodes.size() || edge.to >= layout.nodes.size())
            continue;
        ++m.edges;
        distances << QLineF(layout.nodes.at(edge.from).center(), layout.nodes.at(edge.to).center())
                             .length() /
                         unit;
        // Through other tables: shrunk a little, so that touching a border is not counted.
        for (int t = 0; t < layout.nodes.size(); ++t) {
            if (t == edge.from || t == edge.to)
                continue;
            const QRectF box = layout.nodes.at(t).adjusted(2, 2, -2, -2);
            if (!box.isValid() || !extents[i].intersects(box))
                continue;
            const QList<QPointF> &line = lines[i];
            for (int k = 1; k < line.size(); ++k)
                if (segmentHitsRect(line.at(k - 1), line.at(k), box)) {
                    ++m.edgesThroughTables;
                    break;
                }
        }
    }
    m.medianFkDistance = percentile(distances, 0.5);
    m.p90FkDistance = percentile(distances, 0.9);

    const Crossings crossings = countCrossings(graph, layout, lines, crossingAt);
    m.crossings = crossings.pairs;
    m.crossingPoints = crossings.points;
    m.adjacentCrossings = crossings.adjacentPairs;
    m.shallowCrossings = crossings.shallow;
    return m;
}

int edgeCrossings(const ErGraph &graph, const Layout &layout)
{
    return countCrossings(graph, layout, flattenedEdges(graph, layout), nullptr).pairs;
}

} // namespace schemalens::graph
