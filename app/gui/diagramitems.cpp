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

// Douglas-Peucker: the points of POLYLINE that keep every dropped point within TOLERANCE.
void keepFarthest(const QPolygonF &polyline, int first, int last, double tolerance,
                  QList<bool> &keep)
{
    if (last <= first + 1)
        return;
    const QLineF chord(polyline.at(first), polyline.at(last));
    const double length = chord.length();
    double farthest = -1;
    int index = -1;
    for (int i = first + 1; i < last; ++i) {
        const QPointF p = polyline.at(i);
        const double distance =
            length > 1e-9
                ? std::abs((chord.dx() * (chord.y1() - p.y()) - (chord.x1() - p.x()) * chord.dy()) /
                           length)
                : QLineF(chord.p1(), p).length();
        if (distance > farthest) {
            farthest = distance;
            index = i;
        }
    }
    if (farthest <= tolerance)
        return;
    keep[index] = true;
    keepFarthest(polyline, first, index, tolerance, keep);
    keepFarthest(polyline, index, last, tolerance, keep);
}

QPolygonF simplified(const QPolygonF &polyline, double tolerance)
{
    if (polyline.size() < 3)
        return polyline;
    QList<bool> keep(polyline.size(), false);
    keep.first() = keep.last() = true;
    keepFarthest(polyline, 0, int(polyline.size()) - 1, tolerance, keep);
    QPolygonF result;
    for (int i = 0; i < polyline.size(); ++i) {
        if (keep.at(i))
            result.append(polyline.at(i));
    }
    return result;
}

// A small pin at the box's top-left corner: placed by hand, Arrange leaves it there.
void paintPin(QPainter *painter, const QRectF &box, const render::Theme &theme, double lod)
{
    const double r = std::max(3.0, 4.5 / std::max(lod, 0.25));
    const QPointF head = box.topLeft() + QPointF(r * 0.6, r * 0.6);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(theme.background, r * 0.35));
    painter->setBrush(theme.selection);
    painter->drawEllipse(head, r, r);
    painter->restore();
}

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
    // Tables are arranged by hand: dragged (with the rest of the selection), edges follow.
    setFlag(ItemIsMovable);
    setFlag(ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(2);
    // Painting a table's rows means shaping dozens of strings: cached as a pixmap at the
    // view's scale, panning only blits it; a zoom step or a change of state repaints it.
    // (DiagramScene::setOverview turns this off while OverviewItem paints the tables.)
    setCacheMode(DeviceCoordinateCache);
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
    if (lod >= OverviewItem::below) {
        render::paintTable(*painter, table, m_metrics, box, theme, state);
        if (m_pinned)
            paintPin(painter, box, theme, lod);
        return;
    }
    if (!state.selected && !state.hovered)
        return; // drawn with all the others by the overview layer
    // Names only (a selected or hovered table: the overview layer draws the others).
    painter->save();
    painter->setOpacity(state.dimmed ? 0.25 : 1.0);
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen outline(state.selected ? theme.selection : theme.border, state.selected ? 2 : 0);
    outline.setCosmetic(true);
    painter->setPen(outline);
    painter->setBrush(theme.headerFill);
    painter->drawRect(box);
    painter->setRenderHint(QPainter::Antialiasing, true);
    paintOverviewName(painter, lod);
    if (state.findings) {
        if (const auto worst = table.marks.worst())
            paintOverviewBadge(painter, box, lod, theme.severityColour(*worst));
    }
    painter->restore();
}

double TableItem::nameAdvance() const
{
    if (m_nameAdvance < 0) {
        QFont font = m_scene->theme().headerFont;
        font.setPixelSize(100);
        m_nameAdvance =
            QFontMetricsF(font).horizontalAdvance(m_scene->graph().nodes.at(m_node).name);
    }
    return m_nameAdvance;
}

namespace {

// The name's font size in scene units at LOD: the largest that keeps it inside the box, up
// to ~14 screen pixels; never below kLegibleNamePixels, where it is drawn whole on top of
// the box instead (a name is never shrunk into a smudge). ONTOP tells which.
double overviewNameSize(double advance, const QRectF &box, double lod, bool *onTop)
{
    const double fitWidth = advance > 0 ? 100 * (box.width() - 6) / advance : 100;
    const double inside = std::min({14 / lod, fitWidth, box.height() * 0.6});
    *onTop = inside * lod < kLegibleNamePixels;
    return *onTop ? kLegibleNamePixels / lod : inside;
}

} // namespace

