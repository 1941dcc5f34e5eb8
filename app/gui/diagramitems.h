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
    // The name's advance at a 100 px header font, measured once per font: shaping the name in
    // every frame of a 2,000-table overview was most of its paint time.
    mutable double m_nameAdvance = -1;
    mutable QString m_nameFontKey;
    render::TableState m_state;
};

class EdgeItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };
    EdgeItem(const DiagramScene *scene, int edge, const graph::EdgeGeometry &geometry);

    int type() const override { return Type; }
    int edge() const { return m_edge; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;
    void setState(const render::EdgeState &state);
    QString toolTipText() const; // both ends, the policy and findings; set on first hover

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;

private:
    const DiagramScene *m_scene;
    int m_edge;
    graph::EdgeGeometry m_geometry;
    QPainterPath m_path;
    QRectF m_bounds;
    render::EdgeState m_state;
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
