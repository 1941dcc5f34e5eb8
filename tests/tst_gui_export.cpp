// File > Export… and File > Print… on the example, offscreen: every format through the
// dialog's non-interactive API, the three scopes (whole, visible area, focused
// neighbourhood) cut from the on-screen layout, format/extension syncing, remembered
// settings, and printing to a PDF printer.

#include "app/gui/diagramitems.h"
#include "app/gui/diagramscene.h"
#include "app/gui/diagramview.h"
#include "app/gui/exportdialog.h"
#include "app/gui/mainwindow.h"
#include "app/gui/printing.h"
#include "core/graph/mermaid.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QPrinter>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace schemalens;
using gui::ExportOptions;
using gui::ExportScope;

class TstGuiExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void exportsEachFormat_data();
    void exportsEachFormat();
    void wholeScopeReusesTheSceneLayout();
    void pngDpiScalesTheImage();
    void focusedScopeExportsTheNeighbourhood();
    void visibleScopeExportsWhatIsOnScreen();
    void subDiagramKeepsGeometry();
    void errorsAreValues();
    void formatFollowsExtensionAndChoice();
    void acceptWritesAndRemembersSettings();
    void printsToPdf();
    void menuActions();

private:
    QByteArray exported(const QString &name, const ExportOptions &options);
    QStringList tableNames(const graph::ErGraph &graph) const;

    std::unique_ptr<gui::MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TstGuiExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // keep QSettings out of the user's files
    QCoreApplication::setOrganizationName(QStringLiteral("SchemalensTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_gui_export"));
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_window = std::make_unique<gui::MainWindow>();
    m_window->resize(1200, 800);
    m_window->show();
    QSignalSpy shown(m_window.get(), &gui::MainWindow::documentShown);
    m_window->openExample();
    QVERIFY(shown.wait(60000));
    QVERIFY(m_window->document());
    QCOMPARE(m_window->diagramScene()->graph().nodes.size(), 5);
    QCOMPARE(m_window->diagramScene()->layout().nodes.size(), 5);
}

void TstGuiExport::cleanupTestCase()
{
    QSettings().clear();
    m_window.reset();
}

QStringList TstGuiExport::tableNames(const graph::ErGraph &graph) const
{
    QStringList names;
    for (const graph::TableNode &node : graph.nodes)
        names << node.name;
    names.sort();
    return names;
}

