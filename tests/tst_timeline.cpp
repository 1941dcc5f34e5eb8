// The Timeline dock driven offscreen: stepping through the bundled example shows each
// migration's schema with the right tables, rows and edges marked (added, changed, removed
// ghosts), positions stay where the full schema's arrangement has them, a range shows the
// cumulative change, "Full Schema" restores the window's diagram, and Compare with… a second
// folder lists the differences and marks them the same way. The list is a well-behaved
// item model.

#include "app/gui/diagramitems.h"
#include "app/gui/diagramscene.h"
#include "app/gui/diffdiagram.h"
#include "app/gui/mainwindow.h"
#include "app/gui/timelinecontroller.h"
#include "app/gui/timelinedock.h"
#include "app/gui/timelinemodel.h"

#include "guifixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <sqlite3.h>

using namespace schemalens;
using guitest::waitShown;
using render::DiffMark;

namespace {

gui::TableItem *table(gui::MainWindow &window, const char *name)
{
    return window.diagramScene()->tableItem(QStringLiteral("public"), QString::fromLatin1(name));
}

DiffMark mark(gui::MainWindow &window, const char *name)
{
    gui::TableItem *item = table(window, name);
    return item ? item->state().diff : DiffMark::None;
}

// The mark of column COLUMN's row in table NAME (None when the row is not there).
DiffMark rowMark(gui::MainWindow &window, const char *name, const char *column)
{
    gui::TableItem *item = table(window, name);
    if (!item)
        return DiffMark::None;
    const graph::TableNode &node = window.diagramScene()->graph().nodes.at(item->node());
    for (int r = 0; r < node.rows.size(); ++r)
        if (node.rows.at(r).name == QLatin1String(column))
            return item->state().rowDiffs.value(r, DiffMark::None);
    return DiffMark::None;
}

bool hasRow(gui::MainWindow &window, const char *name, const char *column)
{
    gui::TableItem *item = table(window, name);
    if (!item)
        return false;
    for (const graph::ColumnRow &row : window.diagramScene()->graph().nodes.at(item->node()).rows)
        if (row.name == QLatin1String(column))
            return true;
    return false;
}

// The marks of the edges from table FROM to table TO.
QList<DiffMark> edgeMarks(gui::MainWindow &window, const char *from, const char *to)
{
    QList<DiffMark> marks;
    const graph::ErGraph &graph = window.diagramScene()->graph();
    for (gui::EdgeItem *edge : window.diagramScene()->edgeItems()) {
        const graph::Edge &e = graph.edges.at(edge->edge());
        if (graph.nodes.at(e.from).name == QLatin1String(from) &&
            graph.nodes.at(e.to).name == QLatin1String(to))
            marks.append(edge->state().diff);
    }
    return marks;
}

// Pixels of ITEM's box, painted by the scene at 100 %, within a small distance of COLOUR.
int pixelsOf(gui::DiagramScene *scene, gui::TableItem *item, const QColor &colour)
{
    const QRectF box = item->sceneBoundingRect();
    QImage image(box.size().toSize(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        scene->render(&painter, QRectF(QPointF(0, 0), box.size()), box);
    }
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) + std::abs(c.green() - colour.green()) +
                    std::abs(c.blue() - colour.blue()) <
                30)
                ++count;
        }
    return count;
}

bool copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &name : QDir(from).entryList(QDir::Files))
        if (!QFile::copy(from + u'/' + name, to + u'/' + name))
            return false;
    return true;
}

} // namespace

class TstTimeline : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelIsWellBehaved();
    void stepsThroughTheExample();
    void ghostsOfWhatWentAndRenamesInPlace();
    void compareWithASecondFolder();
    void sqliteHistory();
    void sourceWithoutHistory();
    void placesForTablesTheBaseLacks();
    void marksArePainted();
    void windowActionsDuringAStep();
};

void TstTimeline::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(!gui::MainWindow::examplePath().isEmpty());
}

