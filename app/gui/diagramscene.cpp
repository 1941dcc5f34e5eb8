#include "app/gui/diagramscene.h"

#include "app/gui/diagramitems.h"
#include "app/gui/domainitem.h"

#include <QGraphicsSceneMouseEvent>
#include <QQueue>
#include <QScopedValueRollback>

#include <algorithm>
#include <cmath>
#include <functional>

namespace schemalens::gui {

namespace {

constexpr double kDomainPadding = 14;

} // namespace

DiagramScene::DiagramScene(QObject *parent)
    : QGraphicsScene(parent)
{
    // No index: building a BSP tree of 5,000 items cost ~30 ms in the paint that first shows
    // a 2,000-table diagram, and a linear scan of their bounding rects is well under a
    // millisecond per query (tables and edges without contents are skipped when painting).
    setItemIndexMethod(QGraphicsScene::NoIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, &DiagramScene::onSelectionChanged);
}

DiagramScene::~DiagramScene()
{
    // ~QGraphicsScene would destroy the items after this class is gone, emitting
    // selectionChanged into a half-destroyed object: tear down while everything is alive.
    m_tearingDown = true;
    m_tables.clear();
    m_edges.clear();
    m_overviewItem = nullptr;
    m_domainItem = nullptr;
    clear();
}

void DiagramScene::clearDiagram()
{
    bool hadSelection = false;
    {
        const QScopedValueRollback tearingDown(m_tearingDown, true);
        // The maps forget the items before they die; the selection is dropped while every
        // item is still alive, so clear() destroys unselected items and emits nothing.
        m_tables.clear();
        m_edges.clear();
        m_overviewItem = nullptr;
        m_domainItem = nullptr;
        m_nodeById.clear();
        hadSelection = !selectedItems().isEmpty();
        clearSelection();
        clear();
    }
    m_graph = {};
    m_layout = {};
    m_ends.clear();
    m_edgesOfNode.clear();
    m_degree.clear();
    m_domains = {};
    m_domainRects.clear();
    m_dragStart.clear();
    m_highlight = -1;
    m_focusNode = -1;
    m_focusSet.clear();
    m_hidden.clear();
    m_markedTable.clear();
    m_markedColumn.clear();
    if (hadSelection) // listeners (inspector, details) drop what they showed for it
        Q_EMIT tableSelected(-1);
}

void DiagramScene::setDiagram(graph::ErGraph graph, const graph::Layout &layout,
                              const QList<render::TableMetrics> &metrics, QList<EdgeShapes> shapes,
                              const QList<bool> &pinned)
{
    clearDiagram();
    m_graph = std::move(graph);
    m_layout = layout;
    const render::MeasureOptions measure{.findings = m_showFindings,
                                         .showSchema = render::spansSchemas(m_graph)};
    for (const graph::ClusterGeometry &cluster : layout.clusters)
        addItem(new ClusterItem(this, cluster));
    const bool measured = metrics.size() == m_graph.nodes.size();
    const int n = int(m_graph.nodes.size());
    m_tables.reserve(n);
    m_edges.reserve(m_graph.edges.size());
    m_nodeById.reserve(n);
    QList<QList<double>> rowY;
    rowY.reserve(n);
    for (int i = 0; i < n; ++i) {
        const render::TableMetrics m =
            measured ? metrics.at(i) : render::tableMetrics(m_graph.nodes.at(i), m_theme, measure);
        rowY.append(m.rowCentres());
        auto *item = new TableItem(this, i, m);
        if (i < layout.nodes.size())
            item->setPos(layout.nodes.at(i).topLeft());
        item->setPinned(i < pinned.size() && pinned.at(i));
        addItem(item);
        m_tables.append(item);
        m_nodeById.insert(m_graph.nodes.at(i).id, i);
    }
    // Layouts made for other boxes (a cache from an older version) are not trusted beyond
    // their positions: the boxes are the measured ones.
    m_layout.nodes.resize(n);
    for (int i = 0; i < n; ++i)
        m_layout.nodes[i] = m_tables.at(i)->boxRect().translated(m_tables.at(i)->pos());
    m_ends = graph::routeEnds(m_graph, QList<QRectF>(n, QRectF(0, 0, 1, 1)), rowY);
    m_edgesOfNode = QList<QList<int>>(n);
    m_degree = QList<int>(n, 0);
    for (int e = 0; e < m_graph.edges.size(); ++e) {
        const graph::Edge &edge = m_graph.edges.at(e);
        m_edgesOfNode[edge.from].append(e);
        if (edge.to != edge.from)
            m_edgesOfNode[edge.to].append(e);
        ++m_degree[edge.from];
        ++m_degree[edge.to];
    }
    for (int i = 0; i < m_graph.edges.size() && i < layout.edges.size(); ++i) {
        auto *item =
            new EdgeItem(this, i, layout.edges.at(i),
                         i < shapes.size() ? std::move(shapes[i]) : edgeShapes(layout.edges.at(i)));
        addItem(item);
        m_edges.append(item);
    }
    // Domains: the clusters a large diagram was grouped in, each framed by its tables.
    m_domains = graph::summariseDomains(m_graph);
    m_domainRects.clear();
    for (const graph::DomainSummary &domain : std::as_const(m_domains.domains)) {
        QRectF rect;
        for (const graph::ClusterGeometry &cluster : layout.clusters)
            if (cluster.name == domain.name)
                rect = cluster.rect;
        if (rect.isNull()) {
            for (int node : domain.nodes)
                rect |= m_layout.nodes.at(node);
            rect.adjust(-kDomainPadding, -kDomainPadding, kDomainPadding, kDomainPadding);
        }
        m_domainRects.append(rect);
    }
    m_overviewItem = new OverviewItem(this);
    addItem(m_overviewItem);
    m_domainItem = new DomainItem(this);
    m_domainItem->setVisible(false);
    addItem(m_domainItem);
    m_domainOverview = false;
    updateBounds();
    applyOverview();
    Q_EMIT appearanceChanged();
}

void DiagramScene::updateBounds()
{
    QRectF bounds = m_layout.bounds;
    for (const QRectF &rect : std::as_const(m_layout.nodes))
        bounds |= rect;
    m_layout.bounds = bounds;
    const QRectF diagram = bounds.adjusted(-40, -40, 40, 40);
    if (diagram != m_diagramRect) {
        if (m_overviewItem)
            m_overviewItem->sceneBoundsChanged();
        if (m_domainItem)
            m_domainItem->sceneBoundsChanged();
        m_diagramRect = diagram;
        setSceneRect(m_diagramRect);
    }
}

void DiagramScene::setTheme(const render::Theme &theme)
{
    m_theme = theme;
    setBackgroundBrush(theme.background);
    repaintItems();
    Q_EMIT appearanceChanged();
}

void DiagramScene::setShowFindings(bool show)
{
    m_showFindings = show;
    repaintItems();
    Q_EMIT appearanceChanged();
}

void DiagramScene::setLevelOfDetail(double zoom)
{
    const bool domains = hasDomains() && zoom < kDomainsBelow;
    if (domains != m_domainOverview) {
        m_domainOverview = domains;
        if (m_domainItem)
            m_domainItem->setVisible(domains);
        if (m_overviewItem)
            m_overviewItem->setVisible(!domains);
        // Tables under the domain boxes take no clicks or hovers.
        for (TableItem *item : std::as_const(m_tables)) {
            item->setAcceptHoverEvents(!domains);
            item->setAcceptedMouseButtons(domains ? Qt::NoButton : Qt::AllButtons);
        }
        for (EdgeItem *item : std::as_const(m_edges)) {
            item->setAcceptHoverEvents(!domains);
            item->setAcceptedMouseButtons(domains ? Qt::NoButton : Qt::AllButtons);
        }
    }
    setOverview(zoom < OverviewItem::below);
}

void DiagramScene::setOverview(bool overview)
{
    if (overview == m_overview)
        return;
    m_overview = overview;
    applyOverview();
}

void DiagramScene::setZooming(bool zooming)
{
    if (zooming == m_zooming)
        return;
    m_zooming = zooming;
    applyCacheModes();
}

void DiagramScene::applyCacheModes()
{
    // Tables keep pixmaps at full detail (the overview layer paints them further out), the
    // overview layer always; neither while the zoom changes. A mode set again would purge
    // a cache that is still good.
    const auto apply = [](QGraphicsItem *item, bool cached) {
        const QGraphicsItem::CacheMode mode =
            cached ? QGraphicsItem::DeviceCoordinateCache : QGraphicsItem::NoCache;
        if (item->cacheMode() != mode)
            item->setCacheMode(mode);
    };
    for (TableItem *item : std::as_const(m_tables))
        apply(item, !m_overview && !m_zooming);
    if (m_overviewItem)
        apply(m_overviewItem, !m_zooming);
}

void DiagramScene::applyOverview()
{
    applyCacheModes();
    for (TableItem *item : std::as_const(m_tables))
        item->syncContents();
    for (EdgeItem *item : std::as_const(m_edges))
        item->syncContents();
}

void DiagramScene::repaintItems()
{
    // Item caches (tables keep a pixmap) are only refreshed by the item's own update().
    for (QGraphicsItem *item : items())
        item->update();
    update();
}

QRectF DiagramScene::shownRect() const
{
    if (m_focusNode < 0 && m_hidden.isEmpty())
        return m_diagramRect;
    QRectF shown;
    for (const TableItem *item : m_tables) {
        if (item->isVisible())
            shown = shown.isNull() ? item->sceneBoundingRect()
                                   : shown.united(item->sceneBoundingRect());
    }
    return shown.isNull() ? m_diagramRect : shown.adjusted(-40, -40, 40, 40);
}

TableItem *DiagramScene::tableItem(const QString &schema, const QString &table) const
{
    const int node = m_nodeById.value(schema + QLatin1Char('.') + table, -1);
    return node >= 0 && node < m_tables.size() ? m_tables.at(node) : nullptr;
}

int DiagramScene::domainAt(const QPointF &scenePos) const
{
    if (!hasDomains())
        return -1;
    for (int d = 0; d < m_domainRects.size(); ++d)
        if (m_domainRects.at(d).contains(scenePos))
            return d;
    return -1;
}

QRectF DiagramScene::domainRect(int domain) const
{
    return domain >= 0 && domain < m_domainRects.size() ? m_domainRects.at(domain) : QRectF();
}

QList<int> DiagramScene::selectedNodes() const
{
    QList<int> nodes;
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == TableItem::Type)
            nodes.append(static_cast<TableItem *>(item)->node());
    std::sort(nodes.begin(), nodes.end());
    return nodes;
}

