// The rough edges a new user hit, each with a test that would have caught it: nothing silent
// (binary files and skipped files reach a banner and the Source Files dock), the inspector's
// text and links with Back/Forward, counts that agree between the export dialog and the
// findings list, hidden tables that can be found again, docks
// that forget the previous source, wrapped fix SQL with copy feedback, filtered group
// counts, actions that wait for a diagram, the dialect switch and --order remembered per
// source, and File ▸ Export Review.

#include "app/gui/connectiondialog.h"
#include "app/gui/detailspane.h"
#include "app/gui/diagramitems.h"
#include "app/gui/diagramscene.h"
#include "app/gui/diagramview.h"
#include "app/gui/exportdialog.h"
#include "app/gui/findingsdock.h"
#include "app/gui/findingsmodel.h"
#include "app/gui/inspector.h"
#include "app/gui/mainwindow.h"
#include "app/gui/navigationhistory.h"
#include "app/gui/opensourcedialog.h"
#include "app/gui/problembanner.h"
#include "app/gui/sourceoptions.h"
#include "app/gui/sourcepanel.h"
#include "app/gui/sourceviewer.h"
#include "generatedschema.h"
#include "guifixture.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QTreeWidget>

using namespace schemalens;
using namespace guitest;

class TstGuiPolish : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void binaryFolderIsNotSilent();
    void skippedFilesAreListed();
    void inspectorTextAndLinks();
    void navigationHistoryIsABrowserHistory();
    void exportCountsAgreeWithTheFindingsList();
    void exportDialogLabelsAndWidth();
    void findingOnAHiddenTableShowsIt();
    void hiddenTablesAreListed();
    void anotherSourceClearsSourceAndSearch();
    void fixSqlWrapsAndCopyAnswers();
    void filteredGroupsCountWhatIsShown();
    void actionsWaitForADiagram();
    void dialectSwitchIsRememberedPerSource();
    void orderIsRememberedPerSource();
    void exportReviewWritesEveryFormat();
    void viewsAreOnTheDiagram();
    void screenshots_data();
    void screenshots(); // SCHEMALENS_SCREENSHOTS=DIR: every dialog and dock as PNGs to look at
};

void TstGuiPolish::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(!gui::MainWindow::examplePath().isEmpty());
}

void TstGuiPolish::init()
{
    QSettings().clear(); // remembered options of one test must not reach the next
}

// A folder whose only file is binary garbage: the window says so over the diagram and lists
// the problem with its file, as the CLI does.
void TstGuiPolish::binaryFolderIsNotSilent()
{
    QTemporaryDir dir;
    QByteArray garbage(4096, '\0');
    for (int i = 0; i < garbage.size(); ++i)
        garbage[i] = char((i * 7919) % 256);
    QVERIFY(writeFile(dir.filePath(QStringLiteral("001_init.sql")), garbage));
    gui::MainWindow window;
    window.show();
    window.openSource(dir.path());
    QVERIFY(waitShown(window));
    gui::ProblemBanner *banner = window.problemBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QLatin1String("No tables")), qPrintable(banner->text()));
    QTreeWidget *tree = window.sourcePanel()->tree();
    QTreeWidgetItem *problems = tree->topLevelItem(0);
    QVERIFY(problems->childCount() >= 1);
    QVERIFY2(problems->child(0)->text(1).contains(QLatin1String("binary")),
             qPrintable(problems->child(0)->text(1)));
    // "Show Problems" brings the list forward.
    auto *show = banner->findChild<QPushButton *>(QStringLiteral("ShowProblems"));
    QVERIFY(show);
    show->click();
    QVERIFY(window.sourcePanel()->isVisible());
}

void TstGuiPolish::skippedFilesAreListed()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("000001_init.up.sql")),
                      "CREATE TABLE t (id integer PRIMARY KEY);\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("000001_init.down.sql")), "DROP TABLE t;\n"));
    gui::MainWindow window;
    window.show();
    window.openSource(dir.path());
    QVERIFY(waitShown(window));
    QVERIFY(!window.problemBanner()->isVisible()); // a down script is expected, not a problem
    QTreeWidget *tree = window.sourcePanel()->tree();
    QTreeWidgetItem *skipped = tree->topLevelItem(1);
    QCOMPARE(skipped->childCount(), 1);
    QCOMPARE(skipped->child(0)->text(0), QStringLiteral("000001_init.down.sql"));
    QVERIFY(!skipped->child(0)->text(1).isEmpty());   // with its reason
    QCOMPARE(tree->topLevelItem(2)->childCount(), 1); // applied
}