QByteArray TstGuiExport::exported(const QString &name, const ExportOptions &options)
{
    gui::ExportDialog dialog(m_window->diagramScene(), m_window->diagramView(),
                             QStringLiteral("shop"));
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    const Result<render::ExportFormat> written = dialog.exportTo(path, options);
    if (!written) {
        qWarning() << written.error().toString();
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void TstGuiExport::exportsEachFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("format"); // -1: from the extension
    QTest::addColumn<QString>("theme");
    QTest::addRow("svg") << "d.svg" << -1 << "light";
    QTest::addRow("svg dark") << "dark.svg" << -1 << "dark";
    QTest::addRow("png") << "d.png" << -1 << "light";
    QTest::addRow("pdf") << "d.pdf" << -1 << "dark";
    QTest::addRow("dot") << "d.dot" << -1 << "light";
    QTest::addRow("gv") << "d.gv" << -1 << "dark";
    QTest::addRow("mermaid") << "d.mmd" << -1 << "light";
    QTest::addRow("markdown") << "d.md" << -1 << "light";
    // Chosen in the dialog, whatever the file is called.
    QTest::addRow("png by choice") << "picture.out" << int(render::ExportFormat::Png) << "light";
    QTest::addRow("dot by choice") << "graph" << int(render::ExportFormat::Dot) << "light";
}

void TstGuiExport::exportsEachFormat()
{
    QFETCH(QString, file);
    QFETCH(int, format);
    QFETCH(QString, theme);
    ExportOptions options;
    options.title = QStringLiteral("shop");
    options.theme = theme;
    if (format >= 0)
        options.format = render::ExportFormat(format);
    const QByteArray bytes = exported(file, options);
    QVERIFY(!bytes.isEmpty());
    const render::ExportFormat written =
        options.format ? *options.format : *render::formatForPath(file);
    const QStringList tables = tableNames(m_window->diagramScene()->graph());

    switch (written) {
    case render::ExportFormat::Svg: {
        QXmlStreamReader xml(bytes);
        QStringList texts;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::Characters)
                texts << xml.text().toString().trimmed();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        for (const QString &table : tables)
            QVERIFY2(texts.contains(table), qPrintable(table));
        QVERIFY(texts.contains(QStringLiteral("shop"))); // the title
        QSvgRenderer renderer(bytes);
        QVERIFY(renderer.isValid());
        // The background is the chosen theme's.
        const QString background =
            (theme == QLatin1String("dark") ? render::Theme::dark() : render::Theme::light())
                .background.name();
        QVERIFY(bytes.contains(background.toLatin1()));
        break;
    }
    case render::ExportFormat::Png: {
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        const QSizeF scene =
            render::diagramFrame(
                m_window->diagramScene()->graph(), m_window->diagramScene()->layout(),
                render::Theme::light(),
                {.title = QStringLiteral("shop"),
                 .subtitle = gui::diagramSubtitle(m_window->diagramScene()->graph(), true)})
                .scene.size();
        QCOMPARE(image.size(), render::pngPixelSize(scene, 192));
        QVERIFY(image.width() > 400);
        break;
    }
    case render::ExportFormat::Pdf:
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        QVERIFY(bytes.size() > 2000);
        break;
    case render::ExportFormat::Dot:
        QVERIFY(bytes.contains("digraph"));
        for (const QString &table : tables)
            QVERIFY2(bytes.contains(table.toUtf8()), qPrintable(table));
        QVERIFY(bytes.contains("shop")); // graph label
        QVERIFY(bytes.contains(
            render::dotPalette(*render::Theme::byName(theme)).background.toLatin1()));
        break;
    case render::ExportFormat::Mermaid:
        QVERIFY(bytes.startsWith("erDiagram"));
        for (const QString &table : tables)
            QVERIFY2(bytes.contains(table.toUtf8()), qPrintable(table));
        break;
    case render::ExportFormat::MermaidMarkdown:
        QVERIFY(bytes.startsWith("```mermaid\nerDiagram"));
        QVERIFY(bytes.endsWith("```\n"));
        break;
    }
}

void TstGuiExport::wholeScopeReusesTheSceneLayout()
{
    // The whole diagram is the scene's graph at the scene's coordinates, no second layout.
    const gui::DiagramScene *scene = m_window->diagramScene();
    ExportOptions options;
    options.title = QStringLiteral("shop");
    options.findings = false;
    const QByteArray bytes = exported(QStringLiteral("whole.svg"), options);
    render::ImageOptions image;
    image.diagram.findings = false;
    image.diagram.title = QStringLiteral("shop");
    image.diagram.subtitle = gui::diagramSubtitle(scene->graph(), false);
    const Result<QByteArray> expected = render::renderSvg(scene->graph(), scene->layout(), image);
    QVERIFY(expected);
    QCOMPARE(bytes, expected.value());
    QVERIFY(!bytes.contains("findings:"));
}

void TstGuiExport::pngDpiScalesTheImage()
{
    ExportOptions options;
    options.dpi = 96;
    QImage low;
    QVERIFY(low.loadFromData(exported(QStringLiteral("low.png"), options)));
    options.dpi = 288;
    QImage high;
    QVERIFY(high.loadFromData(exported(QStringLiteral("high.png"), options)));
    QVERIFY(qAbs(high.width() - 3 * low.width()) <= 3);
    QVERIFY(qAbs(high.height() - 3 * low.height()) <= 3);
    QCOMPARE(qRound(high.dotsPerMeterX() * 0.0254), 288);
}

