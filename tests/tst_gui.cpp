// The desktop window driven offscreen: open the example, select findings, see details and
// the source, a broken source shows its error, and the findings model is a well-behaved
// item model.

#include "app/gui/detailspane.h"
#include "app/gui/diagramscene.h"
#include "app/gui/findingsdock.h"
#include "app/gui/findingsmodel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/sourceviewer.h"
#include "tests/corpus.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace schemalens;

class TstGui : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void findingsModelIsWellBehaved();
    void findingsModelGroupings();
    void shortFileNames_data();
    void shortFileNames();
    void opensTheExample();
    void selectingAFindingShowsItsSource();
    void brokenSourceShowsAnError();
    void cancelStopsLoading();
    void themeChoiceColoursTheWholeWindow();

private:
    static bool waitShown(gui::MainWindow &window);
};

void TstGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keep QSettings out of the user's files
    QVERIFY(!gui::MainWindow::examplePath().isEmpty());
}

bool TstGui::waitShown(gui::MainWindow &window)
{
    QSignalSpy shown(&window, &gui::MainWindow::documentShown);
    return shown.wait(60000);
}

namespace {

review::Findings sampleFindings()
{
    review::Findings findings;
    auto add = [&](const char *rule, review::Severity severity, const char *table,
                   const char *column) {
        review::Finding f;
        f.rule = QString::fromLatin1(rule);
        f.severity = severity;
        f.object.schema = QStringLiteral("public");
        f.object.table = QString::fromLatin1(table);
        f.object.column = QString::fromLatin1(column);
        f.message = f.rule + QLatin1Char(' ') + f.object.table;
        f.location.file = QStringLiteral("V1__init.sql");
        f.location.line = int(findings.size()) + 1;
        findings.append(f);
    };
    add("set-null-not-null", review::Severity::Error, "orders", "customer_id");
    add("soft-fk", review::Severity::Warning, "reviews", "customer_id");
    add("fk-missing-index", review::Severity::Warning, "orders", "customer_id");
    add("money-as-float", review::Severity::Warning, "products", "price");
    add("jsonb-no-gin", review::Severity::Info, "products", "attributes");
    return findings;
}

} // namespace

void TstGui::findingsModelIsWellBehaved()
{
    gui::FindingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFindings(sampleFindings());
    model.setGrouping(gui::FindingsModel::Grouping::Rule);
    model.setGrouping(gui::FindingsModel::Grouping::Table);
    model.setFindings({});
    model.setFindings(sampleFindings());
    QCOMPARE(model.rowCount(), 3); // table grouping: orders, reviews, products
}

void TstGui::findingsModelGroupings()
{
    gui::FindingsModel model;
    model.setFindings(sampleFindings());
    QCOMPARE(model.rowCount(), 3); // error, warning, info
    QCOMPARE(model.rowCount(model.index(1, 0)), 3);
    QVERIFY(model.index(1, 0).data().toString().contains(QLatin1String("(3)")));
    // Every finding maps to a row that maps back to it.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(model.indexOfFinding(i).data(gui::FindingsModel::FindingIndexRole).toInt(), i);
    model.setGrouping(gui::FindingsModel::Grouping::Rule);
    QCOMPARE(model.rowCount(), 5);
    // Worst group first.
    QCOMPARE(model.index(0, 0).data(gui::FindingsModel::RuleRole).toString(), QString());
    QVERIFY(model.index(0, 0).data().toString().startsWith(QLatin1String("set-null-not-null")));
}

void TstGui::opensTheExample()
{
    gui::MainWindow window;
    window.show();
    window.openExample();
    QVERIFY(waitShown(window));
    QVERIFY(window.document());
    QCOMPARE(window.document()->review.summary.tables, 5);
    auto *tree = window.findingsPanel()->view();
    QVERIFY(tree->model()->rowCount() > 0);
    QVERIFY(window.windowTitle().contains(QLatin1String("shop")));
}