QRectF TableItem::overviewNameRect(double lod, bool *onTop) const
{
    const QRectF box(pos(), m_metrics.size);
    bool above = false;
    const double size = overviewNameSize(nameAdvance(), box, lod, &above);
    if (onTop)
        *onTop = above;
    const double width = nameAdvance() * size / 100 + 4 / lod;
    const double height = size * 1.3;
    return QRectF(box.center().x() - width / 2, box.center().y() - height / 2, width, height);
}

void TableItem::paintOverviewName(QPainter *painter, double lod) const
{
    const graph::TableNode &table = m_scene->graph().nodes.at(m_node);
    const render::Theme &theme = m_scene->theme();
    const QRectF box(QPointF(0, 0), m_metrics.size);
    bool onTop = false;
    const double size = overviewNameSize(nameAdvance(), box, lod, &onTop);
    QFont font = theme.headerFont;
    // Quarter-pixel steps on screen: nearby sizes share a font (and its glyph cache).
    font.setPixelSize(qMax(1, int(std::lround(size))));
    painter->setFont(font);
    if (onTop) {
        // On a plate, so that it reads over the edges and boxes it covers.
        const QRectF plate = overviewNameRect(lod).translated(-pos());
        painter->setPen(Qt::NoPen);
        QColor fill = theme.headerFill;
        fill.setAlpha(235);
        painter->setBrush(fill);
        painter->drawRoundedRect(plate, 2 / lod, 2 / lod);
        painter->setPen(theme.headerText);
        painter->drawText(plate, Qt::AlignCenter, table.name);
        return;
    }
    painter->setPen(theme.headerText);
    painter->drawText(box, Qt::AlignCenter, table.name);
}

void TableItem::setPinned(bool pinned)
{
    if (m_pinned == pinned)
        return;
    m_pinned = pinned;
    update();
}

void TableItem::paintOverviewBadge(QPainter *painter, const QRectF &box, double lod,
                                   const QColor &colour)
{
    const double r = qMin(3.5 / lod, box.width() / 8);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawEllipse(QPointF(box.right() - r, box.top() + r), r, r);
}

void TableItem::syncContents()
{
    const bool none = m_scene->isOverview() && !isSelected() && !m_state.hovered;
    if (none == bool(flags() & ItemHasNoContents))
        return;
    setFlag(ItemHasNoContents, none);
    if (scene())
        scene()->update(sceneBoundingRect()); // the overview layer takes over, or hands back
}

void TableItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    if (toolTip().isEmpty()) // built on first hover: thousands of tables are rarely all hovered
        setToolTip(toolTipText());
    m_state.hovered = true;
    syncContents();
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void TableItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_state.hovered = false;
    syncContents();
    update();
    QGraphicsItem::hoverLeaveEvent(event);
}

QVariant TableItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged) {
        setZValue(value.toBool() ? 3 : 2);
        syncContents();
    }
    if (change == ItemPositionChange) {
        // Whole points, like the layout file stores them.
        const QPointF p = value.toPointF();
        return QPointF(std::round(p.x()), std::round(p.y()));
    }
    if (change == ItemPositionHasChanged && scene())
        static_cast<DiagramScene *>(scene())->tableItemMoved(m_node);
    return QGraphicsItem::itemChange(change, value);
}

EdgeShapes edgeShapes(const graph::EdgeGeometry &geometry)
{
    EdgeShapes shapes;
    shapes.path = render::edgePath(geometry);
    for (const QPolygonF &polyline : shapes.path.toSubpathPolygons()) {
        // What a pixel shows at the overview's largest zoom (0.4), and at a tenth of it.
        for (int level = 0; level < 2; ++level) {
            const QPolygonF simple = simplified(polyline, level == 0 ? 1.25 : 12.5);
            for (int i = 1; i < simple.size(); ++i)
                shapes.overview[level].append(QLineF(simple.at(i - 1), simple.at(i)));
        }
    }
    shapes.flattened = render::flattenEdge(shapes.path);
    return shapes;
}

