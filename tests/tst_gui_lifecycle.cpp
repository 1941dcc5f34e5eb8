// The window survives its own life cycle with something selected: a table, a finding or an
// edge is selected, then the source is reloaded (F5), reloaded by itself after a migration
// file changes, replaced by another source, or the window is closed. Each of these used to
// destroy selected items while the scene still reacted to their selection (a use-after-free
// that only ASan + UBSan report; the asan preset builds this suite that way).

#include "app/gui/diagramitems.h"
#include "app/gui/diagramscene.h"
#include "app/gui/diagramview.h"
#include "app/gui/findingsdock.h"
#include "app/gui/mainwindow.h"

#include "guifixture.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace schemalens;
using guitest::waitShown;

namespace {

enum class Selection { Table, Finding, Edge };
enum class Ending { Reload, AutoReload, OpenOther, Close };

// A copy of the bundled example that the test may touch.
bool copyExample(const QString &to)
{
    const QDir from(gui::MainWindow::examplePath());
    for (const QString &name : from.entryList(QDir::Files)) {
        if (!QFile::copy(from.filePath(name), QDir(to).filePath(name)))
            return false;
    }
    return true;
}

QString secondSource()
{
    return QStringLiteral(SCHEMALENS_TEST_DATA "/well-designed/tasks.pg");
}

// Clicks the centre of ITEM in the view, as a user would.
void clickItem(gui::DiagramView *view, QGraphicsItem *item, QPointF scenePoint)
{
    view->centerOn(scenePoint);
    QCoreApplication::processEvents();
    const QPoint at = view->mapFromScene(scenePoint);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, at);
    if (!item->isSelected()) // another item on top at that point: select it directly
        item->setSelected(true);
}

} // namespace

Q_DECLARE_METATYPE(Selection)
Q_DECLARE_METATYPE(Ending)

class TstGuiLifecycle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void selectedThenReplaced_data();
    void selectedThenReplaced();
    void clearDiagramWithSelectionTellsListeners();
    void deletingTheSceneWithSelection();
};

void TstGuiLifecycle::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(!gui::MainWindow::examplePath().isEmpty());
}

void TstGuiLifecycle::selectedThenReplaced_data()
{
    QTest::addColumn<Selection>("selection");
    QTest::addColumn<Ending>("ending");
    const std::pair<const char *, Selection> selections[] = {
        {"table", Selection::Table}, {"finding", Selection::Finding}, {"edge", Selection::Edge}};
    const std::pair<const char *, Ending> endings[] = {{"reload", Ending::Reload},
                                                       {"auto-reload", Ending::AutoReload},
                                                       {"open-other", Ending::OpenOther},
                                                       {"close", Ending::Close}};
    for (const auto &[sName, s] : selections)
        for (const auto &[eName, e] : endings)
            QTest::addRow("%s, %s", sName, eName) << s << e;
}

void TstGuiLifecycle::selectedThenReplaced()
{
    QFETCH(Selection, selection);
    QFETCH(Ending, ending);
    QTemporaryDir dir;
    QVERIFY(copyExample(dir.path()));

    auto window = std::make_unique<gui::MainWindow>();
    window->resize(1200, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->openSource(dir.path());
    QVERIFY(waitShown(*window));
    QVERIFY(window->document());
    gui::DiagramScene *scene = window->diagramScene();
    gui::DiagramView *view = window->diagramView();
    QVERIFY(!scene->tableItems().isEmpty());
    QVERIFY(!scene->edgeItems().isEmpty());

    switch (selection) {
    case Selection::Table: {
        gui::TableItem *table = scene->tableItems().first();
        clickItem(view, table, table->sceneBoundingRect().center());
        break;
    }
    case Selection::Finding: {
        QVERIFY(!window->document()->review.findings.isEmpty());
        window->selectFinding(0);
        break;
    }
    case Selection::Edge: {
        gui::EdgeItem *edge = scene->edgeItems().first();
        clickItem(view, edge, edge->shape().pointAtPercent(0.5));
        break;
    }
    }
    QVERIFY(!scene->selectedItems().isEmpty());

    switch (ending) {
    case Ending::Reload:
        QTest::keyClick(window.get(), Qt::Key_F5);
        QVERIFY(waitShown(*window));
        break;
    case Ending::AutoReload: {
        // A migration changes on disk: the window reloads by itself.
        QFile file(QDir(dir.path()).filePath(QStringLiteral("V3__reviews.sql")));
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n-- touched by the test\n");
        file.close();
        QVERIFY(waitShown(*window));
        break;
    }
    case Ending::OpenOther:
        window->openSource(secondSource());
        QVERIFY(waitShown(*window));
        QVERIFY(window->document()->source.endsWith(QLatin1String("tasks.pg")));
        break;
    case Ending::Close:
        window->close();
        window.reset();
        return;
    }
    // The window is usable afterwards: the new diagram is there and can be selected again.
    QVERIFY(!scene->tableItems().isEmpty());
    scene->tableItems().last()->setSelected(true);
    window->close();
    window.reset();
}

// Clearing the diagram drops the selection and says so, so that the inspector and the details
// do not keep showing a table that is gone.
void TstGuiLifecycle::clearDiagramWithSelectionTellsListeners()
{
    gui::MainWindow window;
    window.show();
    window.openExample();
    QVERIFY(waitShown(window));
    gui::DiagramScene *scene = window.diagramScene();
    scene->tableItems().first()->setSelected(true);
    QSignalSpy selected(scene, &gui::DiagramScene::tableSelected);
    scene->clearDiagram();
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.first().first().toInt(), -1);
    QVERIFY(scene->tableItems().isEmpty());
    QVERIFY(scene->items().isEmpty());
}

// The scene alone, destroyed with a selected table and edge (its own destructor tears down).
void TstGuiLifecycle::deletingTheSceneWithSelection()
{
    gui::MainWindow window;
    window.show();
    window.openExample();
    QVERIFY(waitShown(window));
    auto *scene = new gui::DiagramScene;
    scene->setDiagram(window.diagramScene()->graph(), window.diagramScene()->layout());
    int emitted = 0;
    connect(scene, &gui::DiagramScene::tableSelected, this, [&emitted] { ++emitted; });
    scene->tableItems().first()->setSelected(true);
    scene->edgeItems().first()->setSelected(true);
    const int before = emitted;
    delete scene;
    QCOMPARE(emitted, before); // nothing reaches listeners from a scene being destroyed
}

QTEST_MAIN(TstGuiLifecycle)
#include "tst_gui_lifecycle.moc"
