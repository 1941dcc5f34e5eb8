// The whole diagram: title and legend strip, clusters, edges under tables, tables.

#include "core/render/paint.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

#include <cmath>
#include <functional>

namespace schemalens::render {

namespace {

// Translated in the "render" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(render)
};

constexpr double LegendPadding = 10;
constexpr double LegendItemGap = 18;
constexpr double LegendRowGap = 6;
constexpr double SampleLength = 34; // the line drawn for an edge sample
constexpr double LegendGap = 16;    // between the legend and the diagram

// One legend entry: a sample drawn in [x, x + sampleWidth] and a caption after it.
struct LegendItem {
    double sampleWidth = 0;
    QString caption;
    std::function<void(QPainter &, const QRectF &)> paintSample;
    bool heading = false; // caption only, in bold ("ON DELETE")
};

QList<LegendItem> legendItems(const Theme &theme, const LegendOptions &options)
{
    QList<LegendItem> items;
    const auto heading = [&](const QString &text) { items.append({0, text, nullptr, true}); };
    const auto edgeSample = [&](const QColor &colour, Qt::PenStyle style, const QString &caption) {
        items.append({SampleLength, caption, [=, &theme](QPainter &p, const QRectF &r) {
                          QPen pen(colour, theme.edgeWidth, style, Qt::FlatCap);
                          if (style == Qt::DashLine)
                              pen.setDashPattern({4, 3});
                          p.setPen(pen);
                          p.drawLine(QPointF(r.left(), r.center().y()),
                                     QPointF(r.right(), r.center().y()));
                      }});
    };
    heading(Tr::tr("ON DELETE"));
    edgeSample(theme.cascade, Qt::SolidLine, Tr::tr("cascade"));
    edgeSample(theme.setNull, Qt::SolidLine, Tr::tr("set null"));
    edgeSample(theme.setDefault, Qt::SolidLine, Tr::tr("set default"));
    edgeSample(theme.restrict, Qt::SolidLine, Tr::tr("restrict / no action"));
    if (options.softEdges)
        edgeSample(theme.soft, Qt::DashLine, Tr::tr("soft reference (no FK)"));
    if (options.viewEdges)
        edgeSample(theme.mutedText, Qt::DotLine, Tr::tr("view reads"));

    heading(Tr::tr("Cardinality"));
    const auto markSample = [&](graph::EndMark mark, const QString &caption) {
        items.append({SampleLength, caption, [=, &theme](QPainter &p, const QRectF &r) {
                          const QPointF tip(r.right(), r.center().y());
                          p.setPen(QPen(theme.mutedText, theme.edgeWidth));
                          p.drawLine(QPointF(r.left(), tip.y()), tip);
                          paintEndMark(p, mark, tip, QPointF(1, 0), theme.mutedText, theme,
                                       theme.edgeWidth);
                          p.setPen(QPen(theme.border, 1.2));
                          p.drawLine(tip + QPointF(0, -7), tip + QPointF(0, 7));
                      }});
    };
    markSample(graph::EndMark::ExactlyOne, Tr::tr("exactly one"));
    markSample(graph::EndMark::ZeroOrOne, Tr::tr("zero or one"));
    markSample(graph::EndMark::ZeroOrMany, Tr::tr("zero or many"));

    if (options.findings) {
        heading(Tr::tr("Findings"));
        const auto severitySample = [&](review::Severity severity, const QString &caption) {
            const QColor colour = theme.severityColour(severity);
            items.append({22, caption, [=](QPainter &p, const QRectF &r) {
                              const QRectF box(r.left(), r.center().y() - 6, r.width(), 12);
                              QColor fill = colour;
                              fill.setAlpha(30);
                              p.setPen(QPen(colour, 1.5));
                              p.setBrush(fill);
                              p.drawRoundedRect(box, 3, 3);
                              p.setBrush(Qt::NoBrush);
                          }});
        };
        severitySample(review::Severity::Error, Tr::tr("error"));
        severitySample(review::Severity::Warning, Tr::tr("warning"));
        severitySample(review::Severity::Info, Tr::tr("info"));
    }
    items.append(
        {0, Tr::tr("PK primary key · FK foreign key · UQ unique · NN not null"), nullptr, false});
    return items;
}

double itemWidth(const LegendItem &item, const Theme &theme)
{
    const QFontMetricsF fm(item.heading ? theme.tagFont : theme.typeFont);
    const double caption = fm.horizontalAdvance(item.caption);
    return item.sampleWidth > 0 ? item.sampleWidth + 6 + caption : caption;
}

// Positions of the title line and every item, flowed into rows of at most maxWidth
// (content width, padding excluded). Headings start a new group and never end a row.
struct LegendFlow {
    QList<QRectF> items;
    QSizeF content;
    double titleHeight = 0;
};

LegendFlow flowLegend(const QList<LegendItem> &items, const Theme &theme,
                      const LegendOptions &options, double maxWidth)
{
    LegendFlow flow;
    const QFontMetricsF titleFm(theme.titleFont);
    const QFontMetricsF subFm(theme.typeFont);
    double width = 0;
    if (!options.title.isEmpty() || !options.subtitle.isEmpty()) {
        flow.titleHeight = titleFm.height() + LegendRowGap;
        width = titleFm.horizontalAdvance(options.title) + 12 +
                subFm.horizontalAdvance(options.subtitle);
    }
    const double rowHeight = std::max(QFontMetricsF(theme.typeFont).height(), 14.0);
    double x = 0;
    double y = flow.titleHeight;
    for (int i = 0; i < items.size(); ++i) {
        double w = itemWidth(items.at(i), theme);
        // Keep a heading with the item after it.
        double need = w;
        if (items.at(i).heading && i + 1 < items.size())
            need += LegendItemGap / 2 + itemWidth(items.at(i + 1), theme);
        if (x > 0 && x + need > maxWidth) {
            x = 0;
            y += rowHeight + LegendRowGap;
        }
        flow.items << QRectF(x, y, w, rowHeight);
        width = std::max(width, x + w);
        x += w + (items.at(i).heading ? LegendItemGap / 2 : LegendItemGap);
    }
    flow.content = QSizeF(width, y + rowHeight);
    return flow;
}

} // namespace