EdgeItem::EdgeItem(const DiagramScene *scene, int edge, const graph::EdgeGeometry &geometry,
                   EdgeShapes shapes)
    : m_scene(scene)
    , m_edge(edge)
    , m_geometry(geometry)
    , m_shapes(std::move(shapes))
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(1);
    // End marks reach ~12 units beyond the curve's ends; keep them inside the bounds.
    m_bounds = m_shapes.path.boundingRect().adjusted(-14, -14, 14, 14);
    setFlag(ItemUsesExtendedStyleOption); // option->exposedRect: the part to repaint
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
    return stroker.createStroke(m_shapes.path);
}

void EdgeItem::setState(const render::EdgeState &state)
{
    m_state = state;
    update();
}

void EdgeItem::setGeometry(const graph::EdgeGeometry &geometry, EdgeShapes shapes)
{
    prepareGeometryChange();
    m_geometry = geometry;
    m_shapes = std::move(shapes);
    m_bounds = m_shapes.path.boundingRect().adjusted(-14, -14, 14, 14);
    update();
}

void EdgeItem::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    syncContents();
    update();
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    render::EdgeState state = m_state;
    state.selected = isSelected();
    state.findings = m_scene->showFindings();
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod < OverviewItem::below && !state.selected && !state.hovered && !m_active)
        return; // drawn with all the others by the overview layer
    render::paintEdgeIn(*painter, m_scene->graph().edges.at(m_edge), m_geometry, m_shapes.flattened,
                        option->exposedRect, m_scene->theme(), state);
}

void EdgeItem::syncContents()
{
    const bool none = m_scene->isOverview() && !isSelected() && !m_state.hovered && !m_active;
    if (none == bool(flags() & ItemHasNoContents))
        return;
    setFlag(ItemHasNoContents, none);
    if (scene())
        scene()->update(sceneBoundingRect());
}

QVariant EdgeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedHasChanged)
        syncContents();
    return QGraphicsItem::itemChange(change, value);
}

void EdgeItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    if (toolTip().isEmpty())
        setToolTip(toolTipText());
    m_state.hovered = true;
    syncContents();
    update();
    QGraphicsItem::hoverEnterEvent(event);
}

void EdgeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    m_state.hovered = false;
    syncContents();
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