void TstTimeline::modelIsWellBehaved()
{
    gui::TimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    load::MigrationPlan plan;
    for (int i = 0; i < 3; ++i) {
        load::MigrationUnit unit;
        const QString version =
            QStringLiteral("2024010") + QString::number(i + 1) + QStringLiteral("120000");
        unit.path = QStringLiteral("migrations/") + version + QStringLiteral("_step/migration.sql");
        unit.version = version;
        plan.units.append(unit);
    }
    model.setPlan(plan);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.data(model.index(1, gui::TimelineModel::Date), Qt::DisplayRole).toString(),
             QStringLiteral("2024-01-02"));
    QCOMPARE(model.data(model.index(1, gui::TimelineModel::Migration), Qt::DisplayRole).toString(),
             QStringLiteral("20240102120000_step"));
    model.setChanges(1, QStringLiteral("+1 table"), {QStringLiteral("table public.t")}, false);
    model.setFindings(1, {QStringLiteral("table-no-pk: t")}, {});
    QCOMPARE(model.data(model.index(1, gui::TimelineModel::Changes), Qt::DisplayRole).toString(),
             QStringLiteral("+1 table"));
    QCOMPARE(model.data(model.index(1, gui::TimelineModel::Findings), Qt::DisplayRole).toString(),
             QStringLiteral("+1 / −0"));
    QVERIFY(model.hasFindings(1));
    QVERIFY(!model.hasFindings(0));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TstTimeline::stepsThroughTheExample()
{
    gui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.openExample();
    QVERIFY(waitShown(window));
    gui::TimelineDock *dock = window.timelineDock();
    QVERIFY(dock);
    dock->show();
    dock->raise();
    QAbstractItemModelTester tester(dock->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dock->model()->rowCount(), 3);
    QSignalSpy summarized(dock, &gui::TimelineDock::changesSummarized);
    QVERIFY(summarized.count() > 0 || summarized.wait(30000));
    QCOMPARE(dock->model()
                 ->data(dock->model()->index(0, gui::TimelineModel::Changes), Qt::DisplayRole)
                 .toString(),
             QStringLiteral("+2 tables, +1 enum"));

    // Where the full schema's arrangement puts each table.
    QHash<QString, QPointF> base;
    for (gui::TableItem *item : window.diagramScene()->tableItems())
        base.insert(window.diagramScene()->graph().nodes.at(item->node()).name, item->pos());
    QCOMPARE(base.size(), 5);

    // V1: customers and orders are new, and so is the edge between them.
    dock->selectMigration(0);
    QCOMPARE(dock->controller()->shownTo(), 1);
    QCOMPARE(window.diagramScene()->tableItems().size(), 2);
    QCOMPARE(mark(window, "customers"), DiffMark::Added);
    QCOMPARE(mark(window, "orders"), DiffMark::Added);
    QCOMPARE(edgeMarks(window, "orders", "customers"), QList<DiffMark>{DiffMark::Added});
    QVERIFY(!hasRow(window, "orders", "shipped_at"));
    QCOMPARE(table(window, "orders")->pos(), base.value(QStringLiteral("orders")));
    QCOMPARE(dock->slider()->value(), 1);
    QVERIFY(dock->statusText().contains(QLatin1String("V1__customers_and_orders.sql")));

    // V2: products and order_items are new; V1's tables stay, unmarked, where they were.
    dock->selectMigration(1);
    QCOMPARE(window.diagramScene()->tableItems().size(), 4);
    QCOMPARE(mark(window, "products"), DiffMark::Added);
    QCOMPARE(mark(window, "order_items"), DiffMark::Added);
    QCOMPARE(mark(window, "customers"), DiffMark::None);
    QCOMPARE(mark(window, "orders"), DiffMark::None);
    QCOMPARE(edgeMarks(window, "order_items", "products"), QList<DiffMark>{DiffMark::Added});
    QCOMPARE(edgeMarks(window, "orders", "customers"), QList<DiffMark>{DiffMark::None});
    for (const char *name : {"customers", "orders", "products", "order_items"})
        QCOMPARE(table(window, name)->pos(), base.value(QString::fromLatin1(name)));

    // V3 by the slider: reviews is new; two columns added to tables that stay.
    dock->slider()->setValue(3);
    QCOMPARE(dock->controller()->shownTo(), 3);
    QCOMPARE(mark(window, "reviews"), DiffMark::Added);
    QCOMPARE(mark(window, "orders"), DiffMark::Changed);
    QCOMPARE(rowMark(window, "orders", "shipped_at"), DiffMark::Added);
    QCOMPARE(rowMark(window, "orders", "total"), DiffMark::None);
    QCOMPARE(mark(window, "customers"), DiffMark::Changed);
    QCOMPARE(rowMark(window, "customers", "display_name"), DiffMark::Added);
    QCOMPARE(mark(window, "products"), DiffMark::None);
    QCOMPARE(edgeMarks(window, "reviews", "products"), QList<DiffMark>{DiffMark::Added});
    QVERIFY(dock->controller()->lastStepMs() >= 0);

    // A range: V2..V3 together.
    dock->selectMigrations(1, 2);
    QCOMPARE(dock->controller()->shownFrom(), 1);
    QCOMPARE(dock->controller()->shownTo(), 3);
    QCOMPARE(mark(window, "products"), DiffMark::Added);
    QCOMPARE(mark(window, "reviews"), DiffMark::Added);
    QCOMPARE(mark(window, "orders"), DiffMark::Changed);

    // Back to the full schema: the window's own diagram, unmarked, with its findings.
    dock->showFullSchema();
    QVERIFY(!dock->controller()->isActive());
    QCOMPARE(window.diagramScene()->graph().nodes.size(), window.document()->graph.nodes.size());
    for (gui::TableItem *item : window.diagramScene()->tableItems())
        QCOMPARE(item->state().diff, DiffMark::None);

    // The findings of each migration arrive in the background.
    QSignalSpy reviewed(dock, &gui::TimelineDock::findingsReviewed);
    QVERIFY(dock->model()->hasFindings(2) || reviewed.wait(60000));
    QVERIFY(dock->model()->hasFindings(0));
}