void paintCluster(QPainter &painter, const graph::ClusterGeometry &cluster, const Theme &theme)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(theme.clusterBorder, 1.0));
    painter.setBrush(theme.clusterFill);
    painter.drawRoundedRect(cluster.rect, 8, 8);
    painter.setFont(theme.headerFont);
    painter.setPen(theme.clusterText);
    const QFontMetricsF fm(theme.headerFont);
    painter.drawText(QPointF(cluster.rect.left() + 10, cluster.rect.top() + 6 + fm.ascent()),
                     fm.elidedText(cluster.name, Qt::ElideRight, cluster.rect.width() - 20));
    painter.restore();
}

QSizeF legendSize(const Theme &theme, const LegendOptions &options, double maxWidth)
{
    const LegendFlow flow =
        flowLegend(legendItems(theme, options), theme, options, maxWidth - 2 * LegendPadding);
    return flow.content + QSizeF(2 * LegendPadding, 2 * LegendPadding);
}

void paintLegend(QPainter &painter, const QRectF &rect, const Theme &theme,
                 const LegendOptions &options)
{
    const QList<LegendItem> items = legendItems(theme, options);
    const LegendFlow flow = flowLegend(items, theme, options, rect.width() - 2 * LegendPadding);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(theme.clusterBorder, 1.0));
    painter.setBrush(theme.legendFill);
    painter.drawRoundedRect(rect, 6, 6);
    painter.setBrush(Qt::NoBrush);

    const QPointF origin = rect.topLeft() + QPointF(LegendPadding, LegendPadding);
    if (flow.titleHeight > 0) {
        const QFontMetricsF titleFm(theme.titleFont);
        const double baseline = origin.y() + titleFm.ascent();
        painter.setFont(theme.titleFont);
        painter.setPen(theme.text);
        painter.drawText(QPointF(origin.x(), baseline), options.title);
        painter.setFont(theme.typeFont);
        painter.setPen(theme.mutedText);
        painter.drawText(
            QPointF(origin.x() + titleFm.horizontalAdvance(options.title) + 12, baseline),
            options.subtitle);
    }
    for (int i = 0; i < items.size(); ++i) {
        const LegendItem &item = items.at(i);
        const QRectF r = flow.items.at(i).translated(origin);
        double x = r.left();
        if (item.paintSample) {
            item.paintSample(painter, QRectF(x, r.top(), item.sampleWidth, r.height()));
            x += item.sampleWidth + 6;
        }
        const QFont &font = item.heading ? theme.tagFont : theme.typeFont;
        const QFontMetricsF fm(font);
        painter.setFont(font);
        painter.setPen(item.heading ? theme.text : theme.mutedText);
        painter.drawText(QPointF(x, r.top() + (r.height() + fm.ascent() - fm.descent()) / 2),
                         item.caption);
    }
    painter.restore();
}

