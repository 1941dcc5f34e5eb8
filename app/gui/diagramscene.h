#pragma once

#include "app/gui/diagramitems.h"
#include "core/graph/domains.h"
#include "core/graph/layout.h"
#include "core/graph/router.h"
#include "core/render/measure.h"
#include "core/render/theme.h"
#include "core/review/finding.h"

#include <QGraphicsScene>
#include <QHash>

namespace schemalens::gui {

class DomainItem;
class EdgeItem;
class OverviewItem;
class TableItem;

// The scene controller: builds one item per table, FK edge and cluster from a laid-out
// graph, keeps id -> item maps, and applies selection, neighbourhood highlighting, focus and
// hiding by setting item states (items never decide anything themselves). Tables can be
// dragged; the scene keeps layout() in step and reports finished moves (tablesMoved) so
// that the arrangement controller can record, save and re-route them.
class DiagramScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit DiagramScene(QObject *parent = nullptr);
    ~DiagramScene() override;

    // METRICS: each node's box measured with the theme's fonts (the loader measures them off
    // the UI thread); SHAPES: edgeShapes() of each laid-out edge (MainWindow builds them off
    // the UI thread). Either empty: computed here. PINNED: per node, placed by hand.
    void setDiagram(graph::ErGraph graph, const graph::Layout &layout,
                    const QList<render::TableMetrics> &metrics = {}, QList<EdgeShapes> shapes = {},
                    const QList<bool> &pinned = {});
    void clearDiagram();
    void setTheme(const render::Theme &theme);
    void setShowFindings(bool show);
    // The view's zoom changed: below OverviewItem::below tables stop caching pixmaps of
    // themselves (the overview layer paints them); below kDomainsBelow a diagram grouped in
    // domains shows one box per domain (DomainItem).
    void setLevelOfDetail(double zoom);
    void setOverview(bool overview);
    bool isOverview() const { return m_overview; }
    // While the view's zoom changes, items paint straight into the view: a pixmap cache
    // (DeviceCoordinateCache) is drawn anew at every scale, which costs more than it saves.
    // DiagramView turns this off once the zoom has settled, or the user pans or clicks.
    void setZooming(bool zooming);
    bool isZooming() const { return m_zooming; }
    bool isDomainOverview() const { return m_domainOverview; }
    const DomainItem *domainItem() const { return m_domainItem; }
    static constexpr double kDomainsBelow = 7.0 / 12.0; // table names under 7 px

    // The graph on screen (its columns as the column mode shows them; a view's tables and
    // stubs), and its geometry as it is now, moves included.
    const graph::ErGraph &graph() const { return m_graph; }
    const graph::Layout &layout() const { return m_layout; }
    const render::Theme &theme() const { return m_theme; }
    bool showFindings() const { return m_showFindings; }
    // True while the minimap renders the scene into its thumbnail: labels sized for the
    // screen would cover it, so items draw only those that fit their boxes.
    bool renderingThumbnail() const { return m_renderingThumbnail; }
    void setRenderingThumbnail(bool thumbnail) { m_renderingThumbnail = thumbnail; }
    const QList<TableItem *> &tableItems() const { return m_tables; }
    const QList<EdgeItem *> &edgeItems() const { return m_edges; }
    TableItem *tableItem(const QString &schema, const QString &table) const;
    int nodeOf(const QString &id) const { return m_nodeById.value(id, -1); }
    QRectF diagramRect() const { return m_diagramRect; }
    // The part of the diagram that is shown: the visible tables (focus and hidden tables
    // taken out) with a margin; the whole diagram when nothing is narrowed.
    QRectF shownRect() const;
    const graph::Domains &domains() const { return m_domains; }
    // Diagrams of more than one domain above ~150 tables show domains when zoomed out
    // (smaller ones are read table by table: their schema frames are no overview).
    bool hasDomains() const
    {
        return m_domains.domains.size() > 1 &&
               graph::domainTableCount(m_graph) > graph::kDomainThreshold;
    }
    // The domain under SCENEPOS in the domain overview, or -1; its rectangle.
    int domainAt(const QPointF &scenePos) const;
    QRectF domainRect(int domain) const;