// Tables and columns that went come back as red ghosts; a table renamed later sits where
// its final name is in the full schema.
void TstTimeline::ghostsOfWhatWentAndRenamesInPlace()
{
    gui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.openSource(QStringLiteral(SCHEMALENS_TEST_DATA "/diff/every-change/input"));
    QVERIFY(waitShown(window));
    gui::TimelineDock *dock = window.timelineDock();
    const QPointF accounts = table(window, "accounts")->pos();

    dock->selectMigration(0);
    QVERIFY(table(window, "clients"));
    QCOMPARE(table(window, "clients")->pos(), accounts); // renamed to accounts later

    dock->selectMigration(1);
    QCOMPARE(mark(window, "legacy"), DiffMark::Removed); // a ghost
    QCOMPARE(mark(window, "refunds"), DiffMark::Added);
    QCOMPARE(mark(window, "accounts"), DiffMark::Changed); // renamed, keys changed
    QCOMPARE(table(window, "accounts")->pos(), accounts);
    QCOMPARE(rowMark(window, "customers", "nickname"), DiffMark::Removed); // a ghost row
    QCOMPARE(rowMark(window, "customers", "phone"), DiffMark::Added);
    QCOMPARE(rowMark(window, "customers", "email_address"), DiffMark::Changed); // renamed
    QCOMPARE(rowMark(window, "customers", "score"), DiffMark::Changed);
    QCOMPARE(rowMark(window, "customers", "id"), DiffMark::None);
    QCOMPARE(edgeMarks(window, "orders", "customers"), QList<DiffMark>{DiffMark::Changed});
    QCOMPARE(edgeMarks(window, "refunds", "orders"), QList<DiffMark>{DiffMark::Added});
    // The dropped table's place stays its own when stepping back and forth.
    const QPointF legacy = table(window, "legacy")->pos();
    dock->selectMigration(0);
    QCOMPARE(table(window, "legacy")->pos(), legacy);
    QCOMPARE(mark(window, "legacy"), DiffMark::Added);
}