namespace {

// The legend explains the kinds of edge the diagram has: soft references, views reading.
LegendOptions legendFor(const graph::ErGraph &graph, const DiagramOptions &options)
{
    LegendOptions legend;
    legend.findings = options.findings;
    legend.softEdges = false;
    for (const graph::Edge &edge : graph.edges) {
        legend.softEdges = legend.softEdges || edge.soft;
        legend.viewEdges = legend.viewEdges || edge.dependency;
    }
    legend.title = options.title;
    legend.subtitle = options.subtitle;
    return legend;
}

} // namespace

DiagramFrame diagramFrame(const graph::ErGraph &graph, const graph::Layout &layout,
                          const Theme &theme, const DiagramOptions &options)
{
    DiagramFrame frame;
    const double m = options.margin;
    QRectF bounds = layout.bounds;
    if (bounds.isNull())
        for (const QRectF &node : layout.nodes)
            bounds = bounds.united(node);
    QSizeF legend;
    if (options.legend) {
        const LegendOptions lo = legendFor(graph, options);
        // Wrap the legend to the diagram's width, but never narrower than a readable strip.
        legend = legendSize(theme, lo, std::max(bounds.width(), 560.0));
    }
    const double legendBlock = options.legend ? legend.height() + LegendGap : 0;
    frame.legend = options.legend ? QRectF(QPointF(m, m), legend) : QRectF();
    frame.layoutOffset = QPointF(m - bounds.left(), m + legendBlock - bounds.top());
    // Whole units, so the SVG size, the PDF page and the PNG at 72 dpi agree exactly.
    frame.scene = QRectF(0, 0, std::ceil(std::max(bounds.width(), legend.width()) + 2 * m),
                         std::ceil(bounds.height() + legendBlock + 2 * m));
    return frame;
}

void paintDiagram(QPainter &painter, const graph::ErGraph &graph, const graph::Layout &layout,
                  const Theme &theme, const DiagramOptions &options)
{
    const DiagramFrame frame = diagramFrame(graph, layout, theme, options);
    painter.save();
    painter.fillRect(frame.scene, theme.background);
    if (options.legend) {
        paintLegend(painter, frame.legend, theme, legendFor(graph, options));
    }
    painter.translate(frame.layoutOffset);
    for (const graph::ClusterGeometry &cluster : layout.clusters)
        paintCluster(painter, cluster, theme);
    const EdgeState edgeState{.findings = options.findings};
    for (int i = 0; i < graph.edges.size() && i < layout.edges.size(); ++i)
        paintEdge(painter, graph.edges.at(i), layout.edges.at(i), theme, edgeState);
    const MeasureOptions measureOptions{.findings = options.findings,
                                        .showSchema = spansSchemas(graph)};
    const TableState tableState{.findings = options.findings};
    for (int i = 0; i < graph.nodes.size() && i < layout.nodes.size(); ++i) {
        const graph::TableNode &node = graph.nodes.at(i);
        paintTable(painter, node, tableMetrics(node, theme, measureOptions), layout.nodes.at(i),
                   theme, tableState);
    }
    painter.restore();
}

} // namespace schemalens::render