// The middle dot survives (UTF-8, not Latin-1) and references are links that navigate, with
// Back and Forward through the tables visited.
void TstGuiPolish::inspectorTextAndLinks()
{
    auto window = openExample();
    QVERIFY(window);
    const model::Schema &schema = window->document()->loaded.schema;
    const model::Table *orders = schema.table(QStringLiteral("public"), QStringLiteral("orders"));
    QVERIFY(orders);
    const QString html = gui::tableInspectorHtml(schema, *orders, {});
    QVERIFY(html.contains(QStringLiteral("PK · NOT NULL")));
    QVERIFY(!html.contains(QStringLiteral("Â")));
    QVERIFY(html.contains(QLatin1String("href='table:public.customers'")));

    QVERIFY(window->goToTable(QStringLiteral("public.orders")));
    QVERIFY(window->goToTable(QStringLiteral("public.customers")));
    QVERIFY(window->backAction()->isEnabled());
    window->backAction()->trigger();
    const auto selected = window->diagramScene()->selectedItems();
    QCOMPARE(selected.size(), 1);
    const auto *item = static_cast<gui::TableItem *>(selected.first());
    QCOMPARE(window->diagramScene()->graph().nodes.at(item->node()).name, QStringLiteral("orders"));
    QVERIFY(window->forwardAction()->isEnabled());
    window->forwardAction()->trigger();
    const auto *again =
        static_cast<gui::TableItem *>(window->diagramScene()->selectedItems().first());
    QCOMPARE(window->diagramScene()->graph().nodes.at(again->node()).name,
             QStringLiteral("customers"));
    QVERIFY(!window->goToTable(QStringLiteral("public.nowhere")));
}

void TstGuiPolish::navigationHistoryIsABrowserHistory()
{
    using Entry = gui::NavigationHistory::Entry;
    gui::NavigationHistory history;
    QVERIFY(!history.canGoBack());
    history.visit({Entry::Kind::Table, QStringLiteral("a")});
    history.visit({Entry::Kind::Table, QStringLiteral("a")}); // the same again: no entry
    QCOMPARE(history.size(), 1);
    history.visit({Entry::Kind::Finding, QStringLiteral("f")});
    history.visit({Entry::Kind::Table, QStringLiteral("b")});
    QCOMPARE(history.back().key, QStringLiteral("f"));
    QCOMPARE(history.back().key, QStringLiteral("a"));
    QVERIFY(!history.canGoBack());
    history.visit({Entry::Kind::Table, QStringLiteral("c")}); // forgets f and b ahead
    QVERIFY(!history.canGoForward());
    QCOMPARE(history.size(), 2);
    for (int i = 0; i < 150; ++i)
        history.visit({Entry::Kind::Table, QString::number(i)});
    QCOMPARE(history.size(), qsizetype(gui::NavigationHistory::maxEntries));
}

// The dialog counts each finding once, as the findings list does: the two agree.
void TstGuiPolish::exportCountsAgreeWithTheFindingsList()
{
    auto window = openExample();
    QVERIFY(window);
    const review::Findings &findings = window->document()->review.findings;
    int counts[3] = {0, 0, 0};
    for (const review::Finding &f : findings)
        ++counts[int(f.severity)];
    const QString subtitle =
        gui::diagramSubtitle(window->diagramScene()->graph(), true, &findings, true);
    QVERIFY2(subtitle.contains(QStringLiteral("%1 warning").arg(counts[1])), qPrintable(subtitle));
    QVERIFY2(subtitle.contains(QStringLiteral("%1 info").arg(counts[2])), qPrintable(subtitle));
    QVERIFY2(subtitle.contains(QStringLiteral("%1 error").arg(counts[0])), qPrintable(subtitle));
}

void TstGuiPolish::exportDialogLabelsAndWidth()
{
    auto window = openExample();
    QVERIFY(window);
    gui::ExportDialog dialog(window->diagramScene(), window->diagramView(), QStringLiteral("shop"));
    dialog.show();
    auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("exportPath"));
    QVERIFY(path);
    QVERIFY(path->width() >= 400);
    bool buddied = false;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text() == QLatin1String("&File:"))
            buddied = label->buddy() == path; // shows "File:" with the F underlined
    }
    QVERIFY(buddied);
}

void TstGuiPolish::findingOnAHiddenTableShowsIt()
{
    auto window = openExample();
    QVERIFY(window);
    gui::DiagramScene *scene = window->diagramScene();
    const review::Findings &findings = window->document()->review.findings;
    int index = -1;
    for (int i = 0; i < findings.size() && index < 0; ++i) {
        if (!findings.at(i).object.table.isEmpty() &&
            scene->tableItem(findings.at(i).object.schema, findings.at(i).object.table))
            index = i;
    }
    QVERIFY(index >= 0);
    gui::TableItem *table =
        scene->tableItem(findings.at(index).object.schema, findings.at(index).object.table);
    scene->setTableHidden(table->node(), true);
    QVERIFY(!table->isVisible());
    window->selectFinding(index);
    QVERIFY(table->isVisible());
    QVERIFY(scene->hiddenTables().isEmpty());
}

