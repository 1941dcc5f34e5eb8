// A few hundred random user actions on two sources must not crash the window: selecting
// tables, edges and findings, searching, focusing, hiding, reloading (by hand and because a
// file changed), opening the other source, switching themes, zooming and filtering. The
// asan preset builds this suite with ASan + UBSan, where a use-after-free inside Qt shows.
// SCHEMALENS_MONKEY_SEED replays a run; SCHEMALENS_MONKEY_STEPS changes its length.

#include "app/gui/diagramitems.h"
#include "app/gui/diagramscene.h"
#include "app/gui/diagramview.h"
#include "app/gui/findingsdock.h"
#include "app/gui/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace schemalens;

class TstGuiMonkey : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void randomActions();
};

void TstGuiMonkey::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(!gui::MainWindow::examplePath().isEmpty());
}

namespace {

QAction *actionNamed(gui::MainWindow &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

} // namespace

void TstGuiMonkey::randomActions()
{
    const quint32 seed = qEnvironmentVariableIsSet("SCHEMALENS_MONKEY_SEED")
                             ? quint32(qEnvironmentVariableIntValue("SCHEMALENS_MONKEY_SEED"))
                             : QRandomGenerator::global()->generate();
    const int steps = qEnvironmentVariableIsSet("SCHEMALENS_MONKEY_STEPS")
                          ? qEnvironmentVariableIntValue("SCHEMALENS_MONKEY_STEPS")
                          : 300;
    qInfo("seed %u, %d steps (SCHEMALENS_MONKEY_SEED=%u replays this run)", seed, steps, seed);
    QRandomGenerator random(seed);

    QTemporaryDir dir;
    const QDir example(gui::MainWindow::examplePath());
    for (const QString &name : example.entryList(QDir::Files))
        QVERIFY(QFile::copy(example.filePath(name), QDir(dir.path()).filePath(name)));
    const QStringList sources = {dir.path(),
                                 QStringLiteral(SCHEMALENS_TEST_DATA "/well-designed/tasks.pg")};

    gui::MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy shown(&window, &gui::MainWindow::documentShown);
    window.openSource(sources.first());
    QVERIFY(shown.wait(60000));

    gui::DiagramScene *scene = window.diagramScene();
    gui::DiagramView *view = window.diagramView();
    auto waitForDocument = [&] {
        shown.clear();
        return shown.wait(60000);
    };
    const QStringList actionTexts = {
        QStringLiteral("Focus on &Neighbours"), QStringLiteral("Focus on Two &Hops"),
        QStringLiteral("Show &Whole Diagram"),  QStringLiteral("&Hide Selected Table"),
        QStringLiteral("Zoom &In"),             QStringLiteral("Zoom &Out"),
        QStringLiteral("&Fit Diagram"),         QStringLiteral("Show Findings on &Diagram"),
        QStringLiteral("&Legend"),              QStringLiteral("&Overview Map"),
        QStringLiteral("&Dark"),                QStringLiteral("&Light"),
        QStringLiteral("Follow &System")};
    QStringList log;
    for (int step = 0; step < steps; ++step) {
        const int kind = int(random.bounded(14));
        const auto &tables = scene->tableItems();
        const auto &edges = scene->edgeItems();
        log.append(QString::number(kind));
        switch (kind) {
        case 0: // click a table
            if (!tables.isEmpty()) {
                gui::TableItem *t = tables.at(int(random.bounded(int(tables.size()))));
                view->centerOn(t);
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                                  view->mapFromScene(t->sceneBoundingRect().center()));
            }
            break;
        case 1: // click an edge
            if (!edges.isEmpty()) {
                gui::EdgeItem *e = edges.at(int(random.bounded(int(edges.size()))));
                const QPointF at = e->shape().pointAtPercent(0.5);
                view->centerOn(at);
                QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(at));
            }
            break;
        case 2: // a finding
            if (window.document() && !window.document()->review.findings.isEmpty())
                window.selectFinding(
                    int(random.bounded(int(window.document()->review.findings.size()))));
            break;
        case 3: { // search
            static const QStringList needles = {QStringLiteral("id"), QStringLiteral("order"),
                                                QStringLiteral("task"), QStringLiteral("zzz"),
                                                QString()};
            window.searchDiagram(needles.at(int(random.bounded(int(needles.size())))),
                                 random.bounded(2) == 1);
            break;
        }
        case 4: // click on empty space: clears the selection
            QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, QPoint(2, 2));
            break;
        case 5:
        case 6: { // a menu action
            QAction *action =
                actionNamed(window, actionTexts.at(int(random.bounded(int(actionTexts.size())))));
            QVERIFY(action);
            action->trigger();
            break;
        }
        case 7: // reload by hand
            QTest::keyClick(&window, Qt::Key_F5);
            if (window.isLoading())
                QVERIFY(waitForDocument());
            break;
        case 8: { // open the other source, sometimes without waiting for the first to finish
            const QString next = sources.at(int(random.bounded(2)));
            window.openSource(next);
            if (random.bounded(4) != 0)
                QVERIFY(waitForDocument());
            break;
        }
        case 9: { // a migration changes on disk (only the copied example is ours to touch)
            if (!window.document() || window.document()->source != sources.first())
                break;
            QFile file(QDir(dir.path()).filePath(QStringLiteral("V3__reviews.sql")));
            QVERIFY(file.open(QIODevice::Append));
            file.write("\n-- monkey\n");
            file.close();
            QVERIFY(waitForDocument());
            break;
        }
        case 10: { // filter the findings list
            auto *filter = window.findingsPanel()->findChild<QLineEdit *>();
            QVERIFY(filter);
            static const QStringList texts = {QStringLiteral("fk"), QString(),
                                              QStringLiteral("nothing matches this")};
            filter->setText(texts.at(int(random.bounded(int(texts.size())))));
            break;
        }
        case 11: { // group the findings another way
            auto *grouping = window.findingsPanel()->findChild<QComboBox *>();
            QVERIFY(grouping);
            grouping->setCurrentIndex(int(random.bounded(grouping->count())));
            break;
        }
        case 12: // zoom with the wheel
            QTest::keyClick(&window, random.bounded(2) ? Qt::Key_Plus : Qt::Key_Minus,
                            Qt::ControlModifier);
            break;
        case 13: // let queued work (layout, edge shapes, minimap) run
            QTest::qWait(int(random.bounded(50)));
            break;
        }
        QCoreApplication::processEvents();
    }
    // Whatever is still loading finishes, and the window closes cleanly.
    QTRY_VERIFY_WITH_TIMEOUT(!window.isLoading(), 60000);
    window.close();
    qInfo("actions: %s", qPrintable(log.join(QLatin1Char(' '))));
}

QTEST_MAIN(TstGuiMonkey)
#include "tst_gui_monkey.moc"
