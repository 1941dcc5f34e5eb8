// Edges: the spline Graphviz routed, coloured by ON DELETE policy, with crow's-foot marks
// where it meets each table.

#include "core/render/paint.h"

#include <QLineF>
#include <QPainter>

#include <cmath>

namespace schemalens::render {

namespace {

QPointF unit(const QPointF &v)
{
    const double length = std::hypot(v.x(), v.y());
    return length > 1e-9 ? v / length : QPointF(1, 0);
}

// The end of an edge: the point touching a table and the direction it arrives in.
struct EdgeEnd {
    QPointF tip;
    QPointF direction;
};

// Direction into the end point, from the nearest control point that differs from it.
QPointF arrivalDirection(const QList<QPointF> &points, bool atStart)
{
    const int n = int(points.size());
    const QPointF tip = atStart ? points.first() : points.last();
    for (int k = 1; k < n; ++k) {
        const QPointF from = atStart ? points.at(k) : points.at(n - 1 - k);
        if (QLineF(from, tip).length() > 0.5)
            return unit(tip - from);
    }
    return QPointF(1, 0);
}

// Graphviz may return the spline in either direction (its own edge direction can be
// reversed to break cycles); tail/head say which end is which.
std::pair<EdgeEnd, EdgeEnd> edgeEnds(const graph::EdgeGeometry &g)
{
    if (g.points.size() < 2) {
        const QPointF d = unit(g.head - g.tail);
        return {{g.tail, -d}, {g.head, d}};
    }
    const QPointF first = g.points.first();
    const QPointF last = g.points.last();
    const bool haveEnds = !g.tail.isNull() || !g.head.isNull();
    const bool reversed =
        haveEnds && QLineF(first, g.head).length() + QLineF(last, g.tail).length() <
                        QLineF(first, g.tail).length() + QLineF(last, g.head).length();
    const EdgeEnd startEnd{first, arrivalDirection(g.points, true)};
    const EdgeEnd endEnd{last, arrivalDirection(g.points, false)};
    return reversed ? std::pair{endEnd, startEnd} : std::pair{startEnd, endEnd};
}

QPointF normal(const QPointF &u)
{
    return QPointF(-u.y(), u.x());
}

} // namespace

EdgeStyle edgeStyle(const graph::Edge &edge, const Theme &theme, bool findings)
{
    EdgeStyle style;
    style.colour = edge.dependency ? theme.mutedText
                   : edge.soft     ? theme.soft
                                   : theme.policyColour(graph::deletePolicy(edge));
    style.penStyle = edge.dependency ? Qt::DotLine : edge.soft ? Qt::DashLine : Qt::SolidLine;
    style.width = theme.edgeWidth;
    style.childEnd = graph::childEnd(edge);
    style.parentEnd = graph::parentEnd(edge);
    if (findings && edge.marks.worst()) {
        style.finding = edge.marks.worst();
        style.findingColour = theme.severityColour(*style.finding);
    }
    return style;
}

QPainterPath edgePath(const graph::EdgeGeometry &g)
{
    QPainterPath path;
    const QList<QPointF> &p = g.points;
    if (p.size() >= 4) {
        path.moveTo(p.first());
        int i = 1;
        for (; i + 2 < p.size(); i += 3)
            path.cubicTo(p.at(i), p.at(i + 1), p.at(i + 2));
        for (; i < p.size(); ++i) // a malformed tail: straight segments
            path.lineTo(p.at(i));
    } else if (p.size() >= 2) {
        path.moveTo(p.first());
        for (int i = 1; i < p.size(); ++i)
            path.lineTo(p.at(i));
    } else {
        path.moveTo(g.tail);
        path.lineTo(g.head);
    }
    return path;
}

void paintEndMark(QPainter &painter, graph::EndMark mark, const QPointF &tip,
                  const QPointF &direction, const QColor &colour, const Theme &theme, double width)
{
    const QPointF u = unit(direction); // into the table
    const QPointF n = normal(u);
    const double half = 5.5;
    const double circleRadius = 3.6;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(colour, width, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    painter.setBrush(Qt::NoBrush);
    const auto bar = [&](double distance) {
        const QPointF c = tip - u * distance;
        painter.drawLine(c + n * half, c - n * half);
    };
    const auto circle = [&](double distance) {
        painter.setBrush(theme.background);
        painter.drawEllipse(tip - u * distance, circleRadius, circleRadius);
        painter.setBrush(Qt::NoBrush);
    };
    switch (mark) {
    case graph::EndMark::ExactlyOne:
        bar(5);
        bar(9);
        break;
    case graph::EndMark::ZeroOrOne:
        bar(5);
        circle(12.5);
        break;
    case graph::EndMark::None:
        break;
    case graph::EndMark::ZeroOrMany: {
        const QPointF root = tip - u * 11;
        painter.drawLine(root, tip + n * half);
        painter.drawLine(root, tip - n * half);
        painter.drawLine(root, tip);
        circle(11 + circleRadius + 1.5);
        break;
    }
    }
    painter.restore();
}

namespace {

// Clips segment A-B to RECT (Liang-Barsky): false when it misses; else T0 <= T1 are where
// the part inside starts and ends along the segment (0 = A, 1 = B).
bool clipSegment(const QPointF &a, const QPointF &b, const QRectF &rect, double &t0, double &t1)
{
    t0 = 0;
    t1 = 1;
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(),
                         rect.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false; // parallel to this edge of the rect and outside it
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

// Whether any piece of the curve can reach AREA: a cubic lies inside the box of its four
// points. A long edge's bounding rectangle covers much of the screen while the edge itself
// passes by (seven in ten of the edges painted in a 2,000-table zoom drew nothing); this
// settles them with a dozen comparisons instead of walking hundreds of flattened points.
bool touches(const graph::EdgeGeometry &geometry, const QRectF &area)
{
    const QList<QPointF> &p = geometry.points;
    if (p.size() < 4)
        return true; // drawn from tail and head: not worth a test
    const auto box = [](std::initializer_list<QPointF> points) {
        double left = 1e300, top = 1e300, right = -1e300, bottom = -1e300;
        for (const QPointF &point : points) {
            left = std::min(left, point.x());
            right = std::max(right, point.x());
            top = std::min(top, point.y());
            bottom = std::max(bottom, point.y());
        }
        return QRectF(QPointF(left, top), QPointF(right, bottom));
    };
    const auto meets = [&area](const QRectF &b) {
        return b.left() <= area.right() && b.right() >= area.left() && b.top() <= area.bottom() &&
               b.bottom() >= area.top();
    };
    qsizetype i = 1;
    for (; i + 2 < p.size(); i += 3) {
        if (meets(box({p.at(i - 1), p.at(i), p.at(i + 1), p.at(i + 2)})))
            return true;
    }
    for (; i < p.size(); ++i) { // a malformed tail: straight segments
        if (meets(box({p.at(i - 1), p.at(i)})))
            return true;
    }
    return false;
}

// The parts of the polylines inside VISIBLE, as runs of connected points, each with the
// curve length before it (so that a dashed line keeps its phase). In a large diagram most
// long edges cross the screen or only pass near it: clipped, they cost what is on screen.
struct Run {
    QPolygonF points;
    double offset = 0;
};

QList<Run> visibleRuns(const QList<QPolygonF> &flattened, const QRectF &visible)
{
    QList<Run> runs;
    double length = 0;
    for (const QPolygonF &polyline : flattened) {
        Run run;
        for (int i = 1; i < polyline.size(); ++i) {
            const QPointF a = polyline.at(i - 1);
            const QPointF b = polyline.at(i);
            // Most segments of a long edge are far off screen: a plain square root (not
            // QLineF::length's overflow-safe hypot) and a test of which side of VISIBLE both
            // ends lie on settle them (they were a tenth of a zoom frame at 2,000 tables).
            const double dx = b.x() - a.x(), dy = b.y() - a.y();
            const double segment = std::sqrt(dx * dx + dy * dy);
            const bool outside = (a.x() < visible.left() && b.x() < visible.left()) ||
                                 (a.x() > visible.right() && b.x() > visible.right()) ||
                                 (a.y() < visible.top() && b.y() < visible.top()) ||
                                 (a.y() > visible.bottom() && b.y() > visible.bottom());
            double t0 = 0, t1 = 1;
            if (!outside && clipSegment(a, b, visible, t0, t1)) {
                if (t0 > 0 && !run.points.isEmpty()) { // re-entering: a new run
                    runs.append(std::move(run));
                    run = Run();
                }
                if (run.points.isEmpty()) {
                    run.offset = length + t0 * segment;
                    run.points.append(a + (b - a) * t0);
                }
                run.points.append(a + (b - a) * t1);
                if (t1 < 1) { // leaving
                    runs.append(std::move(run));
                    run = Run();
                }
            } else if (!run.points.isEmpty()) {
                runs.append(std::move(run));
                run = Run();
            }
            length += segment;
        }
        if (!run.points.isEmpty())
            runs.append(std::move(run));
    }
    return runs;
}

// RUN moved sideways by DISTANCE (scene units), each point along the average of its
// segments' normals: a rail beside the line.
QPolygonF offsetRun(const QPolygonF &run, double distance)
{
    QPolygonF moved;
    moved.reserve(run.size());
    for (int i = 0; i < run.size(); ++i) {
        const QPointF before = i > 0 ? run.at(i) - run.at(i - 1) : QPointF();
        const QPointF after = i + 1 < run.size() ? run.at(i + 1) - run.at(i) : QPointF();
        moved.append(run.at(i) + normal(unit(unit(before) + unit(after))) * distance);
    }
    return moved;
}

// How an edge is stroked: the whole curve with real pens (exports, and a view zoomed in), or
// for a view showing many edges at about 100 % or less, hairlines. Antialiased strokes wider
// than a pixel go through QStroker and the scanline rasterizer, about 0.3 ms for each edge
// crossing a 1,300 px screen; one-pixel cosmetic pens take Qt's fast line path (8x faster
// in bench_gui). The finding halo then becomes two rails beside the line.
struct Stroking {
    const QList<Run> *runs = nullptr; // null: the whole curve
    const QRectF *visible = nullptr;
    double hairline = 0; // > 0: one device pixel in scene units (cosmetic pens)
};

void strokeEdge(QPainter &painter, const graph::Edge &edge, const graph::EdgeGeometry &geometry,
                const Theme &theme, const EdgeState &state, const Stroking &how)
{
    const EdgeStyle style = edgeStyle(edge, theme, state.findings);
    const QPainterPath path = how.runs ? QPainterPath() : edgePath(geometry);
    const auto draw = [&](QPen pen, double offset = 0) {
        if (!how.runs) {
            painter.setPen(pen);
            painter.drawPath(path);
            return;
        }
        if (how.hairline > 0) {
            pen.setWidth(0);
            pen.setCosmetic(true);
        }
        const double dashOrigin = pen.dashOffset();
        for (const Run &run : *how.runs) {
            if (pen.style() != Qt::SolidLine && pen.widthF() > 0)
                pen.setDashOffset(dashOrigin + run.offset / pen.widthF());
            painter.setPen(pen);
            painter.drawPolyline(offset != 0 ? offsetRun(run.points, offset) : run.points);
        }
    };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (state.dimmed)
        painter.setOpacity(painter.opacity() * 0.2);
    if (state.diff == DiffMark::Removed) // a ghost of what went
        painter.setOpacity(painter.opacity() * 0.55);
    double width = style.width;
    if (state.hovered)
        width *= 1.6;
    if (state.selected)
        width *= 2.2;

    painter.setBrush(Qt::NoBrush);
    if (style.finding) {
        // A translucent halo under the line: the edge keeps its policy colour and still
        // says "there is a finding here".
        QColor halo = style.findingColour;
        if (how.hairline > 0) {
            // Rails are decoration: without antialiasing they cost a fraction (the line's
            // own antialiased pixels are most of a 100 % frame).
            halo.setAlpha(150);
            painter.setRenderHint(QPainter::Antialiasing, false);
            draw(QPen(halo, 0), 2 * how.hairline);
            draw(QPen(halo, 0), -2 * how.hairline);
            painter.setRenderHint(QPainter::Antialiasing, true);
        } else {
            halo.setAlpha(70);
            draw(QPen(halo, width + 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        }
    }
    if (state.diff != DiffMark::None) {
        // The diff overlay: a halo in the mark's colour, like a finding's but stronger.
        QColor halo = diffMarkColour(state.diff, theme);
        halo.setAlpha(how.hairline > 0 ? 170 : 110);
        if (how.hairline > 0) {
            draw(QPen(halo, 0), 2 * how.hairline);
            draw(QPen(halo, 0), -2 * how.hairline);
        } else {
            draw(QPen(halo, width + 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        }
    }
    if (state.selected) {
        QColor glow = theme.selection;
        glow.setAlpha(80);
        draw(QPen(glow, width + 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    }
    QPen pen(style.colour, width, style.penStyle, Qt::FlatCap, Qt::RoundJoin);
    if (state.diff == DiffMark::Removed)
        pen.setStyle(Qt::DashLine);
    if (pen.style() == Qt::DashLine)
        pen.setDashPattern({4, 3});
    draw(pen);

    const auto [childTip, parentTip] = edgeEnds(geometry);
    const double markWidth = how.hairline > 0 ? 0 : std::max(1.0, width * 0.9); // 0: cosmetic
    for (const auto &[end, mark] :
         {std::pair{childTip, style.childEnd}, std::pair{parentTip, style.parentEnd}}) {
        // An end mark reaches ~17 units back from its tip.
        if (!how.visible || how.visible->adjusted(-20, -20, 20, 20).contains(end.tip))
            paintEndMark(painter, mark, end.tip, end.direction, style.colour, theme, markWidth);
    }
    painter.restore();
}

} // namespace

void paintEdge(QPainter &painter, const graph::Edge &edge, const graph::EdgeGeometry &geometry,
               const Theme &theme, const EdgeState &state)
{
    strokeEdge(painter, edge, geometry, theme, state, {});
}

QList<QPolygonF> flattenEdge(const QPainterPath &path)
{
    // Qt flattens Béziers to about half a device pixel at the given transform: flattening at
    // 4x and scaling back keeps the curve smooth up to the view's largest zoom.
    QList<QPolygonF> polylines = path.toSubpathPolygons(QTransform::fromScale(4, 4));
    const QTransform back = QTransform::fromScale(0.25, 0.25);
    for (QPolygonF &polyline : polylines)
        polyline = back.map(polyline);
    return polylines;
}

void paintEdgeIn(QPainter &painter, const graph::Edge &edge, const graph::EdgeGeometry &geometry,
                 const QList<QPolygonF> &flattened, const QRectF &visible, const Theme &theme,
                 const EdgeState &state)
{
    // Wide enough for the halo and the selection glow (up to ~10 units) on either side.
    const QRectF area = visible.adjusted(-12, -12, 12, 12);
    if (!touches(geometry, area.adjusted(-20, -20, 20, 20))) // with the end marks' reach
        return;
    const QList<Run> runs = visibleRuns(flattened, area);
    // Hairlines while the line would be at most ~1.5 px wide on screen and nothing draws the
    // eye to this edge; a selected or hovered edge keeps its real pens.
    const double scale = std::sqrt(std::abs(painter.worldTransform().determinant()));
    const bool hairline =
        !state.selected && !state.hovered && scale > 0 && theme.edgeWidth * scale <= 1.5;
    strokeEdge(painter, edge, geometry, theme, state,
               {.runs = &runs, .visible = &area, .hairline = hairline ? 1 / scale : 0});
}

} // namespace schemalens::render
