#include "app/gui/diagramscene.h"

#include "app/gui/diagramitems.h"

#include <QQueue>
#include <QScopedValueRollback>

namespace schemalens::gui {

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
        m_nodeById.clear();
        hadSelection = !selectedItems().isEmpty();
        clearSelection();
        clear();
    }
    m_graph = {};
    m_layout = {};
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
                              const QList<render::TableMetrics> &metrics, QList<EdgeShapes> shapes)
{
    clearDiagram();
    m_graph = std::move(graph);
    m_layout = layout;
    const render::MeasureOptions measure{.findings = m_showFindings,
                                         .showSchema = render::spansSchemas(m_graph)};
    for (const graph::ClusterGeometry &cluster : layout.clusters)
        addItem(new ClusterItem(this, cluster));
    const bool measured = metrics.size() == m_graph.nodes.size();
    m_tables.reserve(m_graph.nodes.size());
    m_edges.reserve(m_graph.edges.size());
    m_nodeById.reserve(m_graph.nodes.size());
    for (int i = 0; i < m_graph.nodes.size(); ++i) {
        auto *item = new TableItem(
            this, i,
            measured ? metrics.at(i) : render::tableMetrics(m_graph.nodes.at(i), m_theme, measure));
        if (i < layout.nodes.size())
            item->setPos(layout.nodes.at(i).topLeft());
        addItem(item);
        m_tables.append(item);
        m_nodeById.insert(m_graph.nodes.at(i).id, i);
    }
    for (int i = 0; i < m_graph.edges.size() && i < layout.edges.size(); ++i) {
        auto *item =
            new EdgeItem(this, i, layout.edges.at(i),
                         i < shapes.size() ? std::move(shapes[i]) : edgeShapes(layout.edges.at(i)));
        addItem(item);
        m_edges.append(item);
    }
    m_diagramRect = layout.bounds.adjusted(-40, -40, 40, 40);
    m_overviewItem = new OverviewItem(this);
    addItem(m_overviewItem);
    applyOverview();
    setSceneRect(m_diagramRect);
    Q_EMIT appearanceChanged();
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

void DiagramScene::setOverview(bool overview)
{
    if (overview == m_overview)
        return;
    m_overview = overview;
    applyOverview();
}

void DiagramScene::applyOverview()
{
    for (TableItem *item : std::as_const(m_tables)) {
        item->setCacheMode(m_overview ? QGraphicsItem::NoCache
                                      : QGraphicsItem::DeviceCoordinateCache);
        item->syncContents();
    }
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

} // namespace schemalens::gui