void DiagramScene::onSelectionChanged()
{
    if (m_tearingDown)
        return;
    const QList<QGraphicsItem *> selected = selectedItems();
    int node = -1;
    for (QGraphicsItem *item : selected) {
        if (item->type() == TableItem::Type) {
            node = static_cast<TableItem *>(item)->node();
            break;
        }
        if (item->type() == EdgeItem::Type)
            Q_EMIT edgeSelected(static_cast<EdgeItem *>(item)->edge());
    }
    highlightTable(node);
    Q_EMIT tableSelected(node);
}

void DiagramScene::highlightTable(int node)
{
    m_highlight = node;
    applyStates();
}

void DiagramScene::applyStates()
{
    QSet<int> neighbours;
    if (m_highlight >= 0) {
        neighbours.insert(m_highlight);
        for (const graph::Edge &e : std::as_const(m_graph.edges)) {
            if (e.from == m_highlight)
                neighbours.insert(e.to);
            if (e.to == m_highlight)
                neighbours.insert(e.from);
        }
    }
    for (TableItem *item : std::as_const(m_tables)) {
        const int n = item->node();
        const graph::TableNode &table = m_graph.nodes.at(n);
        const bool visible = !m_hidden.contains(n) && (m_focusNode < 0 || m_focusSet.contains(n));
        item->setVisible(visible);
        render::TableState state = item->state();
        state.dimmed = m_highlight >= 0 && !neighbours.contains(n);
        state.highlightRow = -1;
        if (!m_markedColumn.isEmpty() && m_markedTable == table.id) {
            for (int r = 0; r < table.rows.size(); ++r) {
                if (table.rows.at(r).name == m_markedColumn)
                    state.highlightRow = r;
            }
        }
        item->setState(state);
    }
    for (EdgeItem *item : std::as_const(m_edges)) {
        const graph::Edge &e = m_graph.edges.at(item->edge());
        item->setVisible(m_tables.at(e.from)->isVisible() && m_tables.at(e.to)->isVisible());
        render::EdgeState state;
        state.dimmed = m_highlight >= 0 && e.from != m_highlight && e.to != m_highlight;
        state.diff = item->state().diff; // the diff overlay stays
        item->setState(state);
    }
    if (m_overviewItem) // items without contents do not repaint themselves
        m_overviewItem->update();
    Q_EMIT appearanceChanged();
}

