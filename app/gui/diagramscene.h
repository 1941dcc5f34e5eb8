#pragma once

#include "app/gui/diagramitems.h"
#include "core/graph/layout.h"
#include "core/render/measure.h"
#include "core/render/theme.h"
#include "core/review/finding.h"

#include <QGraphicsScene>
#include <QHash>

namespace schemalens::gui {

class EdgeItem;
class TableItem;

// The scene controller: builds one item per table, FK edge and cluster from a laid-out
// graph, keeps id -> item maps, and applies selection, neighbourhood highlighting, focus and
// hiding by setting item states (items never decide anything themselves).
class DiagramScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit DiagramScene(QObject *parent = nullptr);
    ~DiagramScene() override;

    // METRICS: each node's box measured with the theme's fonts (the loader measures them off
    // the UI thread); SHAPES: edgeShapes() of each laid-out edge (MainWindow builds them off
    // the UI thread). Either empty: computed here.
    void setDiagram(graph::ErGraph graph, const graph::Layout &layout,
                    const QList<render::TableMetrics> &metrics = {}, QList<EdgeShapes> shapes = {});
    void clearDiagram();
    void setTheme(const render::Theme &theme);
    void setShowFindings(bool show);
    // The view is zoomed out below OverviewItem::below: tables stop caching pixmaps of
    // themselves (the overview layer paints them).
    void setOverview(bool overview);
    bool isOverview() const { return m_overview; }

    const graph::ErGraph &graph() const { return m_graph; }
    const graph::Layout &layout() const { return m_layout; } // the graph's laid-out geometry
    const render::Theme &theme() const { return m_theme; }
    bool showFindings() const { return m_showFindings; }
    const QList<TableItem *> &tableItems() const { return m_tables; }
    const QList<EdgeItem *> &edgeItems() const { return m_edges; }
    TableItem *tableItem(const QString &schema, const QString &table) const;
    QRectF diagramRect() const { return m_diagramRect; }
    // The part of the diagram that is shown: the visible tables (focus and hidden tables
    // taken out) with a margin; the whole diagram when nothing is narrowed.
    QRectF shownRect() const;

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

Q_SIGNALS:
    void tableSelected(int node); // -1 when the selection is cleared
    void edgeSelected(int edge);
    // What the scene shows changed (diagram, theme, findings overlay, dimming, hidden tables),
    // as opposed to a hover: the minimap re-renders on this, not on every item update.
    void appearanceChanged();

private:
    void onSelectionChanged();
    void repaintItems();
    void applyOverview(); // item cache modes and contents flags for the level of detail
    void applyStates();

    graph::ErGraph m_graph;
    graph::Layout m_layout;
    render::Theme m_theme = render::Theme::light();
    bool m_showFindings = true;
    bool m_overview = false;
    QList<TableItem *> m_tables;
    QList<EdgeItem *> m_edges;
    QGraphicsItem *m_overviewItem = nullptr;
    QHash<QString, int> m_nodeById;
    QRectF m_diagramRect;
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