void TstGuiPolish::hiddenTablesAreListed()
{
    auto window = openExample();
    QVERIFY(window);
    gui::DiagramScene *scene = window->diagramScene();
    scene->setTableHidden(0, true);
    scene->setTableHidden(1, true);
    auto *menu = window->findChild<QMenu *>(QStringLiteral("HiddenTablesMenu"));
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    QStringList texts;
    for (QAction *action : menu->actions())
        texts.append(action->text());
    QVERIFY2(texts.contains(scene->graph().nodes.at(0).id), qPrintable(texts.join(u',')));
    QVERIFY(texts.contains(scene->graph().nodes.at(1).id));
    // Restoring one leaves the other hidden.
    for (QAction *action : menu->actions()) {
        if (action->text() == scene->graph().nodes.at(0).id)
            action->trigger();
    }
    QCOMPARE(scene->hiddenTables(), QList<int>{1});
}

void TstGuiPolish::anotherSourceClearsSourceAndSearch()
{
    auto window = openExample();
    QVERIFY(window);
    const review::Findings &findings = window->document()->review.findings;
    int withFile = -1;
    for (int i = 0; i < findings.size() && withFile < 0; ++i) {
        if (findings.at(i).location.isValid())
            withFile = i;
    }
    QVERIFY(withFile >= 0);
    Q_EMIT window->findingsPanel()->findingActivated(withFile);
    QVERIFY(!window->sourceViewer()->currentFile().isEmpty());
    auto *search = window->findChild<QLineEdit *>();
    for (QLineEdit *edit : window->findChildren<QLineEdit *>()) {
        if (edit->placeholderText().contains(QLatin1String("table or column")))
            search = edit;
    }
    search->setText(QStringLiteral("orders"));
    window->openSource(QStringLiteral(SCHEMALENS_TEST_DATA "/well-designed/tasks.pg"));
    QVERIFY(waitShown(*window));
    QVERIFY(window->sourceViewer()->currentFile().isEmpty());
    QVERIFY(search->text().isEmpty());
}

void TstGuiPolish::fixSqlWrapsAndCopyAnswers()
{
    gui::DetailsPane pane;
    review::Finding finding;
    finding.rule = QStringLiteral("fk-missing-index");
    finding.message = QStringLiteral("orders.customer_id has no index");
    finding.fix = QStringLiteral("CREATE INDEX CONCURRENTLY orders_customer_id_idx ON "
                                 "public.orders USING btree (customer_id) WHERE deleted_at IS "
                                 "NULL;");
    pane.showFinding(finding, QStringLiteral("Foreign key without an index"));
    QVERIFY(pane.textView()->toHtml().contains(QLatin1String("pre-wrap")));
    QSignalSpy copied(&pane, &gui::DetailsPane::copied);
    pane.copyButton()->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), finding.fix);
    QCOMPARE(copied.count(), 1);
    QVERIFY(pane.copyButton()->text() != QStringLiteral("&Copy fix"));
    QTRY_COMPARE_WITH_TIMEOUT(pane.copyButton()->text(), QStringLiteral("&Copy fix"), 3000);
}

void TstGuiPolish::filteredGroupsCountWhatIsShown()
{
    auto window = openExample();
    QVERIFY(window);
    gui::FindingsPanel *panel = window->findingsPanel();
    QAbstractItemModel *model = panel->view()->model();
    // A filter that leaves part of a group.
    const review::Findings &findings = window->document()->review.findings;
    const QString rule = findings.constFirst().rule;
    auto *filter = panel->findChild<QLineEdit *>();
    filter->setText(rule);
    bool partial = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString title = model->index(row, 0).data().toString();
        const int shown = model->rowCount(model->index(row, 0));
        QVERIFY2(title.contains(QStringLiteral("(%1").arg(shown)), qPrintable(title));
        partial = partial || title.contains(QLatin1String(" of "));
    }
    Q_UNUSED(partial); // the example may or may not split a group; the counts must hold
}