void TstGuiExport::focusedScopeExportsTheNeighbourhood()
{
    gui::DiagramScene *scene = m_window->diagramScene();
    const graph::ErGraph &graph = scene->graph();
    // The table with the smallest one-hop neighbourhood, so the cut is visible.
    int focus = -1;
    QSet<int> expected;
    for (int n = 0; n < graph.nodes.size(); ++n) {
        QSet<int> around{n};
        for (const graph::Edge &e : graph.edges) {
            if (e.from == n)
                around.insert(e.to);
            if (e.to == n)
                around.insert(e.from);
        }
        if (focus < 0 || around.size() < expected.size()) {
            focus = n;
            expected = around;
        }
    }
    QVERIFY(expected.size() < graph.nodes.size());
    QStringList names;
    for (int n : std::as_const(expected))
        names << graph.nodes.at(n).name;
    names.sort();

    scene->setFocus(focus, 1);
    QCOMPARE(scene->focusNode(), focus);
    const gui::DiagramSelection selection = gui::selectDiagram(*scene, ExportScope::Shown);
    QCOMPARE(tableNames(selection.graph), names);

    ExportOptions options;
    options.scope = ExportScope::Shown;
    const QByteArray mermaid = exported(QStringLiteral("focus.mmd"), options);
    const QByteArray dot = exported(QStringLiteral("focus.dot"), options);
    const QByteArray svg = exported(QStringLiteral("focus.svg"), options);
    for (int n = 0; n < graph.nodes.size(); ++n) {
        const QByteArray id = "\"" + graph.nodes.at(n).id.toUtf8() + "\"";
        QCOMPARE(dot.contains(id), expected.contains(n));
        const QByteArray text = ">" + graph.nodes.at(n).name.toUtf8() + "<";
        QCOMPARE(svg.contains(text), expected.contains(n));
    }
    QVERIFY(mermaid.startsWith("erDiagram"));
    // The focused dialog opens on the focused scope.
    gui::ExportDialog dialog(scene, m_window->diagramView(), QStringLiteral("shop"));
    QCOMPARE(dialog.options().scope, ExportScope::Shown);

    scene->setFocus(-1, 0);
    gui::ExportDialog unfocused(scene, m_window->diagramView(), QStringLiteral("shop"));
    QCOMPARE(unfocused.options().scope, ExportScope::Whole);
    QCOMPARE(gui::selectDiagram(*scene, ExportScope::Shown).graph.nodes.size(), graph.nodes.size());
}

void TstGuiExport::visibleScopeExportsWhatIsOnScreen()
{
    gui::DiagramScene *scene = m_window->diagramScene();
    gui::DiagramView *view = m_window->diagramView();
    // Zoom in on one table until it fills the view.
    const gui::TableItem *table = scene->tableItems().constFirst();
    view->zoomTo(4);
    view->centerOn(table->sceneBoundingRect().center());
    QApplication::processEvents();
    const QRectF visible = gui::visibleSceneRect(*view);
    const gui::DiagramSelection selection =
        gui::selectDiagram(*scene, ExportScope::Visible, visible);
    QVERIFY(!selection.graph.nodes.isEmpty());
    QVERIFY(selection.graph.nodes.size() < scene->graph().nodes.size());
    QVERIFY(tableNames(selection.graph).contains(scene->graph().nodes.at(table->node()).name));
    for (const gui::TableItem *item : scene->tableItems()) {
        const bool inView = item->sceneBoundingRect().intersects(visible);
        QCOMPARE(tableNames(selection.graph).contains(scene->graph().nodes.at(item->node()).name),
                 inView);
    }
    ExportOptions options;
    options.scope = ExportScope::Visible;
    const QByteArray mermaid = exported(QStringLiteral("visible.mmd"), options);
    QCOMPARE(mermaid, graph::toMermaid(selection.graph));
    view->fitAll();
    QApplication::processEvents();
    QCOMPARE(gui::selectDiagram(*scene, ExportScope::Visible, gui::visibleSceneRect(*view))
                 .graph.nodes.size(),
             scene->graph().nodes.size());
}