QGraphicsItem *DiagramScene::itemForFinding(const review::Finding &finding, QRectF *focusRect) const
{
    const review::ObjectRef &o = finding.object;
    QString schema = o.schema;
    QString table = o.table;
    if (table.isEmpty() && !o.tables.isEmpty()) {
        const QString first = o.tables.constFirst();
        const qsizetype dot = first.indexOf(QLatin1Char('.'));
        schema = first.left(dot);
        table = first.mid(dot + 1);
    }
    TableItem *tableItem = this->tableItem(schema, table);
    if (!tableItem)
        return nullptr;
    // An FK finding is about the edge; soft-fk about the dashed edge to its inferred target.
    if (o.kind == review::ObjectRef::Kind::ForeignKey || !o.refTable.isEmpty()) {
        for (EdgeItem *edge : m_edges) {
            const graph::Edge &e = m_graph.edges.at(edge->edge());
            if (e.from != tableItem->node())
                continue;
            const bool sameConstraint = !o.constraint.isEmpty() && e.name == o.constraint;
            const bool sameSoft = e.soft && !o.column.isEmpty() &&
                                  e.fromColumns == QStringList{o.column} &&
                                  m_graph.nodes.at(e.to).name == o.refTable;
            if (sameConstraint || sameSoft) {
                if (focusRect)
                    *focusRect = edge->sceneBoundingRect();
                return edge;
            }
        }
    }
    if (focusRect)
        *focusRect = tableItem->sceneBoundingRect();
    return tableItem;
}

