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
    style.colour = edge.soft ? theme.soft : theme.policyColour(graph::deletePolicy(edge));
    style.penStyle = edge.soft ? Qt::DashLine : Qt::SolidLine;
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

void paintEdge(QPainter &painter, const graph::Edge &edge, const graph::EdgeGeometry &geometry,
               const Theme &theme, const EdgeState &state)
{
    const EdgeStyle style = edgeStyle(edge, theme, state.findings);
    const QPainterPath path = edgePath(geometry);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    if (state.dimmed)
        painter.setOpacity(painter.opacity() * 0.2);
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
        halo.setAlpha(70);
        painter.setPen(QPen(halo, width + 4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
    }
    if (state.selected) {
        QColor glow = theme.selection;
        glow.setAlpha(80);
        painter.setPen(QPen(glow, width + 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawPath(path);
    }
    QPen pen(style.colour, width, style.penStyle, Qt::FlatCap, Qt::RoundJoin);
    if (style.penStyle == Qt::DashLine)
        pen.setDashPattern({4, 3});
    painter.setPen(pen);
    painter.drawPath(path);

    const auto [childTip, parentTip] = edgeEnds(geometry);
    paintEndMark(painter, style.childEnd, childTip.tip, childTip.direction, style.colour, theme,
                 std::max(1.0, width * 0.9));
    paintEndMark(painter, style.parentEnd, parentTip.tip, parentTip.direction, style.colour, theme,
                 std::max(1.0, width * 0.9));
    painter.restore();
}

} // namespace schemalens::render