void TstGuiExport::subDiagramKeepsGeometry()
{
    const gui::DiagramScene *scene = m_window->diagramScene();
    const graph::ErGraph &graph = scene->graph();
    const graph::Layout &layout = scene->layout();
    // Every table but the first: indices shift by one, geometry moves rigidly.
    QList<int> keep;
    for (int n = graph.nodes.size() - 1; n >= 1; --n)
        keep << n << n; // unsorted, with duplicates
    const gui::DiagramSelection sub = gui::subDiagram(graph, layout, keep);
    QCOMPARE(sub.graph.nodes.size(), graph.nodes.size() - 1);
    QCOMPARE(sub.layout.nodes.size(), sub.graph.nodes.size());
    QCOMPARE(sub.layout.edges.size(), sub.graph.edges.size());
    const QPointF shift = sub.layout.nodes.at(0).topLeft() - layout.nodes.at(1).topLeft();
    for (int i = 0; i < sub.graph.nodes.size(); ++i) {
        QCOMPARE(sub.graph.nodes.at(i).id, graph.nodes.at(i + 1).id);
        QCOMPARE(sub.layout.nodes.at(i).size(), layout.nodes.at(i + 1).size());
        QCOMPARE(sub.layout.nodes.at(i).topLeft() - shift, layout.nodes.at(i + 1).topLeft());
    }
    int kept = 0;
    for (int e = 0; e < graph.edges.size(); ++e) {
        const graph::Edge &edge = graph.edges.at(e);
        if (edge.from == 0 || edge.to == 0)
            continue;
        const graph::Edge &copy = sub.graph.edges.at(kept);
        QCOMPARE(copy.id, edge.id);
        QCOMPARE(copy.from, edge.from - 1);
        QCOMPARE(copy.to, edge.to - 1);
        QCOMPARE(sub.layout.edges.at(kept).head - shift, layout.edges.at(e).head);
        ++kept;
    }
    QCOMPARE(sub.graph.edges.size(), kept);
    QVERIFY(kept < graph.edges.size()); // the first table had edges
    QCOMPARE(sub.layout.bounds.topLeft(), QPointF(0, 0));
    for (const QRectF &rect : sub.layout.nodes)
        QVERIFY(sub.layout.bounds.contains(rect));
    // All tables: the input itself.
    const gui::DiagramSelection all = gui::subDiagram(graph, layout, {0, 1, 2, 3, 4});
    QCOMPARE(all.layout, layout);
    QCOMPARE(gui::subDiagram(graph, layout, {}).graph.nodes.size(), 0);
}

void TstGuiExport::errorsAreValues()
{
    gui::ExportDialog dialog(m_window->diagramScene(), m_window->diagramView(),
                             QStringLiteral("shop"));
    const Result<render::ExportFormat> unknown =
        dialog.exportTo(m_dir.filePath(QStringLiteral("x.txt")), {});
    QVERIFY(!unknown);
    QVERIFY(unknown.error().message.contains(QLatin1String(".svg")));
    const Result<render::ExportFormat> unwritable =
        dialog.exportTo(m_dir.filePath(QStringLiteral("missing/dir/x.svg")), {});
    QVERIFY(!unwritable);
    QVERIFY(unwritable.error().message.contains(QLatin1String("x.svg")));
    QVERIFY(!dialog.exportTo(QString(), {}));
    ExportOptions badTheme;
    badTheme.theme = QStringLiteral("sepia");
    QVERIFY(!dialog.exportTo(m_dir.filePath(QStringLiteral("t.svg")), badTheme));
    // Nothing in the scope is an error, not an empty file.
    const Result<render::ExportFormat> empty = gui::exportDiagram(
        gui::subDiagram(m_window->diagramScene()->graph(), m_window->diagramScene()->layout(), {}),
        m_dir.filePath(QStringLiteral("empty.svg")), {});
    QVERIFY(!empty);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("empty.svg"))));
}