void DiagramScene::markFinding(const review::Finding &finding)
{
    m_markedTable = finding.object.schema + QLatin1Char('.') + finding.object.table;
    m_markedColumn = finding.object.column;
    applyStates();
}

void DiagramScene::setDiffMarks(const QList<render::DiffMark> &tables,
                                const QList<QList<render::DiffMark>> &rows,
                                const QList<render::DiffMark> &edges)
{
    for (TableItem *item : std::as_const(m_tables)) {
        render::TableState state = item->state();
        state.diff = tables.value(item->node(), render::DiffMark::None);
        state.rowDiffs = rows.value(item->node());
        item->setState(state);
    }
    for (EdgeItem *item : std::as_const(m_edges)) {
        render::EdgeState state = item->state();
        state.diff = edges.value(item->edge(), render::DiffMark::None);
        item->setState(state);
    }
    if (m_overviewItem)
        m_overviewItem->update();
    Q_EMIT appearanceChanged();
}

void DiagramScene::setTableHidden(int node, bool hidden)
{
    if (hidden)
        m_hidden.insert(node);
    else
        m_hidden.remove(node);
    applyStates();
}

QList<int> DiagramScene::hiddenTables() const
{
    QList<int> nodes(m_hidden.begin(), m_hidden.end());
    std::sort(nodes.begin(), nodes.end());
    return nodes;
}

void DiagramScene::showAllTables()
{
    m_hidden.clear();
    applyStates();
}

