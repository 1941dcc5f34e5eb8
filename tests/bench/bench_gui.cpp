// GUI benchmark (label "bench", not gated in CI): the desktop window, offscreen, opening a
// generated PostgreSQL migration folder of 2,000 tables (20 files of 100 tables, ~1.5 FKs
// and ~1 index per table).
//
//   (a) openSource() until the diagram is shown and painted once, cold layout cache (< 3 s)
//   (b) the same with the layout from the cache                                     (< 1 s)
//   (c) frame times while panning and zooming the 2,000-table scene: at fit-all zoom (the
//       domain overview), along a zoom sweep from fit-all to 100 %, and at 100 % (p95 < 16.7 ms)
//   (d) the largest event-loop stall during (a) and (b)                            (< 100 ms)
//   (e) frame times while dragging a table at 100 % (mouse moves, edges following)  (p95 < 16.7)
//
//   bench_gui [tables] [--frames=N] [--report-only] [--full-only] [--breakdown]
//
// Exits 1 when a target is missed (unless --report-only): this is where the strict numbers
// are checked; tst_gui_responsive only catches a UI thread that blocks for seconds.

#include "../generatedschema.h"
#include "../stallmeter.h"
#include "app/gui/diagramitems.h"
#include "app/gui/diagramscene.h"
#include "app/gui/diagramview.h"
#include "app/gui/documentloader.h"
#include "app/gui/mainwindow.h"
#include "core/graph/layoutcache.h"
#include "core/graph/layoutjob.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineF>
#include <QMouseEvent>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>

// Under `valgrind --tool=callgrind --instr-atstart=no bench_gui --breakdown`, each breakdown
// line is also a callgrind dump: instruction counts, repeatable on a busy machine.
#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define SCHEMALENS_CALLGRIND_START() CALLGRIND_START_INSTRUMENTATION
#define SCHEMALENS_CALLGRIND_ZERO() CALLGRIND_ZERO_STATS
#define SCHEMALENS_CALLGRIND_DUMP(what) CALLGRIND_DUMP_STATS_AT(what)
#else
#define SCHEMALENS_CALLGRIND_START()
#define SCHEMALENS_CALLGRIND_ZERO()
#define SCHEMALENS_CALLGRIND_DUMP(what)
#endif

using namespace schemalens;

namespace {

struct Opening {
    bool ok = false;
    qint64 totalMs = 0;  // openSource() to painted
    qint64 loadMs = 0;   // load (worker)
    qint64 reviewMs = 0; // review (worker)
    qint64 laidOutAt = 0, shownAt = 0;
    qint64 stallMs = 0;
    bool fromCache = false;
    qsizetype tables = 0, edges = 0;
    QStringList stalls;
};

Opening open(gui::MainWindow &window, const QString &source)
{
    Opening result;
    testing::StallMeter meter;
    qint64 laidOut = -1;
    auto *layout = window.findChild<graph::LayoutJob *>();
    if (layout)
        QObject::connect(layout, &graph::LayoutJob::finished, &meter, [&] {
            laidOut = meter.elapsedMs();
            meter.mark(QStringLiteral("laid out"));
        });
    if (auto *loader = window.findChild<gui::DocumentLoader *>())
        QObject::connect(loader, &gui::DocumentLoader::finished, &meter,
                         [&] { meter.mark(QStringLiteral("loaded")); });
    QSignalSpy shown(&window, &gui::MainWindow::documentShown);
    meter.start();
    window.openSource(source);
    if (!shown.wait(600000))
        return result;
    result.shownAt = meter.elapsedMs();
    meter.mark(QStringLiteral("shown"));
    // One paint of the whole window: the diagram is readable on screen only after it.
    const QPixmap pixmap = window.grab();
    result.totalMs = meter.elapsedMs();
    meter.mark(QStringLiteral("painted"));
    QTest::qWait(30);
    meter.stop();
    result.ok = window.document() && !pixmap.isNull() &&
                window.diagramScene()->tableItems().size() == window.document()->graph.nodes.size();
    if (window.document()) {
        result.loadMs = window.document()->loadMs;
        result.reviewMs = window.document()->reviewMs;
        result.tables = window.document()->graph.nodes.size();
        result.edges = window.document()->graph.edges.size();
    }
    result.laidOutAt = laidOut;
    result.fromCache = layout && layout->isFromCache();
    result.stallMs = meter.maxGapMs();
    result.stalls = meter.describeGaps(50);
    return result;
}

struct Frames {
    double median = 0, p95 = 0, max = 0;
    int count = 0;
    double zoom = 0;
};

Frames summarise(QList<double> ms, double zoom)
{
    Frames f;
    if (ms.isEmpty())
        return f;
    std::sort(ms.begin(), ms.end());
    f.count = int(ms.size());
    f.median = ms.at(ms.size() / 2);
    f.p95 = ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(ms.size() * 0.95)));
    f.max = ms.last();
    f.zoom = zoom;
    return f;
}

