// layout-lab SOURCE... [--columns all|keys|names] [--engine E] [--png DIR] [--dot FILE]
//                      [--aspect W:H] [--viewport WxH] [--generate TABLES]
// Lays out each SOURCE's diagram the way the application does and prints the readability
// measures of core/graph/layoutmetrics.h (fill at fit, name height, crossings, edges over
// tables, FK distances, time), for tuning the layout by hand on the corpus. --png writes the
// fitted picture of each source into DIR; --dot writes the Graphviz input of the last one.

#include "../generatedschema.h"
#include "core/graph/columnmode.h"
#include "core/graph/domains.h"
#include "core/graph/ergraph.h"
#include "core/graph/layout.h"
#include "core/graph/layoutmetrics.h"
#include "core/load/loader.h"
#include "core/render/exporter.h"
#include "core/render/measure.h"
#include "core/review/engine.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <numeric>

using namespace schemalens;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    graph::ColumnMode mode = graph::ColumnMode::All;
    QString engine = QStringLiteral("auto");
    QString pngDir, dotFile;
    double aspect = 0;
    QSizeF viewport(1270, 670);
    QStringList sources;
    for (int i = 0; i < args.size(); ++i) {
        const QString a = args.at(i);
        const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (a == QLatin1String("--columns")) {
            mode = graph::columnModeFromName(next).value_or(graph::ColumnMode::All);
            ++i;
        } else if (a == QLatin1String("--engine")) {
            engine = next;
            ++i;
        } else if (a == QLatin1String("--png")) {
            pngDir = next;
            ++i;
        } else if (a == QLatin1String("--dot")) {
            dotFile = next;
            ++i;
        } else if (a == QLatin1String("--aspect")) {
            const QStringList wh = next.split(QLatin1Char(':'));
            aspect = wh.size() == 2 ? wh.at(0).toDouble() / wh.at(1).toDouble() : 0;
            ++i;
        } else if (a == QLatin1String("--generate")) { // bench_gui's generated schema
            static QTemporaryDir generated;
            const QString folder = generated.path() + QStringLiteral("/generated-") + next;
            if (!QDir().mkpath(folder) ||
                !testing::writeGeneratedMigrations(folder, std::max(1, next.toInt()))) {
                err << "cannot write the generated migrations\n";
                return 2;
            }
            sources << folder;
            ++i;
        } else if (a == QLatin1String("--viewport")) {
            const QStringList wh = next.split(QLatin1Char('x'));
            viewport = QSizeF(wh.value(0).toDouble(), wh.value(1).toDouble());
            ++i;
        } else {
            sources << a;
        }
    }
    if (sources.isEmpty()) {
        err << "usage: layout-lab SOURCE... [--columns all|keys|names] [--engine E] [--png DIR]\n";
        return 2;
    }
    const render::Theme theme = render::Theme::light();
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11\n")
               .arg(QStringLiteral("source"), -30)
               .arg(QStringLiteral("tables"), 6)
               .arg(QStringLiteral("engine"), -12)
               .arg(QStringLiteral("fill%"), 6)
               .arg(QStringLiteral("aspect"), 6)
               .arg(QStringLiteral("namepx"), 6)
               .arg(QStringLiteral("pairs/adj/points/shal"), 22)
               .arg(QStringLiteral("thru"), 5)
               .arg(QStringLiteral("fkMed"), 6)
               .arg(QStringLiteral("fkP90"), 6)
               .arg(QStringLiteral("ms"), 6);
    for (const QString &source : sources) {
        auto loaded = load::loadSource(source, {});
        if (!loaded) {
            err << source << ": " << loaded.error().toString() << '\n';
            continue;
        }
        const review::ReviewResult review = review::runReview(loaded.value());
        // Grouped as the window groups it (domains above ~150 tables).
        graph::ErGraph full = graph::buildGraph(loaded->schema, &review);
        graph::assignDomains(full, graph::defaultGrouping(full));
        const graph::ErGraph graph = graph::projectColumns(full, mode);
        graph::LayoutRequest request;
        request.graph = graph;
        request.geometry = render::measure(graph, theme, true);
        request.options.engine = engine;
        if (aspect > 0)
            request.options.aspect = aspect;
        if (!dotFile.isEmpty()) {
            QFile f(dotFile);
            if (f.open(QIODevice::WriteOnly))
                f.write(graph::layoutInputDot(request));
        }
        QElapsedTimer timer;
        timer.start();
        const Result<graph::Layout> layout = graph::computeLayout(request);
        const qint64 ms = timer.elapsed();
        if (!layout) {
            err << source << ": " << layout.error().toString() << '\n';
            continue;
        }
        QList<QPointF> crossingAt;
        const graph::LayoutMetrics m =
            graph::measureLayout(graph, layout.value(), viewport, 20, &crossingAt);
        if (qEnvironmentVariableIsSet("LAB_HUBS")) {
            // Crossings left when the edges of the K most connected tables are taken out.
            QList<int> degree(graph.nodes.size(), 0);
            for (const graph::Edge &e : graph.edges) {
                ++degree[e.from];
                ++degree[e.to];
            }
            QList<int> order(graph.nodes.size());
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(),
                      [&](int a, int b) { return degree[a] > degree[b]; });
            for (int k : {1, 3, 10}) {
                QSet<int> hubs(order.begin(), order.begin() + std::min<qsizetype>(k, order.size()));
                graph::ErGraph g = graph;
                graph::Layout l = layout.value();
                g.edges.clear();
                l.edges.clear();
                for (int i = 0; i < graph.edges.size(); ++i)
                    if (!hubs.contains(graph.edges[i].from) && !hubs.contains(graph.edges[i].to)) {
                        g.edges.append(graph.edges[i]);
                        l.edges.append(layout->edges[i]);
                    }
                const graph::LayoutMetrics h = graph::measureLayout(g, l, viewport);
                out << QStringLiteral(
                           "   without the %1 top hubs (degree %2): %3 edges, %4 crossing pairs\n")
                           .arg(k)
                           .arg(degree[order[k - 1]])
                           .arg(g.edges.size())
                           .arg(h.crossings);
            }
        }
        const double namePx = theme.headerFont.pixelSize() * std::min(1.0, m.fitScale);
        const QString name = QFileInfo(source).fileName();
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11\n")
                   .arg(name, -30)
                   .arg(graph.nodes.size(), 6)
                   .arg(layout->engine, -12)
                   .arg(100 * m.fill, 6, 'f', 1)
                   .arg(m.aspect, 6, 'f', 2)
                   .arg(namePx, 6, 'f', 1)
                   .arg(QStringLiteral("%1/%2/%3/%4")
                            .arg(m.crossings)
                            .arg(m.adjacentCrossings)
                            .arg(m.crossingPoints)
                            .arg(m.shallowCrossings),
                        22)
                   .arg(m.edgesThroughTables, 5)
                   .arg(m.medianFkDistance, 6, 'f', 2)
                   .arg(m.p90FkDistance, 6, 'f', 2)
                   .arg(ms, 6);
        out.flush();
        if (!pngDir.isEmpty()) {
            QDir().mkpath(pngDir);
            render::ImageOptions image;
            image.dpi = 72 * std::min(1.0, m.fitScale) * 2;
            image.diagram.legend = false;
            Result<QByteArray> png = render::renderPng(graph, layout.value(), image);
            if (qEnvironmentVariableIsSet("LAB_MARK_CROSSINGS")) {
                // The same picture with a red ring at every crossing.
                const render::DiagramFrame frame =
                    render::diagramFrame(graph, layout.value(), image.theme, image.diagram);
                QImage picture = render::renderImage(graph, layout.value(), image, image.dpi);
                QPainter p(&picture);
                p.setRenderHint(QPainter::Antialiasing);
                p.scale(image.dpi / 72, image.dpi / 72);
                p.translate(frame.layoutOffset);
                p.setPen(QPen(Qt::red, 1.5));
                for (const QPointF &at : std::as_const(crossingAt))
                    p.drawEllipse(at, 4, 4);
                p.end();
                QByteArray bytes;
                QBuffer buffer(&bytes);
                buffer.open(QIODevice::WriteOnly);
                picture.save(&buffer, "PNG");
                png = bytes;
            }
            QFile f(QDir(pngDir).filePath(
                QStringLiteral("%1-%2-%3.png").arg(name, graph::columnModeName(mode), engine)));
            if (png && f.open(QIODevice::WriteOnly))
                f.write(png.value());
        }
    }
    return 0;
}