void TstTimeline::compareWithASecondFolder()
{
    QTemporaryDir work;
    const QString branch = work.filePath(QStringLiteral("branch"));
    QVERIFY(copyFolder(gui::MainWindow::examplePath(), branch));
    {
        QFile v4(branch + QStringLiteral("/V4__branch.sql"));
        QVERIFY(v4.open(QIODevice::WriteOnly));
        v4.write("ALTER TABLE reviews RENAME TO product_reviews;\n"
                 "ALTER TABLE products DROP COLUMN attributes;\n"
                 "CREATE TABLE coupons (code text PRIMARY KEY, percent integer NOT NULL);\n"
                 "DROP TABLE order_items;\n");
    }
    gui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.openExample();
    QVERIFY(waitShown(window));
    gui::TimelineDock *dock = window.timelineDock();
    const QPointF reviews = table(window, "reviews")->pos();

    QSignalSpy compared(dock, &gui::TimelineDock::comparisonShown);
    dock->compareWith(branch);
    QVERIFY(compared.wait(60000));
    QVERIFY(dock->controller()->isComparison());
    // The branch's schema, marked against the example's; the renamed table in its place.
    QCOMPARE(mark(window, "product_reviews"), DiffMark::Changed);
    QCOMPARE(table(window, "product_reviews")->pos(), reviews);
    QCOMPARE(mark(window, "coupons"), DiffMark::Added);
    QCOMPARE(mark(window, "order_items"), DiffMark::Removed);
    QCOMPARE(rowMark(window, "products", "attributes"), DiffMark::Removed);
    QCOMPARE(mark(window, "products"), DiffMark::Changed);
    QCOMPARE(mark(window, "customers"), DiffMark::None);
    // The list beside the diagram: one line per difference, the rename once.
    QTreeWidget *list = dock->differenceList();
    QCOMPARE(list->topLevelItemCount(), int(dock->controller()->shownDiff().entries.size()));
    int renames = 0;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        renames += list->topLevelItem(i)->text(0) == QStringLiteral("→") ? 1 : 0;
    QCOMPARE(renames, 1);
    // Activating a line selects its table.
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        if (list->topLevelItem(i)->text(1).contains(QLatin1String("coupons"))) {
            Q_EMIT list->itemActivated(list->topLevelItem(i), 0);
            QVERIFY(table(window, "coupons")->isSelected());
        }
    // A source that cannot be read says so.
    QSignalSpy failed(dock, &gui::TimelineDock::comparisonFailed);
    dock->compareWith(work.filePath(QStringLiteral("missing")));
    QVERIFY(failed.wait(30000));
    dock->showFullSchema();
    QVERIFY(!dock->controller()->isActive());
}

void TstTimeline::sqliteHistory()
{
    // A SQLite history: the table rebuild of 002 is one table changing, settings a ghost.
    gui::MainWindow window;
    window.resize(1024, 700);
    window.show();
    window.openSource(QStringLiteral(SCHEMALENS_TEST_DATA "/diff/sqlite-rebuild/input"));
    QVERIFY(waitShown(window));
    gui::TimelineDock *dock = window.timelineDock();
    QCOMPARE(dock->model()->rowCount(), 2);
    dock->selectMigration(1);
    gui::DiagramScene *scene = window.diagramScene();
    const auto markOf = [scene](const char *name) {
        gui::TableItem *item = scene->tableItem(QStringLiteral("main"), QString::fromLatin1(name));
        return item ? item->state().diff : DiffMark::None;
    };
    QCOMPARE(markOf("settings"), DiffMark::Removed);
    QCOMPARE(markOf("users"), DiffMark::Changed);
    QCOMPARE(markOf("posts"), DiffMark::Added);
}

void TstTimeline::sourceWithoutHistory()
{
    // A SQLite database file: no migrations to step through; Compare with… still works.
    QTemporaryDir work;
    const QByteArray path = work.filePath(QStringLiteral("app.db")).toUtf8();
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db,
                          "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, age INTEGER);"
                          "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);
    gui::MainWindow window;
    window.resize(1024, 700);
    window.show();
    window.openSource(QString::fromUtf8(path));
    QVERIFY(waitShown(window));
    gui::TimelineDock *dock = window.timelineDock();
    QCOMPARE(dock->model()->rowCount(), 0);
    QVERIFY(!dock->migrationList()->isEnabled());
    QVERIFY(dock->statusText().contains(QLatin1String("no migration history")));
    QSignalSpy compared(dock, &gui::TimelineDock::comparisonShown);
    dock->compareWith(QStringLiteral(SCHEMALENS_TEST_DATA "/diff/sqlite-rebuild/input"));
    QVERIFY(compared.wait(60000));
    gui::DiagramScene *scene = window.diagramScene();
    QCOMPARE(scene->tableItem(QStringLiteral("main"), QStringLiteral("notes"))->state().diff,
             DiffMark::Removed);
    QCOMPARE(scene->tableItem(QStringLiteral("main"), QStringLiteral("posts"))->state().diff,
             DiffMark::Added);
    QVERIFY(dock->differenceList()->topLevelItemCount() > 0);
}