// One frame: the view changed (scroll or zoom), then every view of the scene that shows it
// repaints, the main viewport and the minimap, as the window's next update would.
// The UI thread's CPU time per frame, beside the wall time: on a shared machine (steal time,
// a build on the other core) wall times swing by 2x while CPU time tells whether a change
// made painting cheaper.
QList<double> *g_cpuSink = nullptr;

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double frame(gui::DiagramView *view, const std::function<void()> &change)
{
    const QList<QWidget *> minimaps = view->findChildren<QWidget *>(QStringLiteral("Minimap"));
    const double cpuStart = threadCpuMs();
    QElapsedTimer timer;
    timer.start();
    change();
    view->viewport()->repaint();
    for (QWidget *minimap : minimaps) {
        if (minimap->isVisible())
            minimap->repaint();
    }
    if (g_cpuSink)
        g_cpuSink->append(threadCpuMs() - cpuStart);
    return timer.nsecsElapsed() / 1e6;
}

// Pans across the scene in a zig-zag: STEPS frames, each scrolling by a tenth of the view.
QList<double> pan(gui::DiagramView *view, int steps)
{
    QList<double> ms;
    QScrollBar *h = view->horizontalScrollBar();
    QScrollBar *v = view->verticalScrollBar();
    int dx = std::max(1, view->viewport()->width() / 10);
    int dy = std::max(1, view->viewport()->height() / 10);
    for (int i = 0; i < steps; ++i) {
        ms.append(frame(view, [&] {
            if (h->value() + dx > h->maximum() || h->value() + dx < h->minimum())
                dx = -dx;
            if (v->value() + dy > v->maximum() || v->value() + dy < v->minimum())
                dy = -dy;
            h->setValue(h->value() + dx);
            v->setValue(v->value() + dy);
        }));
    }
    return ms;
}

// Drags the table nearest the viewport's centre in STEPS mouse moves of a few pixels, each
// a frame (the move, then the repaint); releases it at the end (the edges are then routed
// again off the UI thread).
QList<double> drag(gui::DiagramView *view, int steps)
{
    QList<double> ms;
    QWidget *viewport = view->viewport();
    const QPoint centre = viewport->rect().center();
    QGraphicsItem *table = nullptr;
    double best = 1e18;
    for (QGraphicsItem *item : view->items(viewport->rect())) {
        if (item->type() != gui::TableItem::Type)
            continue;
        const QPoint at = view->mapFromScene(item->sceneBoundingRect().center());
        const double d = QLineF(at, centre).length();
        if (d < best) {
            best = d;
            table = item;
        }
    }
    if (!table)
        return ms;
    // Grab it by its header, a few pixels inside the top-left corner.
    QPoint at = view->mapFromScene(table->sceneBoundingRect().topLeft() + QPointF(12, 8));
    auto send = [&](QEvent::Type type, const QPoint &pos, Qt::MouseButtons buttons) {
        QMouseEvent event(type, pos, viewport->mapToGlobal(pos), Qt::LeftButton, buttons,
                          Qt::NoModifier);
        QApplication::sendEvent(viewport, &event);
    };
    send(QEvent::MouseButtonPress, at, Qt::LeftButton);
    for (int i = 0; i < steps; ++i) {
        ms.append(frame(view, [&] {
            at += QPoint(i % 20 < 10 ? 4 : -4, i % 10 < 5 ? 3 : -3);
            send(QEvent::MouseMove, at, Qt::LeftButton);
        }));
    }
    send(QEvent::MouseButtonRelease, at, Qt::NoButton);
    return ms;
}