void TstGuiExport::formatFollowsExtensionAndChoice()
{
    gui::ExportDialog dialog(m_window->diagramScene(), m_window->diagramView(),
                             QStringLiteral("shop"));
    auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("exportPath"));
    auto *format = dialog.findChild<QComboBox *>(QStringLiteral("exportFormat"));
    QVERIFY(path && format);
    QVERIFY(dialog.path().endsWith(QLatin1String("shop.svg"))); // default name from the title
    path->clear();
    QTest::keyClicks(path, QStringLiteral("/tmp/diagram.png"));
    QCOMPARE(dialog.options().format, render::ExportFormat::Png);
    dialog.setPath(QStringLiteral("/tmp/diagram.gv"));
    QCOMPARE(dialog.options().format, render::ExportFormat::Dot);
    QCOMPARE(dialog.path(), QStringLiteral("/tmp/diagram.gv")); // .gv is a DOT name already
    format->setCurrentIndex(format->findData(int(render::ExportFormat::Mermaid)));
    QCOMPARE(dialog.path(), QStringLiteral("/tmp/diagram.mmd"));
    format->setCurrentIndex(format->findData(int(render::ExportFormat::Pdf)));
    QCOMPARE(dialog.path(), QStringLiteral("/tmp/diagram.pdf"));
    dialog.setPath(QStringLiteral("/tmp/noextension"));
    QCOMPARE(dialog.options().format, render::ExportFormat::Pdf); // unknown: the choice stays
    QCOMPARE(
        gui::ExportDialog::filterFor(render::ExportFormat::Dot).contains(QLatin1String("*.gv")),
        true);
}

void TstGuiExport::acceptWritesAndRemembersSettings()
{
    QSettings().clear();
    const QString target = m_dir.filePath(QStringLiteral("accepted.dot"));
    {
        gui::ExportDialog dialog(m_window->diagramScene(), m_window->diagramView(),
                                 QStringLiteral("shop"));
        dialog.setPath(target);
        ExportOptions options = dialog.options();
        options.theme = QStringLiteral("dark");
        options.dpi = 300;
        options.findings = false;
        dialog.setOptions(options);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QCOMPARE(accepted.count(), 1);
    }
    QVERIFY(QFile::exists(target));
    gui::ExportDialog next(m_window->diagramScene(), m_window->diagramView(),
                           QStringLiteral("other"));
    QCOMPARE(next.options().format, render::ExportFormat::Dot);
    QCOMPARE(next.options().theme, QStringLiteral("dark"));
    QCOMPARE(next.options().dpi, 300.0);
    QCOMPARE(next.options().findings, false);
    QCOMPARE(next.path(), QDir(m_dir.path()).filePath(QStringLiteral("other.dot")));
}

void TstGuiExport::printsToPdf()
{
    const gui::DiagramScene *scene = m_window->diagramScene();
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    render::DiagramOptions options;
    options.title = QStringLiteral("shop");
    const Result<double> printed = gui::printDiagram(
        printer, gui::selectDiagram(*scene, ExportScope::Shown), render::Theme::light(), options);
    QVERIFY2(printed, printed ? "" : qPrintable(printed.error().toString()));
    QVERIFY(printed.value() > 0 && printed.value() <= 1.0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.size() > 2000);
    // A diagram too big for the page is scaled down to fit.
    printer.setPageSize(QPageSize(QSizeF(40, 30), QPageSize::Millimeter));
    printer.setOutputFileName(m_dir.filePath(QStringLiteral("tiny.pdf")));
    const Result<double> tiny = gui::printDiagram(
        printer, gui::selectDiagram(*scene, ExportScope::Whole), render::Theme::light(), options);
    QVERIFY(tiny);
    QVERIFY(tiny.value() < 0.5);
    QVERIFY(!gui::printDiagram(printer, {}, render::Theme::light(), options));
}

void TstGuiExport::menuActions()
{
    auto *exportAction = m_window->findChild<QAction *>(QStringLiteral("actionExport"));
    auto *print = m_window->findChild<QAction *>(QStringLiteral("actionPrint"));
    QVERIFY(exportAction && print);
    QCOMPARE(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    QVERIFY(exportAction->isEnabled());
    QVERIFY(print->isEnabled());
    gui::MainWindow empty;
    QVERIFY(!empty.findChild<QAction *>(QStringLiteral("actionExport"))->isEnabled());
}

QTEST_MAIN(TstGuiExport)
#include "tst_gui_export.moc"