void TstGui::selectingAFindingShowsItsSource()
{
    gui::MainWindow window;
    window.show();
    window.openExample();
    QVERIFY(waitShown(window));
    const review::Findings &findings = window.document()->review.findings;
    int withLine = -1;
    for (int i = 0; i < findings.size(); ++i) {
        if (findings.at(i).location.line > 0) {
            withLine = i;
            break;
        }
    }
    QVERIFY(withLine >= 0);
    gui::FindingsPanel *panel = window.findingsPanel();
    QSignalSpy activated(panel, &gui::FindingsPanel::findingActivated);
    panel->selectFinding(withLine);
    const QModelIndex current = panel->view()->currentIndex();
    QCOMPARE(current.data(gui::FindingsModel::FindingIndexRole).toInt(), withLine);
    Q_EMIT panel->view()->activated(current);
    QCOMPARE(activated.count(), 1);
    gui::SourceViewer *viewer = window.sourceViewer();
    QVERIFY(viewer->currentFile().endsWith(findings.at(withLine).location.file));
    QCOMPARE(viewer->currentLine(), findings.at(withLine).location.line);
    QCOMPARE(viewer->textCursor().blockNumber() + 1, findings.at(withLine).location.line);
}

void TstGui::brokenSourceShowsAnError()
{
    QTemporaryDir dir;
    gui::MainWindow window;
    window.show();
    window.openSource(dir.filePath(QStringLiteral("does-not-exist")));
    QVERIFY(waitShown(window));
    QVERIFY(!window.document());
    const auto browsers = window.findChildren<QTextBrowser *>();
    bool shown = false;
    for (QTextBrowser *b : browsers)
        shown =
            shown || (b->isVisible() && b->toPlainText().contains(QLatin1String("Could not open")));
    QVERIFY(shown);
}

void TstGui::cancelStopsLoading()
{
    const QString corpus = testcorpus::path(QStringLiteral("lago-structure-pg"));
    SCHEMALENS_REQUIRE_CORPUS_PATH(corpus);
    gui::MainWindow window;
    window.show();
    window.openSource(corpus);
    QVERIFY(window.isLoading());
    QTest::keyClick(&window, Qt::Key_Escape);
    QVERIFY(waitShown(window));
    QTRY_VERIFY(!window.isLoading());
}

QTEST_MAIN(TstGui)
// Choosing Dark or Light recolours the window, not only the diagram, and "Follow System" gives
// the desktop's palette back.
void TstGui::themeChoiceColoursTheWholeWindow()
{
    QSettings().remove(QStringLiteral("ui/theme"));
    const QPalette desktop = QApplication::palette();
    const bool desktopDark = desktop.window().color().lightness() < 128;
    gui::MainWindow window;
    auto themeAction = [&](const QString &title) -> QAction * {
        for (QAction *menu : window.menuBar()->actions())
            if (menu->menu())
                for (QAction *sub : menu->menu()->actions())
                    if (sub->menu())
                        for (QAction *a : sub->menu()->actions())
                            if (a->text() == title)
                                return a;
        return nullptr;
    };
    QAction *dark = themeAction(QStringLiteral("&Dark"));
    QAction *light = themeAction(QStringLiteral("&Light"));
    QAction *system = themeAction(QStringLiteral("Follow &System"));
    QVERIFY(dark && light && system);

    dark->trigger();
    QCOMPARE(window.diagramScene()->theme().name, QStringLiteral("dark"));
    QVERIFY(QApplication::palette().window().color().lightness() < 128);
    QVERIFY(QApplication::palette().text().color().lightness() > 128);
    light->trigger();
    QCOMPARE(window.diagramScene()->theme().name, QStringLiteral("light"));
    QVERIFY(QApplication::palette().window().color().lightness() >= 128);
    system->trigger();
    QCOMPARE(window.diagramScene()->theme().name,
             desktopDark ? QStringLiteral("dark") : QStringLiteral("light"));
    QCOMPARE(QApplication::palette().window().color(), desktop.window().color());
    QSettings().remove(QStringLiteral("ui/theme"));
}

void TstGui::shortFileNames_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("shown");
    QTest::newRow("diesel") << "migrations/2019-03-30-212058_create_post_view/up.sql"
                            << "2019-03-30-212058_create_post_view/up.sql";
    QTest::newRow("prisma") << "prisma/migrations/20230605_init/migration.sql"
                            << "20230605_init/migration.sql";
    QTest::newRow("flyway") << "db/migration/V2__products.sql"
                            << "V2__products.sql";
    QTest::newRow("single file") << "schema.sql"
                                 << "schema.sql";
}

void TstGui::shortFileNames()
{
    QFETCH(QString, path);
    QFETCH(QString, shown);
    QCOMPARE(gui::FindingsModel::shortFileName(path), shown);
}

#include "tst_gui.moc"