void TstGuiPolish::actionsWaitForADiagram()
{
    gui::MainWindow window;
    window.show();
    for (const char *text : {"&Reload", "Zoom &In", "&Fit Diagram", "&Export…", "Export &Review…",
                             "Focus on &Neighbours"}) {
        QAction *action = actionNamed(window, QString::fromUtf8(text));
        QVERIFY2(action, text);
        QVERIFY2(!action->isEnabled(), text);
    }
    window.openExample();
    QVERIFY(waitShown(window));
    for (const char *text : {"&Reload", "Zoom &In", "&Export…", "Export &Review…"})
        QVERIFY2(actionNamed(window, QString::fromUtf8(text))->isEnabled(), text);
}

void TstGuiPolish::dialectSwitchIsRememberedPerSource()
{
    const QString source = QStringLiteral(SCHEMALENS_TEST_DATA "/well-designed/books.sqlite");
    {
        gui::MainWindow window;
        window.show();
        window.openSource(source);
        QVERIFY(waitShown(window));
        QToolButton *button = window.dialectButton();
        QVERIFY(button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("SQLite"));
        QAction *asPg = nullptr;
        for (QAction *action : button->menu()->actions()) {
            if (action->data().toString() == QLatin1String("pg"))
                asPg = action;
        }
        QVERIFY(asPg);
        asPg->trigger();
        QVERIFY(waitShown(window));
        QCOMPARE(window.document()->loaded.source.dialect, load::Dialect::PostgreSQL);
        QCOMPARE(window.dialectButton()->text(), QStringLiteral("PostgreSQL"));
    }
    QCOMPARE(gui::SourceOptions::remembered(source).dialect, QStringLiteral("pg"));
    // Opened again (Recent Sources, a new start): as chosen.
    gui::MainWindow again;
    again.show();
    again.openSource(source);
    QVERIFY(waitShown(again));
    QCOMPARE(again.document()->loaded.source.dialect, load::Dialect::PostgreSQL);
    // Detect Automatically forgets the choice.
    for (QAction *action : again.dialectButton()->menu()->actions()) {
        if (action->data().toString().isEmpty())
            action->trigger();
    }
    QVERIFY(waitShown(again));
    QCOMPARE(again.document()->loaded.source.dialect, load::Dialect::SQLite);
    QVERIFY(gui::SourceOptions::remembered(source).isDefault());
}

// A plain folder whose runner orders files its own way opens right the next time.
void TstGuiPolish::orderIsRememberedPerSource()
{
    QTemporaryDir dir;
    // Natural order would apply b_init (the FK) before a_tables: the runner applies it last.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a_refs.sql")),
                      "ALTER TABLE child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) "
                      "REFERENCES parent (id);\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("b_tables.sql")),
                      "CREATE TABLE parent (id integer PRIMARY KEY);\n"
                      "CREATE TABLE child (id integer PRIMARY KEY, parent_id integer);\n"));
    gui::SourceOptions options;
    options.dialect = QStringLiteral("pg");
    options.order = {QStringLiteral("b_tables.sql")};
    {
        gui::MainWindow window;
        window.show();
        window.openSource(dir.path(), options);
        QVERIFY(waitShown(window));
        const model::Table *child = window.document()->loaded.schema.table(QStringLiteral("public"),
                                                                           QStringLiteral("child"));
        QVERIFY(child);
        QCOMPARE(child->foreignKeys.size(), 1);
    }
    gui::MainWindow again;
    again.show();
    again.openSource(dir.path());
    QVERIFY(waitShown(again));
    QCOMPARE(again.sourceOptions(), options);
    const model::Table *child =
        again.document()->loaded.schema.table(QStringLiteral("public"), QStringLiteral("child"));
    QVERIFY(child);
    QCOMPARE(child->foreignKeys.size(), 1);
}