void DiagramScene::setFocus(int node, int depth)
{
    m_focusNode = node;
    m_focusSet.clear();
    if (node >= 0) {
        // Breadth-first over edges in both directions, DEPTH hops.
        QHash<int, QList<int>> adjacent;
        for (const graph::Edge &e : std::as_const(m_graph.edges)) {
            adjacent[e.from].append(e.to);
            adjacent[e.to].append(e.from);
        }
        QQueue<QPair<int, int>> queue;
        queue.enqueue({node, 0});
        m_focusSet.insert(node);
        while (!queue.isEmpty()) {
            const auto [n, d] = queue.dequeue();
            if (d >= depth)
                continue;
            for (int next : adjacent.value(n)) {
                if (!m_focusSet.contains(next)) {
                    m_focusSet.insert(next);
                    queue.enqueue({next, d + 1});
                }
            }
        }
    }
    applyStates();
}

// Arranging ------------------------------------------------------------------------------

void DiagramScene::setPinned(int node, bool pinned)
{
    if (node >= 0 && node < m_tables.size())
        m_tables.at(node)->setPinned(pinned);
}

bool DiagramScene::isPinned(int node) const
{
    return node >= 0 && node < m_tables.size() && m_tables.at(node)->isPinned();
}

QList<bool> DiagramScene::pinned() const
{
    QList<bool> flags;
    flags.reserve(m_tables.size());
    for (const TableItem *item : m_tables)
        flags.append(item->isPinned());
    return flags;
}

QList<int> DiagramScene::edgesOf(const QList<int> &nodes) const
{
    QSet<int> edges;
    for (int node : nodes)
        if (node >= 0 && node < m_edgesOfNode.size())
            for (int e : m_edgesOfNode.at(node))
                edges.insert(e);
    QList<int> sorted(edges.begin(), edges.end());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

QList<graph::RouteEdge> DiagramScene::routeEnds() const
{
    QList<graph::RouteEdge> ends = m_ends;
    for (graph::RouteEdge &end : ends) {
        if (end.tail.hasRow())
            end.tail.rowY += m_layout.nodes.at(end.tail.node).top();
        if (end.head.hasRow())
            end.head.rowY += m_layout.nodes.at(end.head.node).top();
    }
    return ends;
}

graph::EdgeGeometry DiagramScene::directEdge(int edge) const
{
    graph::RouteEdge end = m_ends.at(edge);
    const QRectF from = m_layout.nodes.at(end.tail.node);
    const QRectF to = m_layout.nodes.at(end.head.node);
    if (end.tail.hasRow())
        end.tail.rowY += from.top();
    if (end.head.hasRow())
        end.head.rowY += to.top();
    return graph::directEdge(from, end.tail, to, end.head, end.tail.node == end.head.node);
}

void DiagramScene::setEdgeGeometry(int edge, const graph::EdgeGeometry &geometry, EdgeShapes shapes)
{
    if (edge < 0 || edge >= m_edges.size())
        return;
    m_layout.edges[edge] = geometry;
    m_edges.at(edge)->setGeometry(geometry, std::move(shapes));
}

void DiagramScene::tableItemMoved(int node)
{
    if (m_tearingDown || node < 0 || node >= m_tables.size() || node >= m_layout.nodes.size())
        return;
    const TableItem *item = m_tables.at(node);
    m_layout.nodes[node] = item->boxRect().translated(item->pos());
    // Edges follow at once on a direct path; they are routed around tables again when the
    // move is over (off the UI thread).
    for (int e : m_edgesOfNode.at(node)) {
        const graph::EdgeGeometry geometry = directEdge(e);
        m_layout.edges[e] = geometry;
        EdgeItem *edgeItem = m_edges.at(e);
        if (!m_dragStart.isEmpty() || m_moving)
            edgeItem->setActive(true);
        edgeItem->setGeometry(geometry, edgeShapes(geometry));
    }
    if (!m_dragStart.isEmpty() && !m_moving)
        return; // bounds and the overview are refreshed when the drag ends
    updateBounds();
}

void DiagramScene::moveTables(const QHash<int, QPointF> &topLefts)
{
    {
        const QScopedValueRollback moving(m_moving, true);
        for (auto it = topLefts.cbegin(); it != topLefts.cend(); ++it)
            if (it.key() >= 0 && it.key() < m_tables.size())
                m_tables.at(it.key())->setPos(it.value());
    }
    for (EdgeItem *item : std::as_const(m_edges))
        item->setActive(false);
    updateBounds();
    if (m_overviewItem)
        m_overviewItem->update();
    Q_EMIT appearanceChanged();
}

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mousePressEvent(event);
    m_dragStart.clear();
    if (event->button() != Qt::LeftButton)
        return;
    for (QGraphicsItem *item : selectedItems())
        if (item->type() == TableItem::Type && (item->flags() & QGraphicsItem::ItemIsMovable))
            m_dragStart.insert(static_cast<TableItem *>(item)->node(), item->pos());
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseReleaseEvent(event);
    if (m_dragStart.isEmpty())
        return;
    const QHash<int, QPointF> start = std::exchange(m_dragStart, {});
    QList<int> nodes;
    QList<QPointF> from, to;
    QList<int> keys = start.keys();
    std::sort(keys.begin(), keys.end());
    for (int node : std::as_const(keys)) {
        const QPointF now = m_tables.at(node)->pos();
        if (now != start.value(node)) {
            nodes.append(node);
            from.append(start.value(node));
            to.append(now);
        }
    }
    for (EdgeItem *item : std::as_const(m_edges))
        item->setActive(false);
    updateBounds();
    if (m_overviewItem)
        m_overviewItem->update();
    if (!nodes.isEmpty()) {
        Q_EMIT appearanceChanged();
        Q_EMIT tablesMoved(nodes, from, to);
    }
}

