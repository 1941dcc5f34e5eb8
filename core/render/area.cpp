#include "core/render/area.h"

#include "core/render/measure.h"
#include "core/render/paint.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPainter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

namespace schemalens::render {

namespace {

// Translated in the "render" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(render)
};

constexpr double Margin = 16;

} // namespace

Result<AreaDiagram> layoutArea(const graph::Area &area, double aspect)
{
    AreaDiagram diagram;
    diagram.graph = area.graph;
    diagram.centre = area.centre;
    diagram.leftOut = area.leftOut;
    if (area.graph.nodes.isEmpty())
        return diagram;
    graph::LayoutRequest request;
    request.graph = area.graph;
    // Fonts are the same in every theme; the light one measures for both.
    request.geometry = measure(area.graph, Theme::light(), true);
    request.options.engine = QStringLiteral("dot");
    request.options.clusters = false;
    // The scale at which a layout fills a box of the wanted aspect (height 1).
    const auto fill = [&](const graph::Layout &layout) {
        AreaDiagram probe;
        probe.layout = layout;
        const QRectF bounds = areaBounds(probe);
        return std::min(aspect / bounds.width(), 1.0 / bounds.height());
    };
    Result<graph::Layout> across = graph::computeLayout(request);
    if (!across)
        return across.error();
    diagram.layout = std::move(across).value();
    // Tables are wider than tall, so a few of them side by side often read larger.
    if (area.graph.nodes.size() > 1) {
        request.options.leftToRight = false;
        Result<graph::Layout> down = graph::computeLayout(request);
        if (down && fill(down.value()) > fill(diagram.layout) * 1.05)
            diagram.layout = std::move(down).value();
    }
    return diagram;
}

QRectF areaBounds(const AreaDiagram &diagram)
{
    QRectF bounds = diagram.layout.bounds;
    if (bounds.isNull()) {
        for (const QRectF &node : diagram.layout.nodes)
            bounds = bounds.united(node);
    }
    return bounds.adjusted(-Margin, -Margin, Margin, Margin);
}

void paintArea(QPainter &painter, const AreaDiagram &diagram, const QRectF &target,
               const Theme &theme, double maxScale)
{
    const QRectF bounds = areaBounds(diagram);
    if (bounds.isEmpty() || target.isEmpty())
        return;
    const double scale =
        std::min({target.width() / bounds.width(), target.height() / bounds.height(), maxScale});
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate(target.center());
    painter.scale(scale, scale);
    painter.translate(-bounds.center());
    const EdgeState edgeState{};
    for (int i = 0; i < diagram.graph.edges.size() && i < diagram.layout.edges.size(); ++i)
        paintEdge(painter, diagram.graph.edges.at(i), diagram.layout.edges.at(i), theme, edgeState);
    const MeasureOptions measureOptions{.findings = true,
                                        .showSchema = spansSchemas(diagram.graph)};
    for (int i = 0; i < diagram.graph.nodes.size() && i < diagram.layout.nodes.size(); ++i) {
        const graph::TableNode &node = diagram.graph.nodes.at(i);
        TableState state;
        state.selected = diagram.centre.contains(i);
        paintTable(painter, node, tableMetrics(node, theme, measureOptions),
                   diagram.layout.nodes.at(i), theme, state);
    }
    painter.restore();
}

Result<QByteArray> areaSvg(const AreaDiagram &diagram, const Theme &theme, const QString &title)
{
    const QRectF bounds = areaBounds(diagram);
    const QSize size(int(std::ceil(bounds.width())), int(std::ceil(bounds.height())));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(72);
    generator.setSize(size);
    generator.setViewBox(QRectF(QPointF(0, 0), QSizeF(size)));
    generator.setTitle(title);
    generator.setDescription(Tr::tr("The tables of one finding and their neighbours"));
    QPainter painter;
    if (!painter.begin(&generator))
        return Error{Tr::tr("cannot start the SVG writer")};
    const QRectF page(QPointF(0, 0), QSizeF(size));
    painter.fillRect(page, theme.background);
    paintArea(painter, diagram, page, theme, 1.0);
    painter.end();
    return bytes;
}

QHash<QString, QByteArray> minutesPictures(const report::MinutesInput &input,
                                           const graph::ErGraph &whole, const Theme &theme,
                                           QStringList *problems)
{
    QHash<QString, QByteArray> pictures;
    for (const review::Finding &f : report::discussedFindings(input)) {
        if (pictures.contains(f.fingerprint))
            continue;
        const QList<int> nodes = graph::findingNodes(whole, f);
        if (nodes.isEmpty())
            continue;
        graph::Area around = graph::areaAround(whole, nodes);
        graph::markOnly(around, f);
        const Result<AreaDiagram> area = layoutArea(around);
        Result<QByteArray> svg =
            area ? areaSvg(area.value(), theme, f.message) : Result<QByteArray>(area.error());
        if (svg)
            pictures.insert(f.fingerprint, svg.value());
        else if (problems)
            problems->append(
                Tr::tr("no picture for %1: %2").arg(f.fingerprint, svg.error().toString()));
    }
    return pictures;
}

} // namespace schemalens::render
