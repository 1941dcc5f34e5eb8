#pragma once

#include "core/diff/schemadiff.h"
#include "core/graph/layout.h"
#include "core/render/measure.h"
#include "core/render/paint.h"

#include <QHash>
#include <QPointF>

#include <functional>

namespace schemalens::gui {

// Where tables sit while the timeline steps or a comparison is shown: the positions of a base
// arrangement (the full schema's diagram), by table id ("schema.name"); a table the base does
// not have (dropped before the end, only in the other source) gets a free place right of the
// arrangement the first time it is asked for, and keeps it. So stepping only changes colours.
class PositionBook {
public:
    void setBase(const graph::ErGraph &graph, const graph::Layout &layout);
    bool hasBase() const { return !m_positions.isEmpty() || m_baseSet; }
    // The top-left of ID's box (SIZE: the box, for placing a new one).
    QPointF position(const QString &id, const QSizeF &size);
    bool contains(const QString &id) const { return m_positions.contains(id); }
    // The base arrangement's curve of edge ID ("from->to:constraint" in base ids), when both
    // of its boxes are where and as large as they were there: a step then draws the edge as
    // the full diagram does. Null otherwise.
    const graph::EdgeGeometry *baseEdge(const QString &id, const QRectF &from,
                                        const QRectF &to) const;

private:
    QHash<QString, QPointF> m_positions;
    QHash<QString, QRectF> m_baseBoxes;
    QHash<QString, std::pair<QString, QString>> m_baseEdgeEnds; // edge id -> node ids
    QHash<QString, graph::EdgeGeometry> m_baseEdges;
    QRectF m_bounds;
    bool m_baseSet = false;
    // The column of extra places: its left edge, the next free top, the widest box so far.
    double m_extraLeft = 0;
    double m_extraTop = 0;
    double m_extraWidth = 0;
};

// What the diagram shows for a point of the timeline or for a comparison: the newer schema's
// tables (its graph), with what the older one had and the newer lacks added as ghosts —
// dropped tables, columns and foreign-key edges — placed by a PositionBook, edges drawn as
// simple curves between the rows they join, and the diff's marks per table, row and edge.
struct DiffDiagram {
    graph::ErGraph graph;
    graph::Layout layout;
    QList<render::TableMetrics> metrics;
    QList<render::DiffMark> tableMarks;      // by node
    QList<QList<render::DiffMark>> rowMarks; // by node, then row
    QList<render::DiffMark> edgeMarks;       // by edge
};

struct DiffDiagramInput {
    const model::Schema *oldSchema = nullptr;
    const model::Schema *newSchema = nullptr;
    const diff::SchemaDiff *diff = nullptr;
    // The base arrangement's id of a table of the new (resp. old) schema: the final schema's
    // name of a table renamed later on; unset: the table's own id.
    std::function<QString(const QString &schema, const QString &name)> newToBase;
    std::function<QString(const QString &schema, const QString &name)> oldToBase;
};

DiffDiagram buildDiffDiagram(const DiffDiagramInput &input, PositionBook &positions,
                             const render::Theme &theme, render::MeasureCache *cache = nullptr);

// The curve of an edge from row FROMY of box FROM to row TOY of box TO (scene coordinates):
// out of the facing sides, or round the right side when the boxes overlap horizontally.
graph::EdgeGeometry simpleEdge(const QRectF &from, double fromY, const QRectF &to, double toY);

} // namespace schemalens::gui
