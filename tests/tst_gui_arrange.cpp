// Arranging the diagram by hand in the window (issue 19), driven offscreen on a copy of the
// bundled example: dragging tables (edges follow, then are routed around tables again),
// undo and redo, pins, Arrange around pinned tables, the layout file saved beside the source
// and read again, a new migration adding a table, column modes, and views (create, select,
// export with the CLI).

#include "app/gui/diagramcontroller.h"
#include "app/gui/diagramitems.h"
#include "app/gui/diagramscene.h"
#include "app/gui/diagramview.h"
#include "app/gui/mainwindow.h"
#include "app/gui/viewsdock.h"
#include "core/graph/layoutfile.h"
#include "core/graph/layoutmetrics.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QListWidget>
#include <QMouseEvent>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

using namespace schemalens;

namespace {

bool copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(file);
        QDir().mkpath(QFileInfo(target).absolutePath());
        if (!QFile::copy(file, target))
            return false;
    }
    return true;
}

// Waits until the window has shown its document and nothing runs in the background.
bool settle(gui::MainWindow &window, QSignalSpy *shown = nullptr)
{
    if (shown && !shown->wait(60000))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (window.isLoading() && timer.elapsed() < 60000)
        QTest::qWait(20);
    QTest::qWait(50);
    return !window.isLoading();
}

gui::TableItem *table(gui::MainWindow &window, const QString &name)
{
    return window.diagramScene()->tableItem(QStringLiteral("public"), name);
}

// Drags ITEM by DELTA (scene units) with real mouse events on the view's viewport.
void drag(gui::DiagramView *view, QGraphicsItem *item, QPointF delta)
{
    QWidget *viewport = view->viewport();
    view->centerOn(item);
    const QPointF grab = item->sceneBoundingRect().topLeft() + QPointF(14, 10);
    QPoint at = view->mapFromScene(grab);
    auto send = [&](QEvent::Type type, const QPoint &pos, Qt::MouseButtons buttons) {
        QMouseEvent event(type, pos, viewport->mapToGlobal(pos), Qt::LeftButton, buttons,
                          Qt::NoModifier);
        QApplication::sendEvent(viewport, &event);
    };
    send(QEvent::MouseButtonPress, at, Qt::LeftButton);
    const QPoint target = view->mapFromScene(grab + delta);
    for (int step = 1; step <= 8; ++step) {
        const QPoint p = at + (target - at) * step / 8;
        send(QEvent::MouseMove, p, Qt::LeftButton);
    }
    send(QEvent::MouseButtonRelease, target, Qt::NoButton);
}

graph::LayoutFile readFile(const QString &folder)
{
    const auto parsed = graph::readLayoutFile(folder + QStringLiteral("/.schemalens-layout.json"));
    return parsed ? parsed->file : graph::LayoutFile{};
}

} // namespace