void TstGuiPolish::exportReviewWritesEveryFormat()
{
    auto window = openExample();
    QVERIFY(window);
    QTemporaryDir dir;
    for (const char *name : {"r.html", "r.md", "r.sarif", "r.json", "r.txt"}) {
        const QString path = dir.filePath(QString::fromLatin1(name));
        const Result<QString> written = window->exportReview(path);
        QVERIFY2(written, name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(bytes.size() > 200, name);
        if (path.endsWith(QLatin1String(".json")) || path.endsWith(QLatin1String(".sarif")))
            QVERIFY2(!QJsonDocument::fromJson(bytes).isNull(), name);
    }
    QVERIFY(!window->exportReview(dir.filePath(QStringLiteral("r.docx"))));
}

// Views and what they read are on the diagram (a view node, a dotted edge per table it
// reads); View > Show Views takes them off, and the choice is kept.
void TstGuiPolish::viewsAreOnTheDiagram()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("001_init.sql")),
                      "CREATE TABLE films (id integer PRIMARY KEY, title text);\n"
                      "CREATE TABLE actors (id integer PRIMARY KEY, film_id integer REFERENCES "
                      "films);\n"
                      "CREATE VIEW film_list AS SELECT f.title, count(a.id) AS actors FROM films "
                      "f JOIN actors a ON a.film_id = f.id GROUP BY f.title;\n"));
    gui::MainWindow window;
    window.show();
    window.openSource(dir.path());
    QVERIFY(waitShown(window));
    const auto countViews = [&window](int *reads) {
        int views = 0;
        *reads = 0;
        for (const graph::TableNode &node : window.diagramScene()->graph().nodes)
            views += node.view ? 1 : 0;
        for (const graph::Edge &edge : window.diagramScene()->graph().edges)
            *reads += edge.dependency ? 1 : 0;
        return views;
    };
    int reads = 0;
    QCOMPARE(countViews(&reads), 1);
    QCOMPARE(reads, 2);
    QAction *show = actionNamed(window, QStringLiteral("Show &Views"));
    QVERIFY(show && show->isChecked());
    show->trigger();
    QVERIFY(waitShown(window));
    QCOMPARE(countViews(&reads), 0);
    QCOMPARE(reads, 0);
    QCOMPARE(QSettings().value(QStringLiteral("view/showViews")).toBool(), false);
    show->trigger();
    QVERIFY(waitShown(window));
    QCOMPARE(countViews(&reads), 1);
}

void TstGuiPolish::screenshots_data()
{
    QTest::addColumn<QString>("theme");
    QTest::addColumn<QString>("language");
    for (const char *theme : {"light", "dark"})
        for (const char *language : {"en", "de"})
            QTest::addRow("%s-%s", theme, language) << theme << language;
}

void TstGuiPolish::screenshots()
{
    QFETCH(QString, theme);
    QFETCH(QString, language);
    const QString out = qEnvironmentVariable("SCHEMALENS_SCREENSHOTS");
    if (out.isEmpty())
        QSKIP("set SCHEMALENS_SCREENSHOTS to a folder to write the screenshots");
    QDir().mkpath(out);
    QTranslator translator;
    if (language == QLatin1String("de")) {
        QVERIFY(translator.load(QStringLiteral(":/i18n/schemalens_de.qm")) ||
                translator.load(QStringLiteral(SCHEMALENS_QM_DIR "/schemalens_de.qm")));
        QCoreApplication::installTranslator(&translator);
    }
    QSettings().setValue(QStringLiteral("ui/theme"), theme);
    const QString prefix = out + QLatin1Char('/') + theme + QLatin1Char('-') + language;
    {
        gui::MainWindow window;
        window.resize(1400, 860);
        window.show();
        window.openSource(QStringLiteral(SCHEMALENS_TEST_DATA "/../../resources/examples/shop"));
        QVERIFY(waitShown(window));
        window.selectFinding(0);
        QTest::qWait(300);
        window.grab().save(prefix + QStringLiteral("-window.png"));
        window.goToTable(QStringLiteral("public.orders"));
        QTest::qWait(200);
        window.grab().save(prefix + QStringLiteral("-inspector.png"));
        gui::ExportDialog exportDialog(window.diagramScene(), window.diagramView(),
                                       QStringLiteral("shop"));
        exportDialog.setFindings(&window.document()->review.findings);
        exportDialog.show();
        QTest::qWait(100);
        exportDialog.grab().save(prefix + QStringLiteral("-export.png"));
        gui::OpenSourceDialog open;
        open.setSource(gui::MainWindow::examplePath());
        open.show();
        QTest::qWait(100);
        open.grab().save(prefix + QStringLiteral("-open.png"));
        gui::ConnectionDialog connection;
        connection.show();
        QTest::qWait(100);
        connection.grab().save(prefix + QStringLiteral("-connection.png"));
    }
    {
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("001_init.sql")), QByteArray(2048, '\x01')));
        QVERIFY(
            writeFile(dir.filePath(QStringLiteral("002_tables.sql")),
                      "CREATE TABLE a (id int PRIMARY KEY);\nALTER TABLE nowhere ADD x int;\n"));
        gui::MainWindow window;
        window.resize(1400, 860);
        window.show();
        window.openSource(dir.path());
        QVERIFY(waitShown(window));
        window.problemBanner()->findChild<QPushButton *>(QStringLiteral("ShowProblems"))->click();
        QTest::qWait(200);
        window.grab().save(prefix + QStringLiteral("-problems.png"));
    }
    QCoreApplication::removeTranslator(&translator);
    QSettings().remove(QStringLiteral("ui/theme"));
}

QTEST_MAIN(TstGuiPolish)
#include "tst_gui_polish.moc"