    // Highlights the table (its edges and neighbours stay bright, the rest dims); -1 clears.
    void highlightTable(int node);
    // The item a finding is about (its table, or its FK edge), and the rect to centre on.
    QGraphicsItem *itemForFinding(const review::Finding &finding, QRectF *focusRect) const;
    void markFinding(const review::Finding &finding); // outline its table row / edge
    // Hides (or shows again) a table and its edges.
    void setTableHidden(int node, bool hidden);
    QList<int> hiddenTables() const;
    void showAllTables();
    // The diff overlay of the timeline and the compare view: per node the mark of its table
    // and of its rows, per edge its mark (render::DiffMark); shorter lists leave the rest
    // unmarked, empty lists clear the overlay. setDiagram() starts unmarked.
    void setDiffMarks(const QList<render::DiffMark> &tables,
                      const QList<QList<render::DiffMark>> &rows,
                      const QList<render::DiffMark> &edges);
    // Shows only tables within DEPTH hops of NODE (FK and soft edges, both directions); -1
    // shows everything again.
    void setFocus(int node, int depth);
    int focusNode() const { return m_focusNode; }
    QList<int> selectedNodes() const;

    // Arranging. Pinned tables carry a pin and stay put when the rest is arranged again.
    void setPinned(int node, bool pinned);
    bool isPinned(int node) const;
    QList<bool> pinned() const;
    // Moves tables (top-left per node) without reporting a move: undo, redo, arrangements.
    // Their edges take a direct path at once; reroute them with setEdgeGeometry.
    void moveTables(const QHash<int, QPointF> &topLefts);
    QList<int> edgesOf(const QList<int> &nodes) const;
    void setEdgeGeometry(int edge, const graph::EdgeGeometry &geometry, EdgeShapes shapes);
    // Route ends of every edge for the current positions (router.h), for re-routing.
    QList<graph::RouteEdge> routeEnds() const;

    // Called by a TableItem whose position changed.
    void tableItemMoved(int node);
    // Which names the overview draws at LOD among SHOWN (see OverviewItem::paint).
    QList<const TableItem *> placeOverviewNames(const QList<const TableItem *> &shown,
                                                double lod) const;

Q_SIGNALS:
    void tableSelected(int node); // -1 when the selection is cleared
    void edgeSelected(int edge);
    // What the scene shows changed (diagram, theme, findings overlay, dimming, hidden tables),
    // as opposed to a hover: the minimap re-renders on this, not on every item update.
    void appearanceChanged();
    // A drag of tables ended: their top-lefts before and after.
    void tablesMoved(const QList<int> &nodes, const QList<QPointF> &from, const QList<QPointF> &to);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void onSelectionChanged();
    void repaintItems();
    void applyOverview();   // item cache modes and contents flags for the level of detail
    void applyCacheModes(); // for the level of detail and whether the zoom changes
    void applyStates();
    void updateBounds();
    graph::EdgeGeometry directEdge(int edge) const;

    graph::ErGraph m_graph;
    graph::Layout m_layout;
    render::Theme m_theme = render::Theme::light();
    bool m_showFindings = true;
    bool m_renderingThumbnail = false;
    bool m_overview = false;
    bool m_zooming = false;
    bool m_domainOverview = false;
    QList<TableItem *> m_tables;
    QList<EdgeItem *> m_edges;
    OverviewItem *m_overviewItem = nullptr;
    DomainItem *m_domainItem = nullptr;
    QHash<QString, int> m_nodeById;
    QRectF m_diagramRect;
    QList<graph::RouteEdge> m_ends; // rowY relative to the box top (NaN: no row)
    QList<QList<int>> m_edgesOfNode;
    QList<int> m_degree;
    graph::Domains m_domains;
    QList<QRectF> m_domainRects;
    // A drag in progress: the selected tables' top-lefts when it started.
    QHash<int, QPointF> m_dragStart;
    bool m_moving = false; // moveTables() is placing items
    // Set while items are being destroyed: ~QGraphicsItem of a selected item emits
    // selectionChanged, and nothing may then reach items (or maps) that are already gone.
    bool m_tearingDown = false;
    int m_highlight = -1;
    int m_focusNode = -1;
    QSet<int> m_focusSet;
    QSet<int> m_hidden;
    QString m_markedTable;
    QString m_markedColumn;
};

} // namespace schemalens::gui