namespace schemalens::gui {

OverviewItem::OverviewItem(const DiagramScene *scene)
    : m_scene(scene)
{
    setZValue(1);                         // above clusters, with the edges, below the tables
    setFlag(ItemUsesExtendedStyleOption); // option->exposedRect
    setAcceptedMouseButtons(Qt::NoButton);
    // Panning the overview blits a pixmap of it (Qt keeps at most a viewport's worth for an
    // item larger than the view and paints only the strips a scroll exposes); a zoom step,
    // a theme or a highlight repaints it once.
    setCacheMode(DeviceCoordinateCache);
}

QRectF OverviewItem::boundingRect() const
{
    return m_scene->diagramRect();
}

QPainterPath OverviewItem::shape() const
{
    return {}; // never hit: clicks and hovers go to the tables and edges underneath
}

void OverviewItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double lod = option->levelOfDetailFromTransform(painter->worldTransform());
    if (lod >= below)
        return;
    const QRectF exposed = option->exposedRect;
    const render::Theme &theme = m_scene->theme();
    const bool findings = m_scene->showFindings();
    const graph::ErGraph &graph = m_scene->graph();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);

    // Edges: one drawLines call per colour, line style and dimming, one-pixel cosmetic pens.
    struct Bucket {
        QColor colour;
        Qt::PenStyle style;
        bool dimmed;
        QList<QLineF> lines;
    };
    QList<Bucket> buckets;
    for (const EdgeItem *item : m_scene->edgeItems()) {
        if (!item->isVisible() || item->isSelected() || item->isHovered() || item->isActive() ||
            !item->boundingRect().intersects(exposed))
            continue;
        render::EdgeStyle style = render::edgeStyle(graph.edges.at(item->edge()), theme, findings);
        if (item->state().diff != render::DiffMark::None) // the diff overlay's colour
            style.colour = render::diffMarkColour(item->state().diff, theme);
        const bool dimmed = item->state().dimmed;
        auto bucket = std::find_if(buckets.begin(), buckets.end(), [&](const Bucket &b) {
            return b.colour == style.colour && b.style == style.penStyle && b.dimmed == dimmed;
        });
        if (bucket == buckets.end()) {
            buckets.append({style.colour, style.penStyle, dimmed, {}});
            bucket = buckets.end() - 1;
        }
        bucket->lines.append(item->overviewLines(lod));
    }
    for (const Bucket &bucket : std::as_const(buckets)) {
        QPen pen(bucket.colour, 0, bucket.style);
        pen.setCosmetic(true);
        painter->setPen(pen);
        painter->setOpacity(bucket.dimmed ? 0.2 : 1.0);
        painter->drawLines(bucket.lines);
    }

    // Tables: boxes in two drawRects calls (bright, dimmed), then names and badges.
    QList<QRectF> boxes[2];
    QList<const TableItem *> shown;
    for (const TableItem *item : m_scene->tableItems()) {
        if (!item->isVisible() || item->isSelected() || item->isHovered())
            continue;
        const QRectF box = item->boxRect().translated(item->pos());
        if (!box.intersects(exposed))
            continue;
        boxes[item->state().dimmed ? 1 : 0].append(box);
        shown.append(item);
    }
    QPen outline(theme.border, 0);
    outline.setCosmetic(true);
    painter->setPen(outline);
    painter->setBrush(theme.headerFill);
    for (int dimmed = 0; dimmed < 2; ++dimmed) {
        painter->setOpacity(dimmed ? 0.25 : 1.0);
        painter->drawRects(boxes[dimmed]);
    }
    // The diff overlay (timeline, compare): marked boxes outlined in the mark's colour.
    for (const TableItem *item : std::as_const(shown)) {
        const render::DiffMark mark = item->state().diff;
        if (mark == render::DiffMark::None)
            continue;
        QPen pen(render::diffMarkColour(mark, theme), 3,
                 mark == render::DiffMark::Removed ? Qt::DashLine : Qt::SolidLine);
        pen.setCosmetic(true);
        painter->setOpacity(1.0);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(item->boxRect().translated(item->pos()));
    }
    // Names: legible or not at all. A name its box holds is drawn in it; a longer one whole,
    // on top, where it covers no other name, most connected tables first (so a name is only
    // ever left out for another name). Finding dots a few pixels across are squares in one
    // drawRects call per severity (2,000 antialiased ellipses took ~10 ms), larger ones round.
    const QList<const TableItem *> named = m_scene->placeOverviewNames(shown, lod);
    QHash<QRgb, QList<QRectF>> dots;
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (const TableItem *item : std::as_const(shown)) {
        painter->setOpacity(item->state().dimmed ? 0.25 : 1.0);
        painter->translate(item->pos());
        const auto worst = findings ? graph.nodes.at(item->node()).marks.worst() : std::nullopt;
        if (worst) {
            const QRectF box = item->boxRect();
            const double r = qMin(3.5 / lod, box.width() / 8);
            if (r * lod < 2.5 && !item->state().dimmed)
                dots[theme.severityColour(*worst).rgba()].append(
                    QRectF(box.right() - 2 * r, box.top(), 2 * r, 2 * r).translated(item->pos()));
            else
                TableItem::paintOverviewBadge(painter, box, lod, theme.severityColour(*worst));
        }
        painter->translate(-item->pos());
    }
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setOpacity(1.0);
    painter->setPen(Qt::NoPen);
    for (auto dot = dots.cbegin(); dot != dots.cend(); ++dot) {
        painter->setBrush(QColor::fromRgba(dot.key()));
        painter->drawRects(dot.value());
    }
    // Names last: a name drawn on top of its box covers edges and neighbours, not the
    // reverse.
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (const TableItem *item : std::as_const(named)) {
        painter->setOpacity(item->state().dimmed ? 0.25 : 1.0);
        painter->translate(item->pos());
        item->paintOverviewName(painter, lod);
        painter->translate(-item->pos());
    }
    painter->restore();
}

} // namespace schemalens::gui
