// The window stays responsive while a large schema opens: from openSource() until the
// diagram is on screen and painted (load, review, layout, scene building, first paint), the
// event loop never stops turning for long. A precise 10 ms timer records the largest gap
// between its ticks, and no gap may exceed 100 ms. A shared CI machine can pause a process
// for that long on its own, so each opening gets up to three attempts and the best counts:
// work done on the UI thread stalls every attempt, a busy machine only some. bench_gui checks
// the same 100 ms on a generated 2,000-table schema.

#include "app/gui/diagramitems.h"
#include "app/gui/diagramscene.h"
#include "app/gui/diagramview.h"
#include "app/gui/documentloader.h"
#include "app/gui/mainwindow.h"
#include "core/graph/layoutcache.h"
#include "core/graph/layoutjob.h"
#include "tests/corpus.h"
#include "stallmeter.h"

#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace schemalens;

class TstGuiResponsive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void stallMeterSeesABlockedLoop();
    void openingStaysResponsive_data();
    void openingStaysResponsive();
};

namespace {

constexpr qint64 TargetMs = 100; // what a user perceives as smooth
constexpr int Attempts = 3;

} // namespace

void TstGuiResponsive::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings and the layout cache in test paths
    // A cold cache: the first opening of each schema runs the layout worker, as for a user.
    QDir(graph::LayoutCache::defaultDirectory()).removeRecursively();
}

// The meter itself: a loop blocked for 300 ms must show a gap of at least that.
void TstGuiResponsive::stallMeterSeesABlockedLoop()
{
    testing::StallMeter meter;
    meter.start();
    QTest::qWait(50);
    QThread::msleep(300);
    QTest::qWait(50);
    meter.stop();
    QVERIFY2(meter.maxGapMs() >= 300, qPrintable(QString::number(meter.maxGapMs())));
    QVERIFY(!meter.describeGaps(250).isEmpty());
}

void TstGuiResponsive::openingStaysResponsive_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<bool>("cachedLayout");
    // The largest PostgreSQL corpus entries, each opened cold (layout computed) and again
    // (layout from the cache, so scene building follows loading without a pause between).
    const char *const entries[] = {"synapse-schema-mixed", "hatchet-goose-pg", "lemmy-diesel-pg",
                                   "lago-structure-pg"};
    for (const char *entry : entries) {
        const QString source = testcorpus::path(QLatin1String(entry));
        const QString dialect = QStringLiteral("pg"); // synapse also has SQLite files
        QTest::addRow("%s-cold", entry) << source << dialect << false;
        QTest::addRow("%s-cached", entry) << source << dialect << true;
    }
}

void TstGuiResponsive::openingStaysResponsive()
{
    QFETCH(QString, source);
    QFETCH(QString, dialect);
    QFETCH(bool, cachedLayout);
    SCHEMALENS_REQUIRE_CORPUS_PATH(source);

    qint64 best = -1;
    QStringList report;
    for (int attempt = 1; attempt <= Attempts && (best < 0 || best > TargetMs); ++attempt) {
        if (!cachedLayout) // cold: the layout worker runs, as the first time for a user
            QDir(graph::LayoutCache::defaultDirectory()).removeRecursively();
        gui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(50); // let the first show settle: its paint is not part of opening

        testing::StallMeter meter;
        if (auto *loader = window.findChild<gui::DocumentLoader *>())
            connect(loader, &gui::DocumentLoader::finished, &meter,
                    [&] { meter.mark(QStringLiteral("loaded")); });
        if (auto *layout = window.findChild<graph::LayoutJob *>())
            connect(layout, &graph::LayoutJob::finished, &meter,
                    [&] { meter.mark(QStringLiteral("laid out")); });
        QSignalSpy shown(&window, &gui::MainWindow::documentShown);

        meter.start();
        window.openSource(source, dialect);
        QVERIFY(shown.wait(300000));
        meter.mark(QStringLiteral("shown"));
        // The first paint of the diagram (and of the docks beside it) is part of opening.
        const QPixmap painted = window.grab();
        meter.mark(QStringLiteral("painted"));
        QTest::qWait(30); // one more tick, so the paint's gap is counted
        meter.stop();

        QVERIFY(window.document());
        QCOMPARE(window.diagramScene()->tableItems().size(), window.document()->graph.nodes.size());
        QVERIFY(!window.document()->graph.nodes.isEmpty());
        QVERIFY(!painted.isNull());
        auto *layout = window.findChild<graph::LayoutJob *>();
        QVERIFY(layout);
        QCOMPARE(layout->isFromCache(), cachedLayout);

        const qint64 stall = meter.maxGapMs();
        best = best < 0 ? stall : std::min(best, stall);
        qInfo("%s, attempt %d: %lld tables, open-to-painted %lld ms, largest event-loop "
              "stall %lld ms (target <= %lld ms)",
              qPrintable(QFileInfo(source).fileName()), attempt,
              static_cast<long long>(window.document()->graph.nodes.size()),
              static_cast<long long>(meter.elapsedMs()), static_cast<long long>(stall),
              static_cast<long long>(TargetMs));
        qInfo("  timeline: %s", qPrintable(meter.timeline()));
        for (const QString &line : meter.describeGaps(TargetMs)) {
            qInfo("  %s", qPrintable(line));
            report.append(QStringLiteral("attempt %1: %2").arg(attempt).arg(line));
        }
    }
    QVERIFY2(
        best <= TargetMs,
        qPrintable(QStringLiteral("the UI thread stalled for %1 ms or more in every attempt: %2")
                       .arg(best)
                       .arg(report.join(QLatin1String("; ")))));
}

QTEST_MAIN(TstGuiResponsive)
#include "tst_gui_responsive.moc"