void TstTimeline::placesForTablesTheBaseLacks()
{
    graph::ErGraph graph;
    graph.nodes.append(graph::TableNode{.id = QStringLiteral("public.a")});
    graph::Layout layout;
    layout.nodes.append(QRectF(0, 0, 100, 50));
    gui::PositionBook book;
    book.setBase(graph, layout);
    QCOMPARE(book.position(QStringLiteral("public.a"), QSizeF(100, 50)), QPointF(0, 0));
    const QPointF first = book.position(QStringLiteral("public.gone"), QSizeF(100, 80));
    QVERIFY(first.x() > 100); // right of the arrangement
    const QPointF second = book.position(QStringLiteral("public.other"), QSizeF(100, 80));
    QVERIFY(second.y() >= first.y() + 80 || second.x() > first.x());                 // no overlap
    QCOMPARE(book.position(QStringLiteral("public.gone"), QSizeF(300, 300)), first); // kept

    // Edge curves leave and enter the facing sides at the rows' heights.
    const graph::EdgeGeometry right =
        gui::simpleEdge(QRectF(0, 0, 100, 100), 30, QRectF(300, 0, 100, 100), 60);
    QCOMPARE(right.tail, QPointF(100, 30));
    QCOMPARE(right.head, QPointF(300, 60));
    const graph::EdgeGeometry left =
        gui::simpleEdge(QRectF(300, 0, 100, 100), 30, QRectF(0, 0, 100, 100), 60);
    QCOMPARE(left.tail, QPointF(300, 30));
    QCOMPARE(left.head, QPointF(100, 60));
    const graph::EdgeGeometry self =
        gui::simpleEdge(QRectF(0, 0, 100, 100), 30, QRectF(0, 0, 100, 100), 60);
    QVERIFY(self.points.at(1).x() > 100); // round the right side
}

// The marks reach the pixels: a changed table has a border in the amber of its mark and its
// added row the green bar; the full schema's diagram has neither.
void TstTimeline::marksArePainted()
{
    gui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.openExample();
    QVERIFY(waitShown(window));
    gui::DiagramScene *scene = window.diagramScene();
    const QColor amber = render::diffMarkColour(DiffMark::Changed, scene->theme());
    const QColor green = render::diffMarkColour(DiffMark::Added, scene->theme());
    // (Finding outlines in the warning colour come near the amber: a fraction, not none.)
    const int amberBefore = pixelsOf(scene, table(window, "orders"), amber);
    const int greenBefore = pixelsOf(scene, table(window, "orders"), green);
    window.timelineDock()->selectMigration(2); // V3: orders gains shipped_at
    QCOMPARE(mark(window, "orders"), DiffMark::Changed);
    const int border = pixelsOf(scene, table(window, "orders"), amber);
    const int bar = pixelsOf(scene, table(window, "orders"), green);
    QVERIFY2(border > 100 && border > 5 * amberBefore,
             qPrintable(QStringLiteral("%1 vs %2").arg(border).arg(amberBefore)));
    QVERIFY2(bar > 10 && bar > 5 * greenBefore,
             qPrintable(QStringLiteral("%1 vs %2").arg(bar).arg(greenBefore)));
    QVERIFY(pixelsOf(scene, table(window, "products"), amber) * 5 < border); // unchanged
    window.timelineDock()->showFullSchema();
    QCOMPARE(pixelsOf(scene, table(window, "orders"), amber), amberBefore);
}

// What the window does with the diagram (a finding, search, focus, hiding) works on a step's
// diagram too, by name; the full schema comes back whole.
void TstTimeline::windowActionsDuringAStep()
{
    gui::MainWindow window;
    window.resize(1280, 800);
    window.show();
    window.openExample();
    QVERIFY(waitShown(window));
    gui::DiagramScene *scene = window.diagramScene();
    const int fullTables = int(scene->tableItems().size());
    window.timelineDock()->selectMigration(0); // two tables only
    QCOMPARE(scene->tableItems().size(), 2);
    for (int i = 0; i < window.document()->review.findings.size(); ++i)
        window.selectFinding(i); // most name tables the step lacks
    QVERIFY(window.searchDiagram(QStringLiteral("customers")));
    QVERIFY(!window.searchDiagram(QStringLiteral("reviews"))); // not there yet
    scene->setFocus(table(window, "orders")->node(), 1);
    scene->setTableHidden(table(window, "customers")->node(), true);
    scene->setFocus(-1, 0);
    window.timelineDock()->selectMigration(2);
    QCOMPARE(mark(window, "reviews"), DiffMark::Added);
    window.timelineDock()->showFullSchema();
    QCOMPARE(int(scene->tableItems().size()), fullTables);
    for (gui::TableItem *item : scene->tableItems())
        QCOMPARE(item->state().diff, DiffMark::None);
}

QTEST_MAIN(TstTimeline)
#include "tst_timeline.moc"
