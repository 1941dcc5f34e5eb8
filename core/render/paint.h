#pragma once

#include "core/graph/layout.h"
#include "core/render/measure.h"
#include "core/render/theme.h"

#include <QPainterPath>
#include <QRectF>

#include <optional>

class QPainter;

namespace schemalens::render {

// How one edge is drawn, decided from the edge alone: colour by ON DELETE policy (soft
// references in the warning colour, dashed), crow's-foot marks at both ends, and a halo in
// the worst finding's severity colour. Plain data so tests can check the decisions.
struct EdgeStyle {
    QColor colour;
    Qt::PenStyle penStyle = Qt::SolidLine;
    double width = 1.4;
    graph::EndMark childEnd = graph::EndMark::ZeroOrMany;  // at the referencing table
    graph::EndMark parentEnd = graph::EndMark::ExactlyOne; // at the referenced table
    std::optional<review::Severity> finding;               // outlined when set
    QColor findingColour;
};

EdgeStyle edgeStyle(const graph::Edge &edge, const Theme &theme, bool findings = true);

// The diff overlay of the timeline and the compare view: what a table, a column row or an
// edge became between the two schemas shown. Exports leave it at None.
enum class DiffMark : quint8 { None, Added, Changed, Removed };
QColor diffMarkColour(DiffMark mark, const Theme &theme); // green, amber, red

// Interaction state the GUI passes in; exports use the defaults.
struct TableState {
    bool selected = false;
    bool hovered = false;
    bool dimmed = false;            // outside the current focus
    bool findings = true;           // badge and row outlines
    int highlightRow = -1;          // a column row to emphasise (e.g. the end of a hovered edge)
    DiffMark diff = DiffMark::None; // Removed: a ghost, faded with a dashed red border
    QList<DiffMark> rowDiffs;       // by row (shorter: None); Removed rows are struck through
};

struct EdgeState {
    bool selected = false;
    bool hovered = false;
    bool dimmed = false;
    bool findings = true;
    DiffMark diff = DiffMark::None; // a halo in the mark's colour; Removed: faded and dashed
};

// One table box at RECT (its top-left is the box's top-left; the size is normally
// tableMetrics().size). The overload taking metrics lets a caller cache them.
void paintTable(QPainter &painter, const graph::TableNode &node, const QRectF &rect,
                const Theme &theme, const TableState &state = {},
                const MeasureOptions &measureOptions = {});
void paintTable(QPainter &painter, const graph::TableNode &node, const TableMetrics &metrics,
                const QRectF &rect, const Theme &theme, const TableState &state = {});

// The edge's curve (tail at the referencing table, head at the referenced one) and its
// end marks. edgePath() is what paintEdge strokes, for hit-testing in the GUI.
QPainterPath edgePath(const graph::EdgeGeometry &geometry);
void paintEdge(QPainter &painter, const graph::Edge &edge, const graph::EdgeGeometry &geometry,
               const Theme &theme, const EdgeState &state = {});

// The curve flattened finely enough to look smooth up to 4x zoom, for paintEdgeIn().
QList<QPolygonF> flattenEdge(const QPainterPath &path);
// paintEdge() for an interactive view: strokes only the parts of FLATTENED (flattenEdge())
// that pass through VISIBLE. In a large diagram long edges cross the screen, and stroking
// their whole length was most of a frame; what is drawn inside VISIBLE is the same.
void paintEdgeIn(QPainter &painter, const graph::Edge &edge, const graph::EdgeGeometry &geometry,
                 const QList<QPolygonF> &flattened, const QRectF &visible, const Theme &theme,
                 const EdgeState &state);

// A crow's-foot end mark whose tip touches a table at TIP, the edge arriving along
// DIRECTION (pointing into the table).
void paintEndMark(QPainter &painter, graph::EndMark mark, const QPointF &tip,
                  const QPointF &direction, const QColor &colour, const Theme &theme, double width);

void paintCluster(QPainter &painter, const graph::ClusterGeometry &cluster, const Theme &theme);

// The key: ON DELETE colours, soft references, crow's-foot marks and (with findings)
// severities, flowed into rows no wider than maxWidth.
struct LegendOptions {
    bool findings = true;
    bool softEdges = true;
    QString title;          // bold, first line; empty for none
    QString subtitle;       // muted, after the title (counts)
    bool viewEdges = false; // the diagram shows views and what they read
};
QSizeF legendSize(const Theme &theme, const LegendOptions &options, double maxWidth);
void paintLegend(QPainter &painter, const QRectF &rect, const Theme &theme,
                 const LegendOptions &options);

// Whole-diagram painting, used by every exporter (and by GUI print/export).
struct DiagramOptions {
    bool findings = true;
    bool legend = true;
    QString title;
    QString subtitle;
    double margin = 20;
};

// Where things go on the page: the whole scene (origin 0,0), the legend strip, and the
// offset added to Layout coordinates.
struct DiagramFrame {
    QRectF scene;
    QRectF legend;
    QPointF layoutOffset;
};

DiagramFrame diagramFrame(const graph::ErGraph &graph, const graph::Layout &layout,
                          const Theme &theme, const DiagramOptions &options);
void paintDiagram(QPainter &painter, const graph::ErGraph &graph, const graph::Layout &layout,
                  const Theme &theme, const DiagramOptions &options = {});

} // namespace schemalens::render
