#pragma once

#include "core/graph/layout.h"
#include "core/render/measure.h"
#include "core/render/paint.h"
#include "core/render/theme.h"

#include <QGraphicsItem>

namespace schemalens::gui {

// Dumb items over core/render's painting (CONVENTIONS.md item 6): the scene owns the graph
// and the theme, items keep an index into it and their interaction state.

class DiagramScene;

class TableItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };
    TableItem(const DiagramScene *scene, int node, const render::TableMetrics &metrics);

    int type() const override { return Type; }
    int node() const { return m_node; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    void setState(const render::TableState &state);
    const render::TableState &state() const { return m_state; }
    bool isHovered() const { return m_state.hovered; }
    QRectF boxRect() const { return QRectF(QPointF(0, 0), m_metrics.size); } // item coordinates
    // Placed by hand: Arrange leaves it where it is (drawn with a pin).
    void setPinned(bool pinned);
    bool isPinned() const { return m_pinned; }
    // The name's width in scene units at a 100 px header font (measured once).
    double nameAdvance() const;
    // Overview painting, shared with OverviewItem: the name at its natural size where the
    // box holds it, else whole at a legible size on top of the box (the overview decides
    // which names fit beside each other), and the worst finding's dot, in item coordinates.
    void paintOverviewName(QPainter *painter, double lod) const;
    // The name's rectangle, in scene coordinates, as paintOverviewName draws it at LOD;
    // ONTOP: whether it is drawn on top of the box (too long for it at a legible size).
    QRectF overviewNameRect(double lod, bool *onTop = nullptr) const;
    static void paintOverviewBadge(QPainter *painter, const QRectF &box, double lod,
                                   const QColor &colour);
    // In the overview the item paints nothing (ItemHasNoContents: the view skips it) unless
    // selected or hovered; called when any of the three changes.
    void syncContents();
    QString toolTipText() const; // name and findings; set as the tooltip on first hover
    // The scene rectangle of column row ROW (for highlighting a finding's column).
    QRectF rowRect(int row) const;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    const DiagramScene *m_scene;
    int m_node;
    render::TableMetrics m_metrics;
    // The name's advance at a 100 px header font (the same in every theme), measured once:
    // shaping the name in every frame of a 2,000-table overview was most of its paint time.
    mutable double m_nameAdvance = -1;
    render::TableState m_state;
    bool m_pinned = false;
};

// Overview names: the name's pixel size at LOD (screen pixels), and whether it is drawn
// inside its box or on top of it.
inline constexpr double kLegibleNamePixels = 7;

// An edge's curve prepared for painting, once: the path (hit-testing, bounds), line segments
// simplified for the overview (zoom 0.1-0.4 and below 0.1: Graphviz splines flatten to ~50
// segments, which a drawLines call would pay for), and the curve flattened finely enough
// for 4x zoom (render::flattenEdge), to stroke only what is on screen. A pure function of the
// geometry, so thousands are built off the UI thread.
struct EdgeShapes {
    QPainterPath path;
    QList<QLineF> overview[2];
    QList<QPolygonF> flattened;
};
EdgeShapes edgeShapes(const graph::EdgeGeometry &geometry);

class EdgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };
    EdgeItem(const DiagramScene *scene, int edge, const graph::EdgeGeometry &geometry,
             EdgeShapes shapes);

    int type() const override { return Type; }
    int edge() const { return m_edge; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    void setState(const render::EdgeState &state);
    const render::EdgeState &state() const { return m_state; }
    bool isHovered() const { return m_state.hovered; }
    // A new route (a table moved): geometry and its prepared shapes.
    void setGeometry(const graph::EdgeGeometry &geometry, EdgeShapes shapes);
    const graph::EdgeGeometry &geometry() const { return m_geometry; }
    // While one of its tables is dragged the edge paints itself (the overview layer, a cached
    // picture, is not repainted on every mouse move).
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // The curve as line segments simplified for an overview at zoom LOD (< 0.4).
    void syncContents(); // as TableItem::syncContents
    const QList<QLineF> &overviewLines(double lod) const
    {
        return m_shapes.overview[lod < 0.1 ? 1 : 0];
    }
    QString toolTipText() const; // both ends, the policy and findings; set on first hover

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    const DiagramScene *m_scene;
    int m_edge;
    graph::EdgeGeometry m_geometry;
    EdgeShapes m_shapes;
    QRectF m_bounds;
    render::EdgeState m_state;
    bool m_active = false;
};

// Below OverviewItem::below the diagram is an overview: tables are boxes with (legible)
// names, edges one-pixel lines. Thousands of items each painting themselves cost a frame
// several times over, so this one item paints them all, batched into a few drawLines and
// drawRects calls; tables and edges then paint only when selected or hovered.
class OverviewItem : public QGraphicsItem {
public:
    // Further out a 12 px table name is under kLegibleNamePixels (and rows are unreadable
    // long before): boxes with names drawn at a legible size instead.
    static constexpr double below = 7.0 / 12.0;
    explicit OverviewItem(const DiagramScene *scene);
    void sceneBoundsChanged() { prepareGeometryChange(); } // before diagramRect() changes
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const DiagramScene *m_scene;
};

class ClusterItem : public QGraphicsItem {
public:
    ClusterItem(const DiagramScene *scene, const graph::ClusterGeometry &cluster);
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const DiagramScene *m_scene;
    graph::ClusterGeometry m_cluster;
};

} // namespace schemalens::gui