QString verdict(bool ok)
{
    return ok ? QStringLiteral("ok") : QStringLiteral("MISSED");
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // settings and layout cache in test locations

    int tables = 2000;
    int frames = 60;
    bool reportOnly = false;
    bool fullOnly = false;
    bool breakdown = false;
    for (const QString &arg : QCoreApplication::arguments().mid(1)) {
        if (arg.startsWith(QLatin1String("--frames=")))
            frames = std::max(5, arg.mid(9).toInt());
        else if (arg == QLatin1String("--report-only"))
            reportOnly = true;
        else if (arg == QLatin1String("--full-only")) // for profiling the 100 % frames
            fullOnly = true;
        else if (arg == QLatin1String("--breakdown")) // paint time by layer, then exit
            breakdown = true;
        else if (arg.toInt() > 0)
            tables = arg.toInt();
    }

    QTemporaryDir dir;
    if (!dir.isValid() || !testing::writeGeneratedMigrations(dir.path(), tables)) {
        std::fprintf(stderr, "cannot write the generated migrations\n");
        return 1;
    }
    const QString cache = graph::LayoutCache::defaultDirectory();
    QDir(cache).removeRecursively();
    std::printf("bench_gui: %d generated tables in %s, layout cache %s (cleared)\n", tables,
                qPrintable(dir.path()), qPrintable(cache));
    std::printf("layout worker: %s\n", qPrintable(graph::LayoutJob::defaultWorkerProgram().isEmpty()
                                                      ? QStringLiteral("none (thread)")
                                                      : graph::LayoutJob::defaultWorkerProgram()));

    auto show = [](gui::MainWindow &window) {
        window.resize(1600, 1000);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            qWarning("window was not exposed");
        QTest::qWait(50);
    };
    gui::MainWindow coldWindow;
    show(coldWindow);
    const Opening cold = open(coldWindow, dir.path());
    coldWindow.close();
    gui::MainWindow window;
    show(window);
    const Opening warm = open(window, dir.path());
    if (!cold.ok || !warm.ok) {
        std::fprintf(stderr, "opening the generated schema failed\n");
        return 1;
    }

    gui::DiagramView *view = window.diagramView();
    QList<double> fitMs, sweepMs, fullMs;
    QList<double> fitCpu, sweepCpu, fullCpu;
    g_cpuSink = &fitCpu;
    view->fitAll();
    const double fit = view->zoom();
    // Fit-all: pan at a zoom just above fit (so that there is something to scroll), with
    // zoom steps in between; everything stays at the names-only level of detail.
    view->zoomTo(fit * 1.5);
    fitMs += pan(view, fullOnly ? 1 : frames / 2);
    for (int i = 0; i < (fullOnly ? 1 : frames / 2); ++i)
        fitMs.append(frame(view, [&] { view->zoomTo(fit * (i % 4 < 2 ? 1.3 : 1.5)); }));
    // The sweep from fit-all to 100 % in wheel steps (crossing into full detail at 40 %).
    view->fitAll();
    g_cpuSink = &sweepCpu;
    QList<double> sweepZooms;
    while (view->zoom() < 1.0) {
        sweepMs.append(frame(view, [&] { view->zoomTo(std::min(1.0, view->zoom() * 1.15)); }));
        sweepZooms.append(view->zoom());
    }
    // 100 %: full detail, panning around the middle of the diagram.
    view->zoomTo(1.0);
    view->centerOn(window.diagramScene()->diagramRect().center());
    g_cpuSink = &fullCpu;
    {
        const QList<QGraphicsItem *> shown = view->items(view->viewport()->rect());
        qsizetype tablesShown = 0, edgesShown = 0;
        for (QGraphicsItem *item : shown)
            (item->type() == gui::TableItem::Type ? tablesShown : edgesShown)++;
        std::printf("at 100%%: %lld tables and %lld edges (or clusters) in the viewport\n",
                    static_cast<long long>(tablesShown), static_cast<long long>(edgesShown));
    }
    if (breakdown) {
        SCHEMALENS_CALLGRIND_START();
        // Where a repaint's time goes, at 1.5x fit and at 100 %: each line hides one more
        // layer. The view is left stripped, so this ends the run.
        qsizetype lines = 0;
        for (const gui::EdgeItem *e : window.diagramScene()->edgeItems())
            lines += e->overviewLines(fit).size();
        std::printf("overview: %lld line segments at fit zoom\n", static_cast<long long>(lines));
        for (const double zoom : {fit * 1.5, 1.0}) {
            view->zoomTo(zoom);
            view->setLegendVisible(true);
            view->setMinimapVisible(true);
            for (auto *e : window.diagramScene()->edgeItems())
                e->setVisible(true);
            for (auto *t : window.diagramScene()->tableItems())
                t->setVisible(true);
            auto cpuOf = [&](const char *what) {
                QList<double> cpu;
                g_cpuSink = &cpu;
                SCHEMALENS_CALLGRIND_ZERO();
                for (int i = 0; i < 20; ++i)
                    frame(view, [] {});
                SCHEMALENS_CALLGRIND_DUMP(what);
                g_cpuSink = nullptr;
                std::printf("zoom %.3f, repaint with %s: CPU median %.1f ms\n", zoom, what,
                            summarise(cpu, 0).median);
            };
            cpuOf("everything");
            view->setLegendVisible(false);
            cpuOf("no legend");
            view->setMinimapVisible(false);
            cpuOf("no legend, no minimap");
            for (auto *e : window.diagramScene()->edgeItems())
                e->setVisible(false);
            cpuOf("no legend, no minimap, no edges");
            for (auto *t : window.diagramScene()->tableItems())
                t->setVisible(false);
            cpuOf("nothing");
        }
        return 0;
    }
    fullMs = pan(view, frames);
    QList<double> dragCpu;
    g_cpuSink = &dragCpu;
    view->zoomTo(1.0);
    view->centerOn(window.diagramScene()->diagramRect().center());
    const QList<double> dragMs = drag(view, frames);
    g_cpuSink = nullptr;

    const Frames atFit = summarise(fitMs, fit * 1.4);
    const Frames sweep = summarise(sweepMs, 0);
    const Frames full = summarise(fullMs, 1.0);
    const Frames dragged = summarise(dragMs, 1.0);

    const double frameTarget = 1000.0 / 60;
    bool allOk = true;
    auto row = [&](const char *what, const QString &value, const QString &target, bool ok) {
        allOk = allOk && ok;
        std::printf("| %-46s | %-34s | %-10s | %-6s |\n", what, qPrintable(value),
                    qPrintable(target), qPrintable(verdict(ok)));
    };
    auto frameCell = [](const Frames &f) {
        return QStringLiteral("median %1, p95 %2, max %3 ms (%4)")
            .arg(f.median, 0, 'f', 1)
            .arg(f.p95, 0, 'f', 1)
            .arg(f.max, 0, 'f', 1)
            .arg(f.count);
    };
    std::printf("\n%lld tables, %lld edges; viewport %dx%d; fit-all zoom %.3f\n",
                static_cast<long long>(warm.tables), static_cast<long long>(warm.edges),
                view->viewport()->width(), view->viewport()->height(), fit);
    std::printf("| %-46s | %-34s | %-10s | %-6s |\n", "measurement", "result", "target", "");
    std::printf("|%s|%s|%s|%s|\n", QByteArray(48, '-').constData(), QByteArray(36, '-').constData(),
                QByteArray(12, '-').constData(), QByteArray(8, '-').constData());
    for (const Opening *o : {&cold, &warm}) {
        const bool isCold = o == &cold;
        row(isCold ? "(a) open to painted, cold layout cache"
                   : "(b) open to painted, cached layout",
            QStringLiteral("%1 ms").arg(o->totalMs),
            isCold ? QStringLiteral("< 3000 ms") : QStringLiteral("< 1000 ms"),
            o->totalMs < (isCold ? 3000 : 1000) && o->fromCache == !isCold);
        std::printf("|   %-44s | %-34s | %-10s | %-6s |\n",
                    "load / review (worker), laid out, shown",
                    qPrintable(QStringLiteral("%1 / %2, @%3, @%4 ms")
                                   .arg(o->loadMs)
                                   .arg(o->reviewMs)
                                   .arg(o->laidOutAt)
                                   .arg(o->shownAt)),
                    "", "");
    }
    row("(c) frame, fit-all zoom (overview)", frameCell(atFit), QStringLiteral("p95 < 16.7"),
        atFit.p95 < frameTarget);
    row("(c) frame, zoom sweep fit-all -> 100%", frameCell(sweep), QStringLiteral("p95 < 16.7"),
        sweep.p95 < frameTarget);
    // The sweep's p95 is its second-slowest frame: which zooms they are tells where to look.
    QString sweepFrames;
    for (qsizetype i = 0; i < sweepMs.size(); ++i)
        sweepFrames += QStringLiteral(" %1:%2/%3")
                           .arg(sweepZooms.at(i), 0, 'f', 2)
                           .arg(sweepMs.at(i), 0, 'f', 0)
                           .arg(sweepCpu.value(i), 0, 'f', 0);
    std::printf("|   sweep frames, zoom:wall/CPU ms:%s\n", qPrintable(sweepFrames));
    row("(c) frame, 100% zoom (full detail)", frameCell(full), QStringLiteral("p95 < 16.7"),
        full.p95 < frameTarget);
    row("(e) frame, dragging a table at 100%", frameCell(dragged), QStringLiteral("p95 < 16.7"),
        dragged.count > 0 && dragged.p95 < frameTarget);
    std::printf("|   %-44s | %-34s | %-10s | %-6s |\n",
                "UI thread CPU per frame: fit, sweep, 100%, drag",
                qPrintable(QStringLiteral("median %1, %2, %3, %4 ms")
                               .arg(summarise(fitCpu, 0).median, 0, 'f', 1)
                               .arg(summarise(sweepCpu, 0).median, 0, 'f', 1)
                               .arg(summarise(fullCpu, 0).median, 0, 'f', 1)
                               .arg(summarise(dragCpu, 0).median, 0, 'f', 1)),
                "", "");
    std::printf("|   %-44s | %-34s | %-10s | %-6s |\n", "UI thread CPU per frame, p95: sweep, drag",
                qPrintable(QStringLiteral("%1, %2 ms")
                               .arg(summarise(sweepCpu, 0).p95, 0, 'f', 1)
                               .arg(summarise(dragCpu, 0).p95, 0, 'f', 1)),
                "", "");
    row("(d) largest event-loop stall during (a)", QStringLiteral("%1 ms").arg(cold.stallMs),
        QStringLiteral("< 100 ms"), cold.stallMs < 100);
    row("(d) largest event-loop stall during (b)", QStringLiteral("%1 ms").arg(warm.stallMs),
        QStringLiteral("< 100 ms"), warm.stallMs < 100);
    for (const Opening *o : {&cold, &warm}) {
        for (const QString &line : o->stalls)
            std::printf("  %s: %s\n", o == &cold ? "cold" : "cached", qPrintable(line));
    }
    return allOk || reportOnly ? 0 : 1;
}