QList<const TableItem *> DiagramScene::placeOverviewNames(const QList<const TableItem *> &shown,
                                                          double lod) const
{
    // Names inside their boxes never collide (boxes do not overlap). Names on top of their
    // boxes are placed most connected first, on a grid of cells, each where it covers no
    // placed name.
    QList<const TableItem *> named;
    QList<const TableItem *> onTop;
    QList<QRectF> placed;
    for (const TableItem *item : shown) {
        bool above = false;
        const QRectF rect = item->overviewNameRect(lod, &above);
        if (!above) {
            named.append(item);
            placed.append(rect);
        } else if (!m_renderingThumbnail) { // the minimap shows only names its boxes hold
            onTop.append(item);
        }
    }
    std::stable_sort(onTop.begin(), onTop.end(), [&](const TableItem *a, const TableItem *b) {
        const int da = m_degree.value(a->node()), db = m_degree.value(b->node());
        if (da != db)
            return da > db;
        return a->node() < b->node();
    });
    const double cell = 40 / lod;
    QHash<quint64, QList<int>> grid;
    auto key = [](int x, int y) { return (quint64(quint32(x)) << 32) | quint32(y); };
    auto cellsOf = [&](const QRectF &r, const std::function<bool(quint64)> &visit) {
        for (int x = int(std::floor(r.left() / cell)); x <= int(std::floor(r.right() / cell)); ++x)
            for (int y = int(std::floor(r.top() / cell)); y <= int(std::floor(r.bottom() / cell));
                 ++y)
                if (!visit(key(x, y)))
                    return false;
        return true;
    };
    auto add = [&](const QRectF &rect) {
        const int index = int(placed.size()) - 1;
        cellsOf(rect, [&](quint64 k) {
            grid[k].append(index);
            return true;
        });
    };
    for (int i = 0; i < placed.size(); ++i) {
        const QRectF rect = placed.at(i);
        cellsOf(rect, [&](quint64 k) {
            grid[k].append(i);
            return true;
        });
    }
    for (const TableItem *item : std::as_const(onTop)) {
        const QRectF rect = item->overviewNameRect(lod);
        const bool free = cellsOf(rect, [&](quint64 k) {
            for (int other : grid.value(k))
                if (placed.at(other).intersects(rect))
                    return false;
            return true;
        });
        if (!free)
            continue;
        placed.append(rect);
        add(rect);
        named.append(item);
    }
    return named;
}

} // namespace schemalens::gui