class TstGuiArrange : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_source;

    void openFresh(gui::MainWindow &window)
    {
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy shown(&window, &gui::MainWindow::documentShown);
        window.openSource(m_source);
        QVERIFY(settle(window, &shown));
        QVERIFY(!window.diagramScene()->tableItems().isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(!gui::MainWindow::examplePath().isEmpty());
    }

    void init()
    {
        // A fresh copy of the example per test: each writes its own layout file.
        m_source = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        QDir(m_source).removeRecursively();
        QVERIFY(copyFolder(gui::MainWindow::examplePath(), m_source));
        QSettings().setValue(QStringLiteral("diagram/columns"), QStringLiteral("all"));
    }

    void dragUndoRedoAndSave()
    {
        gui::MainWindow window;
        openFresh(window);
        gui::DiagramScene *scene = window.diagramScene();
        gui::TableItem *orders = table(window, QStringLiteral("orders"));
        QVERIFY(orders);
        const QPointF start = orders->pos();
        const QList<int> edges = scene->edgesOf({orders->node()});
        QVERIFY(!edges.isEmpty());

        drag(window.diagramView(), orders, QPointF(180, 120));
        QVERIFY(settle(window));
        const QPointF moved = orders->pos();
        QVERIFY2(QLineF(moved, start + QPointF(180, 120)).length() < 6,
                 qPrintable(QStringLiteral("%1,%2").arg(moved.x()).arg(moved.y())));
        QVERIFY(orders->isPinned());
        QCOMPARE(scene->layout().nodes.at(orders->node()).topLeft(), moved);
        // The edges end on the moved table and, routed again, cross no other table.
        for (int e : edges) {
            const graph::EdgeGeometry &g = scene->layout().edges.at(e);
            const QRectF box = scene->layout().nodes.at(orders->node()).adjusted(-1, -1, 1, 1);
            QVERIFY(box.contains(g.tail) || box.contains(g.head));
        }
        QCOMPARE(graph::measureLayout(scene->graph(), scene->layout(), QSizeF(1200, 800))
                     .edgesThroughTables,
                 0);
        // Saved beside the source, pinned, with every table's position.
        QTRY_VERIFY_WITH_TIMEOUT(
            QFileInfo::exists(m_source + QStringLiteral("/.schemalens-layout.json")), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(readFile(m_source)
                                      .arrangement(graph::ColumnMode::All)
                                      .tables.value(QStringLiteral("public.orders"))
                                      .topLeft,
                                  moved, 5000);
        const graph::Arrangement saved = readFile(m_source).arrangement(graph::ColumnMode::All);
        QVERIFY(saved.tables.value(QStringLiteral("public.orders")).pinned);
        QCOMPARE(saved.tables.size(), scene->tableItems().size());

        // Undo puts it back (and forgets the arrangement), redo moves it again.
        QUndoStack *stack = window.diagramController()->undoStack();
        QCOMPARE(stack->count(), 1);
        stack->undo();
        QVERIFY(settle(window));
        QCOMPARE(orders->pos(), start);
        QVERIFY(!orders->isPinned());
        QTRY_VERIFY_WITH_TIMEOUT(readFile(m_source).arrangement(graph::ColumnMode::All).isEmpty(),
                                 5000);
        stack->redo();
        QVERIFY(settle(window));
        QCOMPARE(orders->pos(), moved);
        QVERIFY(orders->isPinned());
        QTRY_VERIFY_WITH_TIMEOUT(!readFile(m_source).arrangement(graph::ColumnMode::All).isEmpty(),
                                 5000);

        // The window's own write reloads nothing.
        QSignalSpy reloaded(&window, &gui::MainWindow::documentShown);
        QTest::qWait(900);
        QCOMPARE(reloaded.count(), 0);
    }

    void arrangementIsReadBackAndSurvivesANewMigration()
    {
        QPointF moved;
        {
            gui::MainWindow window;
            openFresh(window);
            gui::TableItem *customers = table(window, QStringLiteral("customers"));
            QVERIFY(customers);
            drag(window.diagramView(), customers, QPointF(-200, 260));
            QVERIFY(settle(window));
            moved = customers->pos();
            window.diagramController()->setDocument(nullptr); // flushes the save
        }
        QVERIFY(readFile(m_source)
                    .arrangement(graph::ColumnMode::All)
                    .tables.contains(QStringLiteral("public.customers")));
        // A new migration adds a table that references customers.
        QStringList migrations =
            QDir(m_source).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        QVERIFY(!migrations.isEmpty());
        QFile next(m_source + QStringLiteral("/V99__loyalty.sql"));
        QVERIFY(next.open(QIODevice::WriteOnly));
        next.write("CREATE TABLE loyalty_cards (id bigint PRIMARY KEY, customer_id bigint NOT NULL "
                   "REFERENCES customers (id), points integer NOT NULL DEFAULT 0);\n");
        next.close();

        gui::MainWindow window;
        openFresh(window);
        gui::TableItem *customers = table(window, QStringLiteral("customers"));
        gui::TableItem *cards = table(window, QStringLiteral("loyalty_cards"));
        QVERIFY(customers && cards);
        QCOMPARE(customers->pos(), moved); // read back, pinned where it was dragged
        QVERIFY(customers->isPinned());
        QVERIFY(!cards->isPinned());
        // The new table lies near the table it references and overlaps nothing.
        const QRectF a = customers->sceneBoundingRect(), b = cards->sceneBoundingRect();
        QVERIFY2(
            QLineF(a.center(), b.center()).length() < 2 * (a.width() + b.width()),
            qPrintable(QStringLiteral("%1 apart").arg(QLineF(a.center(), b.center()).length())));
        const QList<QRectF> &boxes = window.diagramScene()->layout().nodes;
        for (int i = 0; i < boxes.size(); ++i)
            for (int j = i + 1; j < boxes.size(); ++j)
                QVERIFY(!boxes.at(i).intersects(boxes.at(j)));
    }

    void pinAndArrangeAroundPinned()
    {
        gui::MainWindow window;
        openFresh(window);
        gui::DiagramScene *scene = window.diagramScene();
        gui::DiagramController *controller = window.diagramController();
        gui::TableItem *products = table(window, QStringLiteral("products"));
        gui::TableItem *orders = table(window, QStringLiteral("orders"));
        QVERIFY(products && orders);
        // Pin products where it is; drag orders far away (which pins it).
        scene->clearSelection();
        products->setSelected(true);
        controller->setSelectedPinned(true);
        QVERIFY(products->isPinned());
        const QPointF productsAt = products->pos();
        drag(window.diagramView(), orders, QPointF(600, 400));
        QVERIFY(settle(window));
        const QPointF ordersAt = orders->pos();
        QVERIFY(orders->isPinned());
        // Unpin and pin again through the undo stack.
        QCOMPARE(controller->undoStack()->count(), 2);

        QList<QPointF> before;
        for (const gui::TableItem *item : scene->tableItems())
            before.append(item->pos());
        controller->arrange();
        QVERIFY(settle(window));
        QCOMPARE(products->pos(), productsAt);
        QCOMPARE(orders->pos(), ordersAt);
        int moved = 0;
        for (int i = 0; i < scene->tableItems().size(); ++i)
            moved += scene->tableItems().at(i)->pos() != before.at(i);
        QVERIFY(moved > 0); // the unpinned ones were arranged again
        const QList<QRectF> &boxes = scene->layout().nodes;
        for (int i = 0; i < boxes.size(); ++i)
            for (int j = i + 1; j < boxes.size(); ++j)
                QVERIFY2(!boxes.at(i).intersects(boxes.at(j)),
                         qPrintable(QStringLiteral("%1 %2").arg(i).arg(j)));
        QCOMPARE(controller->undoStack()->count(), 3);
        controller->undoStack()->undo();
        QVERIFY(settle(window));
        for (int i = 0; i < scene->tableItems().size(); ++i)
            QCOMPARE(scene->tableItems().at(i)->pos(), before.at(i));

        // Reset forgets the arrangement: back to the automatic layout, nothing pinned.
        controller->resetArrangement();
        QVERIFY(settle(window));
        QVERIFY(!products->isPinned());
        QTRY_VERIFY_WITH_TIMEOUT(readFile(m_source).arrangement(graph::ColumnMode::All).isEmpty(),
                                 5000);
    }

    void columnModes()
    {
        gui::MainWindow window;
        openFresh(window);
        gui::DiagramController *controller = window.diagramController();
        const QRectF allBox = table(window, QStringLiteral("orders"))->boxRect();
        QSignalSpy shown(&window, &gui::MainWindow::documentShown);
        window.findChild<QAction *>(QStringLiteral("actionColumns_names"))->trigger();
        QVERIFY(settle(window, &shown));
        QCOMPARE(controller->columnMode(), graph::ColumnMode::Names);
        for (const graph::TableNode &node : window.diagramScene()->graph().nodes)
            QVERIFY(node.rows.isEmpty());
        const QRectF namesBox = table(window, QStringLiteral("orders"))->boxRect();
        QVERIFY(namesBox.height() < allBox.height() / 2);
        QCOMPARE(QSettings().value(QStringLiteral("diagram/columns")).toString(),
                 QStringLiteral("names"));

        // Each mode has its own arrangement.
        gui::TableItem *orders = table(window, QStringLiteral("orders"));
        drag(window.diagramView(), orders, QPointF(100, 0));
        QVERIFY(settle(window));
        QTRY_VERIFY_WITH_TIMEOUT(readFile(m_source)
                                     .arrangement(graph::ColumnMode::Names)
                                     .tables.contains(QStringLiteral("public.orders")),
                                 5000);
        QVERIFY(readFile(m_source).arrangement(graph::ColumnMode::All).isEmpty());

        window.findChild<QAction *>(QStringLiteral("actionColumns_keys"))->trigger();
        QVERIFY(settle(window, &shown));
        const graph::ErGraph &keys = window.diagramScene()->graph();
        const graph::TableNode &ordersNode =
            keys.nodes.at(keys.indexOf(QStringLiteral("public.orders")));
        QVERIFY(!ordersNode.rows.isEmpty());
        QVERIFY(ordersNode.hiddenRows > 0);
        for (const graph::ColumnRow &row : ordersNode.rows)
            QVERIFY(row.primaryKey || row.foreignKey || row.softKey || row.inUniqueKey ||
                    row.marks.any());
    }

    void viewsCreateSelectAndExport()
    {
        gui::MainWindow window;
        openFresh(window);
        gui::DiagramScene *scene = window.diagramScene();
        gui::DiagramController *controller = window.diagramController();
        const int whole = int(scene->tableItems().size());
        scene->clearSelection();
        table(window, QStringLiteral("orders"))->setSelected(true);
        table(window, QStringLiteral("order_items"))->setSelected(true);
        QSignalSpy shown(&window, &gui::MainWindow::documentShown);
        QVERIFY(window.viewsPanel()->createView(gui::ViewsPanel::Source::Selection,
                                                QStringLiteral("Orders")));
        QVERIFY(settle(window, &shown));
        QCOMPARE(controller->currentView(), QStringLiteral("Orders"));
        // The two tables, and stubs naming the tables outside that they reference.
        int stubs = 0;
        QStringList shownTables;
        for (const graph::TableNode &node : scene->graph().nodes) {
            if (node.stub)
                ++stubs;
            else
                shownTables.append(node.name);
        }
        shownTables.sort();
        QCOMPARE(shownTables,
                 QStringList({QStringLiteral("order_items"), QStringLiteral("orders")}));
        QVERIFY(stubs >= 1);
        QTRY_VERIFY_WITH_TIMEOUT(readFile(m_source).views.contains(QStringLiteral("Orders")), 5000);
        QCOMPARE(
            readFile(m_source).views.value(QStringLiteral("Orders")).tables,
            QStringList({QStringLiteral("public.order_items"), QStringLiteral("public.orders")}));

        // The dock lists it; selecting "Whole schema" shows everything again.
        QListWidget *list = window.viewsPanel()->list();
        QTRY_COMPARE(list->count(), 2);
        list->setCurrentRow(0);
        QVERIFY(settle(window, &shown));
        QCOMPARE(controller->currentView(), QString());
        QCOMPARE(int(scene->tableItems().size()), whole);
        list->setCurrentRow(1);
        QVERIFY(settle(window, &shown));
        QCOMPARE(controller->currentView(), QStringLiteral("Orders"));
        QVERIFY(controller->renameView(QStringLiteral("Orders"), QStringLiteral("Ordering")));
        QCOMPARE(controller->currentView(), QStringLiteral("Ordering"));
        controller->setDocument(nullptr); // flush the save

        // The CLI exports the view from the layout file.
        const QString svg = m_dir.filePath(QStringLiteral("view.svg"));
        QProcess cli;
        cli.start(QStringLiteral(SCHEMALENS_CLI),
                  {QStringLiteral("export"), m_source, QStringLiteral("-o"), svg,
                   QStringLiteral("--view"), QStringLiteral("Ordering")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains(">order_items<"));
        QVERIFY(text.contains(">orders<"));
        QVERIFY(text.contains("public.customers")); // a stub, named with its schema
        QVERIFY(!text.contains(">products<"));
        cli.start(QStringLiteral(SCHEMALENS_CLI),
                  {QStringLiteral("export"), m_source, QStringLiteral("-o"), svg,
                   QStringLiteral("--view"), QStringLiteral("Nope")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 2);
        QVERIFY(cli.readAllStandardError().contains("Ordering"));
    }
};

QTEST_MAIN(TstGuiArrange)
#include "tst_gui_arrange.moc"
