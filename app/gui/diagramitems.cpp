#include "app/gui/diagramitems.h"

#include "app/gui/diagramscene.h"

#include <QCoreApplication>
#include <QFontMetricsF>

#include <QGraphicsSceneHoverEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>
#include <algorithm>

namespace schemalens::gui {

namespace {

// Below this zoom a table's rows are unreadable anyway: draw the box and a large name only,
// which is also what keeps panning a 2,000-table diagram smooth.
constexpr double namesOnlyBelow = 0.4;

QString tooltipFor(const graph::Marks &marks, const QString &title)
{
    if (marks.messages.isEmpty())
        return title;
    QStringList lines = marks.messages.mid(0, 8);
    if (marks.messages.size() > 8)
        lines.append(
            QCoreApplication::translate("gui", "… and %1 more").arg(marks.messages.size() - 8));
    return title + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

} // namespace

TableItem::TableItem(const DiagramScene *scene, int node, const render::TableMetrics &metrics)
    : m_scene(scene)
    , m_node(node)
    , m_metrics(metrics)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(2);
}

QString TableItem::toolTipText() const
{
    const graph::TableNode &table = m_scene->graph().nodes.at(m_node);
    return tooltipFor(table.marks, table.schema + QLatin1Char('.') + table.name);
}

QRectF TableItem::boundingRect() const
{
    // A little room for the selection/finding outline drawn outside the box.
    return QRectF(QPointF(0, 0), m_metrics.size).adjusted(-3, -3, 3, 3);
}

QRectF TableItem::rowRect(int row) const
{
    return mapRectToScene(
        QRectF(0, m_metrics.rowTop(row), m_metrics.size.width(), m_metrics.rowHeight));
}

void TableItem::setState(const render::TableState &state)
{
    m_state = state;
    update();
}

void TableItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const graph::TableNode &table = m_scene->graph().nodes.at(m_node);
    const render::Theme &theme = m_scene->theme();
    const QRectF box(QPointF(0, 0), m_metrics.size);
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    render::TableState state = m_state;
    state.selected = isSelected();
    state.findings = m_scene->showFindings();
    if (lod >= namesOnlyBelow) {
        render::paintTable(*painter, table, m_metrics, box, theme, state);
        return;
    }
    // Names only: a filled box with the name scaled to stay legible on screen.
    painter->setOpacity(state.dimmed ? 0.25 : 1.0);
    painter->setPen(QPen(state.selected ? theme.selection : theme.border, 1.5 / lod));
    painter->setBrush(theme.headerFill);
    painter->drawRect(box);
    // The largest font that keeps the name inside the box, never above ~14 screen pixels;
    // below ~4 screen pixels no one can read it, so it is not drawn at all.
    QFont font = theme.headerFont;
    font.setPixelSize(100);
    if (m_nameFontKey != font.key()) {
        m_nameFontKey = font.key();
        m_nameAdvance = QFontMetricsF(font).horizontalAdvance(table.name);
    }
    const double fitWidth = m_nameAdvance > 0 ? 100 * (box.width() - 6) / m_nameAdvance : 100;
    const double pixels = std::min({14 / lod, fitWidth, box.height() * 0.5});
    if (pixels * lod >= 4) {
        font.setPixelSize(qMax(1, int(pixels)));
        painter->setFont(font);
        painter->setPen(theme.headerText);
        painter->drawText(box, Qt::AlignCenter, table.name);
    }
    if (state.findings) {
        if (const auto worst = table.marks.worst()) {
            const double r = qMin(3.5 / lod, box.width() / 8);
            painter->setPen(Qt::NoPen);
            painter->setBrush(theme.severityColour(*worst));
            painter->drawEllipse(QPointF(box.right() - r, box.top() + r), r, r);
        }
    }
}

void TableItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    if (toolTip().isEmpty()) // built on first hover: thousands of tables are rarely all hovered
        setToolTip(toolTipText());
    m_state.hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void TableItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_state.hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

QVariant TableItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        setZValue(value.toBool() ? 3 : 2);
    return QGraphicsItem::itemChange(change, value);
}

EdgeItem::EdgeItem(const DiagramScene *scene, int edge, const graph::EdgeGeometry &geometry)
    : m_scene(scene)
    , m_edge(edge)
    , m_geometry(geometry)
    , m_path(render::edgePath(geometry))
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(1);
    // End marks reach ~12 units beyond the curve's ends; keep them inside the bounds.
    m_bounds = m_path.boundingRect().adjusted(-14, -14, 14, 14);
}

QString EdgeItem::toolTipText() const
{
    const graph::Edge &e = m_scene->graph().edges.at(m_edge);
    const graph::TableNode &from = m_scene->graph().nodes.at(e.from);
    const graph::TableNode &to = m_scene->graph().nodes.at(e.to);
    const QString title =
        QStringLiteral("%1(%2) → %3(%4)%5")
            .arg(from.name, e.fromColumns.join(QLatin1String(", ")), to.name,
                 e.toColumns.join(QLatin1String(", ")),
                 e.soft ? QCoreApplication::translate("gui", " · inferred, no constraint")
                        : QCoreApplication::translate("gui", " · ON DELETE %1")
                              .arg(e.onDelete.toUpper()));
    return tooltipFor(e.marks, title);
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(8); // easy to hover and click
    return stroker.createStroke(m_path);
}

void EdgeItem::setState(const render::EdgeState &state)
{
    m_state = state;
    update();
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    render::EdgeState state = m_state;
    state.selected = isSelected();
    state.findings = m_scene->showFindings();
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < namesOnlyBelow && !state.selected && !state.hovered) {
        // Far out the crow's feet are specks: the line in its policy colour, one pixel wide,
        // without antialiasing, is what an overview needs.
        const render::EdgeStyle style =
            render::edgeStyle(m_scene->graph().edges.at(m_edge), m_scene->theme(), state.findings);
        painter->save(); // the view does not save painter state between items
        painter->setRenderHint(QPainter::Antialiasing, false);
        painter->setOpacity(state.dimmed ? 0.2 : 1.0);
        QPen pen(style.colour, 0, style.penStyle);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawPath(m_path);
        painter->restore();
        return;
    }
    render::paintEdge(*painter, m_scene->graph().edges.at(m_edge), m_geometry, m_scene->theme(),
                      state);
}

void EdgeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    if (toolTip().isEmpty())
        setToolTip(toolTipText());
    m_state.hovered = true;
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void EdgeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_state.hovered = false;
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

ClusterItem::ClusterItem(const DiagramScene *scene, const graph::ClusterGeometry &cluster)
    : m_scene(scene)
    , m_cluster(cluster)
{
    setZValue(0);
}

QRectF ClusterItem::boundingRect() const
{
    return m_cluster.rect.adjusted(-2, -2, 2, 2);
}

void ClusterItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    render::paintCluster(*painter, m_cluster, m_scene->theme());
}

} // namespace schemalens::gui
