// Diagram export: Mermaid goldens, DOT that Graphviz itself re-reads and lays out, and
// `schemalens-cli export` to SVG/PNG/PDF/DOT/Mermaid checked as files.
//
// Refresh the Mermaid goldens after a reviewed change with
//   SCHEMALENS_REFRESH_GOLDEN=1 build/bin/tst_export mermaidGolden

#include "core/graph/dotexport.h"
#include "core/graph/mermaid.h"
#include "core/load/loader.h"
#include "core/render/exporter.h"
#include "core/review/engine.h"
#include "renderfixture.h"
#include "tests/corpus.h"

#include <graphviz/gvc.h>

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace schemalens;

namespace {

QString g_graphvizMessages;

int collectGraphvizMessage(char *message)
{
    g_graphvizMessages += QString::fromUtf8(message);
    return 0;
}

// Parses DOT with cgraph and lays it out with `dot`, as someone post-processing the file
// would. Returns the messages Graphviz printed (empty when it was happy) and the counts.
struct DotCheck {
    QString messages;
    int nodes = -1;
    int edges = -1;
    bool laidOut = false;
};

DotCheck checkWithGraphviz(const QByteArray &dot)
{
    DotCheck check;
    g_graphvizMessages.clear();
    agseterr(AGWARN);
    agseterrf(collectGraphvizMessage);
    GVC_t *gvc = gvContext();
    Agraph_t *g = agmemread(dot.constData());
    if (g) {
        check.nodes = agnnodes(g);
        check.edges = agnedges(g);
        check.laidOut = gvLayout(gvc, g, "dot") == 0;
        if (check.laidOut) {
            // Rendering resolves HTML labels and ports completely.
            char *data = nullptr;
            unsigned int length = 0;
            if (gvRenderData(gvc, g, "svg", &data, &length) == 0)
                gvFreeRenderData(data);
            gvFreeLayout(gvc, g);
        }
        agclose(g);
    }
    gvFreeContext(gvc);
    agseterrf(nullptr);
    check.messages = g_graphvizMessages;
    return check;
}

QString goldenDir()
{
    return QStringLiteral(SCHEMALENS_TEST_DATA "/export");
}

QString example()
{
    return QStringLiteral(SCHEMALENS_TEST_DATA "/../../resources/examples/shop");
}

QString corpus(const QString &name)
{
    return schemalens::testcorpus::path(name);
}

// The graph the CLI would build for SOURCE (findings on, default options).
struct Built {
    load::LoadResult loaded;
    review::ReviewResult review;
    graph::ErGraph graph;
};

std::unique_ptr<Built> build(const QString &source)
{
    Result<load::LoadResult> loaded = load::loadSource(source);
    if (!loaded)
        return nullptr;
    auto built = std::make_unique<Built>();
    built->loaded = std::move(loaded).value();
    built->review = review::runReview(built->loaded);
    built->graph = graph::buildGraph(built->loaded.schema, &built->review);
    return built;
}

} // namespace

class TstExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void formatForPath_data();
    void formatForPath();
    void mermaidNames_data();
    void mermaidNames();
    void mermaidGolden_data();
    void mermaidGolden();
    void mermaidRelationships();
    void dotCarriesStyling();
    void dotReadsBack_data();
    void dotReadsBack();
    void svgInMemory();
    void pdfInMemory();
    void cliExports_data();
    void cliExports();
    void cliPngDpi();
    void cliSvgAndPdfSizes();
    void cliOptions();
    void cliDiagramOptions();
    void cliErrors();

private:
    static int runCli(const QStringList &arguments, QByteArray *err = nullptr);
};

int TstExport::runCli(const QStringList &arguments, QByteArray *err)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the CLI must pick offscreen itself
    env.remove(QStringLiteral("DISPLAY"));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(SCHEMALENS_CLI), QStringList{QStringLiteral("export")} + arguments);
    if (!cli.waitForFinished(300000))
        return -1;
    const QByteArray stderrText = cli.readAllStandardError();
    if (err)
        *err = stderrText;
    if (cli.exitCode() != 0)
        qWarning() << "export" << arguments << "exit" << cli.exitCode() << stderrText;
    return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
}

void TstExport::formatForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format");
    QTest::newRow("svg") << "a/b.svg" << int(render::ExportFormat::Svg);
    QTest::newRow("PNG") << "x.PNG" << int(render::ExportFormat::Png);
    QTest::newRow("pdf") << "x.pdf" << int(render::ExportFormat::Pdf);
    QTest::newRow("dot") << "x.dot" << int(render::ExportFormat::Dot);
    QTest::newRow("gv") << "x.gv" << int(render::ExportFormat::Dot);
    QTest::newRow("mmd") << "x.mmd" << int(render::ExportFormat::Mermaid);
    QTest::newRow("mermaid") << "x.mermaid" << int(render::ExportFormat::Mermaid);
    QTest::newRow("md") << "docs/schema.md" << int(render::ExportFormat::MermaidMarkdown);
    QTest::newRow("jpg") << "x.jpg" << -1;
    QTest::newRow("none") << "diagram" << -1;
}

void TstExport::formatForPath()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const std::optional<render::ExportFormat> f = render::formatForPath(path);
    QCOMPARE(f ? int(*f) : -1, format);
}

void TstExport::mermaidNames_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    QTest::newRow("plain") << "users"
                           << "users"
                           << "users";
    QTest::newRow("spaces") << "timestamp with time zone"
                            << "timestamp_with_time_zone"
                            << "timestamp_with_time_zone";
    QTest::newRow("parens") << "varchar(255)"
                            << "varchar_255"
                            << "varchar(255)";
    QTest::newRow("comma") << "numeric(10,2)"
                           << "numeric_10_2"
                           << "numeric(10_2)";
    QTest::newRow("array") << "text[]"
                           << "text"
                           << "text[]";
    QTest::newRow("leading digit") << "2fa_codes"
                                   << "_2fa_codes"
                                   << "_2fa_codes";
    QTest::newRow("quoted") << "\"Order Items\""
                            << "Order_Items"
                            << "Order_Items";
    QTest::newRow("unicode") << "größe"
                             << "gr_e"
                             << "gr_e";
    QTest::newRow("only symbols") << "$$"
                                  << "_"
                                  << "_";
}

void TstExport::mermaidNames()
{
    QFETCH(QString, input);
    QFETCH(QString, name);
    QFETCH(QString, type);
    QCOMPARE(graph::mermaidName(input), name);
    QCOMPARE(graph::mermaidType(input), type);
}

void TstExport::mermaidGolden_data()
{
    QTest::addColumn<QString>("golden");
    QTest::addColumn<QString>("source"); // empty: the hand-made sample graph
    QTest::newRow("sample") << "sample.mmd" << QString();
    QTest::newRow("shop") << "shop.mmd" << example();
    QTest::newRow("chinook-pg") << "chinook-pg.mmd" << corpus(QStringLiteral("chinook-pg"));
}

void TstExport::mermaidGolden()
{
    QFETCH(QString, golden);
    QFETCH(QString, source);
    QByteArray actual;
    if (source.isEmpty()) {
        graph::ErGraph g = rendertest::sampleGraph();
        // Names Mermaid rejects, and two tables that sanitize to the same entity.
        g.nodes[3].name = QStringLiteral("user profiles");
        g.nodes[3].rows[0].type = QStringLiteral("character varying(36)");
        graph::TableNode other = g.nodes[3];
        other.id = QStringLiteral("audit.user profiles");
        other.schema = QStringLiteral("audit");
        other.rows.clear();
        g.nodes << other;
        actual = graph::toMermaid(g);
    } else {
        SCHEMALENS_REQUIRE_CORPUS_PATH(source);
        const std::unique_ptr<Built> built = build(source);
        QVERIFY(built);
        actual = graph::toMermaid(built->graph);
    }
    const QString path = goldenDir() + QLatin1Char('/') + golden;
    if (qEnvironmentVariableIsSet("SCHEMALENS_REFRESH_GOLDEN")) {
        QDir().mkpath(goldenDir());
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual);
        QSKIP("golden refreshed");
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray expected = file.readAll();
    if (actual != expected)
        qWarning().noquote() << "actual:\n" << actual;
    QCOMPARE(actual, expected);
}

void TstExport::mermaidRelationships()
{
    const QString text = QString::fromUtf8(graph::toMermaid(rendertest::sampleGraph()));
    QVERIFY(text.startsWith(QStringLiteral("erDiagram\n")));
    // Parent on the left: optional FK "zero or one", required FK "exactly one"; many children
    // "o{", a unique (1:1) FK "o|"; soft references non-identifying "..".
    QVERIFY(text.contains(
        QStringLiteral("organisations |o--o{ users : \"organisation_id (on delete set null)\"")));
    QVERIFY(
        text.contains(QStringLiteral("users ||--o{ posts : \"author_id (on delete cascade)\"")));
    QVERIFY(text.contains(QStringLiteral("users |o..o{ posts : \"editor_id (soft)\"")));
    QVERIFY(text.contains(QStringLiteral("users ||--o| profiles : \"user_id\"")));
    QVERIFY(text.contains(QStringLiteral("uuid id PK\n")));
    QVERIFY(text.contains(QStringLiteral("character_varying(320) email UK\n")));
    QVERIFY(text.contains(QStringLiteral("uuid editor_id FK \"soft FK\"")));
    QVERIFY(text.contains(QStringLiteral("uuid user_id PK, FK")));
}

void TstExport::dotCarriesStyling()
{
    graph::DotOptions options;
    options.title = QStringLiteral("sample");
    const QString dot = QString::fromUtf8(graph::toDot(rendertest::sampleGraph(), options));
    const graph::DotPalette &p = options.palette;
    // HTML-like table labels with a row and ports per column.
    QVERIFY(dot.contains(QStringLiteral("\"public.users\" [id=\"public.users\"")));
    QVERIFY(dot.contains(QStringLiteral("<TD PORT=\"r2\"")));
    QVERIFY(dot.contains(QStringLiteral("PORT=\"r2e\"")));
    QVERIFY(dot.contains(QStringLiteral("character varying(320)")));
    // Edges from the FK row's east port to the key row's west port, crow's-foot arrows,
    // colour by policy, soft dashed in the soft colour, findings thicker.
    QVERIFY(
        dot.contains(QStringLiteral("\"public.posts\":\"r1e\":e -> \"public.users\":\"r0\":w")));
    QVERIFY(dot.contains(QStringLiteral("class=\"fk cascade finding-error\", color=\"%1\", "
                                        "arrowtail=crowodot, arrowhead=teetee, penwidth=2.6")
                             .arg(p.cascade)));
    QVERIFY(dot.contains(QStringLiteral("class=\"fk set-null\", color=\"%1\", arrowtail=crowodot, "
                                        "arrowhead=teeodot")
                             .arg(p.setNull)));
    QVERIFY(
        dot.contains(QStringLiteral("class=\"soft restrict\", color=\"%1\", arrowtail=crowodot, "
                                    "arrowhead=teeodot, style=dashed")
                         .arg(p.soft)));
    QVERIFY(dot.contains(QStringLiteral("arrowtail=teeodot, arrowhead=teetee"))); // 1:1 profile
    // The users table has a warning badge and a tinted email row; no findings: neither.
    QVERIFY(dot.contains(QStringLiteral("\u25CF1")));
    QVERIFY(dot.contains(p.warning + QStringLiteral("30")));
    options.findings = false;
    const QString plain = QString::fromUtf8(graph::toDot(rendertest::sampleGraph(), options));
    QVERIFY(!plain.contains(QStringLiteral("\u25CF")));
    QVERIFY(!plain.contains(QStringLiteral("finding-")));
    // Deterministic.
    QCOMPARE(graph::toDot(rendertest::sampleGraph(), options),
             graph::toDot(rendertest::sampleGraph(), options));
}

void TstExport::dotReadsBack_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("sample") << QString();
    QTest::newRow("shop") << example();
    QTest::newRow("chinook-pg") << corpus(QStringLiteral("chinook-pg"));
    QTest::newRow("pagila-pg") << corpus(QStringLiteral("pagila-pg"));
    QTest::newRow("memos-sqlite") << corpus(QStringLiteral("memos-sqlite"));
}

void TstExport::dotReadsBack()
{
    QFETCH(QString, source);
    graph::ErGraph g;
    std::unique_ptr<Built> built;
    if (source.isEmpty()) {
        g = rendertest::sampleGraph();
        // Characters that need escaping in DOT strings and HTML labels.
        g.nodes[0].name = QStringLiteral("a\"b<c>&d\\e");
        g.nodes[0].id = QStringLiteral("public.a\"b<c>&d\\e");
        g.nodes[0].rows[1].type = QStringLiteral("varchar(10) <x> & \"y\"");
    } else {
        SCHEMALENS_REQUIRE_CORPUS_PATH(source);
        built = build(source);
        QVERIFY(built);
        g = built->graph;
    }
    graph::DotOptions options;
    options.title = QStringLiteral("t");
    const QByteArray dot = graph::toDot(g, options);
    const DotCheck check = checkWithGraphviz(dot);
    QVERIFY2(check.messages.isEmpty(), qPrintable(check.messages));
    QCOMPARE(check.nodes, int(g.nodes.size()));
    QCOMPARE(check.edges, int(g.edges.size()));
    QVERIFY(check.laidOut);
}

void TstExport::svgInMemory()
{
    const graph::ErGraph g = rendertest::sampleGraph();
    render::ImageOptions options;
    options.diagram.title = QStringLiteral("sample");
    const graph::Layout layout = rendertest::straightLayout(g, render::measure(g, options.theme));
    const Result<QByteArray> svg = render::renderSvg(g, layout, options);
    QVERIFY(svg);
    QSvgRenderer renderer(svg.value());
    QVERIFY(renderer.isValid());
    const QRectF scene = render::diagramFrame(g, layout, options.theme, options.diagram).scene;
    QCOMPARE(renderer.viewBoxF(), scene);
}

void TstExport::pdfInMemory()
{
    const graph::ErGraph g = rendertest::sampleGraph();
    render::ImageOptions options;
    const graph::Layout layout = rendertest::straightLayout(g, render::measure(g, options.theme));
    const Result<QByteArray> pdf = render::renderPdf(g, layout, options);
    QVERIFY(pdf);
    QVERIFY(pdf->startsWith("%PDF-"));
    QVERIFY(pdf->trimmed().endsWith("%%EOF"));
    const QRectF scene = render::diagramFrame(g, layout, options.theme, options.diagram).scene;
    const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    const QRegularExpressionMatch m = box.match(QString::fromLatin1(pdf.value()));
    QVERIFY(m.hasMatch());
    QCOMPARE(m.captured(1).toDouble(), std::ceil(scene.width()));
    QCOMPARE(m.captured(2).toDouble(), std::ceil(scene.height()));
}

void TstExport::cliExports_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("shop") << example();
    QTest::newRow("chinook-pg") << corpus(QStringLiteral("chinook-pg"));
}

// Every format from one source; SVG text holds every table name.
void TstExport::cliExports()
{
    QFETCH(QString, source);
    SCHEMALENS_REQUIRE_CORPUS_PATH(source);
    const std::unique_ptr<Built> built = build(source);
    QVERIFY(built);
    QTemporaryDir dir;
    for (const char *ext : {"svg", "png", "pdf", "dot", "mmd"}) {
        const QString out = dir.filePath(QStringLiteral("d.") + QLatin1String(ext));
        QCOMPARE(runCli({source, QStringLiteral("-o"), out}), 0);
        QVERIFY2(QFileInfo(out).size() > 100, ext);
    }
    QFile svgFile(dir.filePath(QStringLiteral("d.svg")));
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&svgFile);
    QStringList texts;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    for (const graph::TableNode &node : built->graph.nodes)
        QVERIFY2(texts.contains(node.name), qPrintable(node.name));
    QVERIFY(QSvgRenderer(dir.filePath(QStringLiteral("d.svg"))).isValid());

    QFile dot(dir.filePath(QStringLiteral("d.dot")));
    QVERIFY(dot.open(QIODevice::ReadOnly));
    const DotCheck check = checkWithGraphviz(dot.readAll());
    QVERIFY2(check.messages.isEmpty(), qPrintable(check.messages));
    QCOMPARE(check.nodes, int(built->graph.nodes.size()));

    QFile mmd(dir.filePath(QStringLiteral("d.mmd")));
    QVERIFY(mmd.open(QIODevice::ReadOnly));
    QCOMPARE(mmd.readAll(), graph::toMermaid(built->graph));
}

void TstExport::cliPngDpi()
{
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("d.svg"));
    QCOMPARE(runCli({example(), QStringLiteral("-o"), svg}), 0);
    const QRectF scene = QSvgRenderer(svg).viewBoxF();
    QVERIFY(scene.width() > 100);
    for (int dpi : {72, 150, 192}) {
        const QString png = dir.filePath(QStringLiteral("d%1.png").arg(dpi));
        QCOMPARE(runCli({example(), QStringLiteral("-o"), png, QStringLiteral("--dpi"),
                         QString::number(dpi)}),
                 0);
        const QImage image(png);
        QCOMPARE(image.size(), render::pngPixelSize(scene.size(), dpi));
        QCOMPARE(qRound(image.dotsPerMeterX() * 0.0254), dpi);
    }
    // Default: 192 dpi.
    const QString png = dir.filePath(QStringLiteral("default.png"));
    QCOMPARE(runCli({example(), QStringLiteral("-o"), png}), 0);
    QCOMPARE(QImage(png).size(), render::pngPixelSize(scene.size(), 192));
}

void TstExport::cliSvgAndPdfSizes()
{
    QTemporaryDir dir;
    const QString svgPath = dir.filePath(QStringLiteral("d.svg"));
    const QString pdfPath = dir.filePath(QStringLiteral("d.pdf"));
    QCOMPARE(runCli({example(), QStringLiteral("-o"), svgPath}), 0);
    QCOMPARE(runCli({example(), QStringLiteral("-o"), pdfPath}), 0);
    QFile svg(svgPath);
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(svg.readAll());
    const QRectF scene = QSvgRenderer(svgPath).viewBoxF();
    // Physical size: one scene unit is one point (1/72 in).
    const QRegularExpression size(QStringLiteral("width=\"([0-9.]+)mm\" height=\"([0-9.]+)mm\""));
    const QRegularExpressionMatch m = size.match(text);
    QVERIFY(m.hasMatch());
    QVERIFY(std::abs(m.captured(1).toDouble() - std::ceil(scene.width()) * 25.4 / 72) < 0.1);
    QVERIFY(text.contains(QStringLiteral("font-family=\"DejaVu Sans\"")));

    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF-1."));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QVERIFY(bytes.contains("DejaVuSans")); // vector text with the font embedded
    const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    const QRegularExpressionMatch b = box.match(QString::fromLatin1(bytes));
    QVERIFY(b.hasMatch());
    QCOMPARE(b.captured(1).toDouble(), std::ceil(scene.width()));
    QCOMPARE(b.captured(2).toDouble(), std::ceil(scene.height()));
}

void TstExport::cliOptions()
{
    QTemporaryDir dir;
    // --focus/--depth: only the neighbourhood appears.
    const QString focus = dir.filePath(QStringLiteral("focus.mmd"));
    QCOMPARE(runCli({example(), QStringLiteral("-o"), focus, QStringLiteral("--focus"),
                     QStringLiteral("customers"), QStringLiteral("--depth"), QStringLiteral("1")}),
             0);
    QFile f(focus);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray mmd = f.readAll();
    QVERIFY(mmd.contains("customers {"));
    QVERIFY(mmd.contains("orders {"));
    QVERIFY(!mmd.contains("products {"));

    // Themes differ; --no-findings drops the badges and outlines.
    const QString light = dir.filePath(QStringLiteral("light.png"));
    const QString dark = dir.filePath(QStringLiteral("dark.png"));
    QCOMPARE(runCli({example(), QStringLiteral("-o"), light, QStringLiteral("--dpi"),
                     QStringLiteral("72")}),
             0);
    QCOMPARE(runCli({example(), QStringLiteral("-o"), dark, QStringLiteral("--dpi"),
                     QStringLiteral("72"), QStringLiteral("--theme"), QStringLiteral("dark")}),
             0);
    const QImage a(light);
    const QImage b(dark);
    QCOMPARE(a.size(), b.size());
    QCOMPARE(a.pixelColor(2, 2), render::Theme::light().background);
    QCOMPARE(b.pixelColor(2, 2), render::Theme::dark().background);

    const QString dot = dir.filePath(QStringLiteral("plain.dot"));
    QCOMPARE(runCli({example(), QStringLiteral("-o"), dot, QStringLiteral("--no-findings"),
                     QStringLiteral("--layout"), QStringLiteral("sfdp")}),
             0);
    QFile d(dot);
    QVERIFY(d.open(QIODevice::ReadOnly));
    QVERIFY(!d.readAll().contains("finding-"));

    const QString sfdp = dir.filePath(QStringLiteral("sfdp.svg"));
    QCOMPARE(runCli({example(), QStringLiteral("-o"), sfdp, QStringLiteral("--layout"),
                     QStringLiteral("sfdp")}),
             0);
    QVERIFY(QSvgRenderer(sfdp).isValid());
}

void TstExport::cliDiagramOptions()
{
    // A copy of the example, so that a layout file can be put beside it.
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("shop"));
    QVERIFY(QDir().mkpath(source));
    for (const QString &file : QDir(example()).entryList(QDir::Files))
        QVERIFY(QFile::copy(QDir(example()).filePath(file), QDir(source).filePath(file)));
    auto svgText = [&](const QStringList &options) {
        const QString out = dir.filePath(QStringLiteral("out.svg"));
        QFile::remove(out);
        if (runCli(QStringList{source, QStringLiteral("-o"), out} + options) != 0)
            return QByteArray();
        QFile f(out);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    auto sizeOf = [&](const QByteArray &svg) {
        QSvgRenderer renderer(svg);
        return renderer.viewBoxF().size();
    };
    // Column modes: names only, then keys (customer_id is an FK, created_at is no key).
    const QByteArray names = svgText({QStringLiteral("--columns"), QStringLiteral("none")});
    QVERIFY(names.contains(">orders<"));
    QVERIFY(!names.contains(">customer_id<"));
    const QByteArray keys = svgText({QStringLiteral("--columns"), QStringLiteral("keys")});
    QVERIFY(keys.contains(">customer_id<"));
    QVERIFY(!keys.contains(">created_at<"));
    const QByteArray all = svgText({});
    QVERIFY(all.contains(">created_at<"));

    // The shape: wide or tall as asked.
    const QSizeF wide = sizeOf(svgText(
        {QStringLiteral("--aspect"), QStringLiteral("3:1"), QStringLiteral("--no-legend")}));
    const QSizeF tall = sizeOf(svgText(
        {QStringLiteral("--aspect"), QStringLiteral("1:2"), QStringLiteral("--no-legend")}));
    QVERIFY2(wide.width() / wide.height() > 1.5 * tall.width() / tall.height(),
             qPrintable(QStringLiteral("%1x%2 vs %3x%4")
                            .arg(wide.width())
                            .arg(wide.height())
                            .arg(tall.width())
                            .arg(tall.height())));

    // Grouping: framed domains in the DOT output, or none.
    const QString dot = dir.filePath(QStringLiteral("out.dot"));
    QCOMPARE(runCli({source, QStringLiteral("-o"), dot, QStringLiteral("--group"),
                     QStringLiteral("community")}),
             0);
    QFile grouped(dot);
    QVERIFY(grouped.open(QIODevice::ReadOnly));
    QVERIFY(grouped.readAll().contains("cluster_"));
    QCOMPARE(runCli({source, QStringLiteral("-o"), dot, QStringLiteral("--group"),
                     QStringLiteral("none")}),
             0);
    QFile flat(dot);
    QVERIFY(flat.open(QIODevice::ReadOnly));
    QVERIFY(!flat.readAll().contains("cluster_"));

    // The saved arrangement is used unless --layout asks for a fresh layout.
    QFile layoutFile(QDir(source).filePath(QStringLiteral(".schemalens-layout.json")));
    QVERIFY(layoutFile.open(QIODevice::WriteOnly));
    layoutFile.write(R"({"modes": {"names": {"tables": {
        "public.customers": {"pinned": true, "x": 3000, "y": 0},
        "public.orders": {"x": 0, "y": 0}}}}, "version": 1})");
    layoutFile.close();
    const QSizeF saved = sizeOf(svgText(
        {QStringLiteral("--columns"), QStringLiteral("none"), QStringLiteral("--no-legend")}));
    const QSizeF fresh = sizeOf(
        svgText({QStringLiteral("--columns"), QStringLiteral("none"), QStringLiteral("--no-legend"),
                 QStringLiteral("--layout"), QStringLiteral("auto")}));
    QVERIFY2(saved.width() > 3000 && fresh.width() < 2000,
             qPrintable(QStringLiteral("%1 vs %2").arg(saved.width()).arg(fresh.width())));
    // Other modes have no arrangement: a fresh layout.
    QVERIFY(sizeOf(svgText({QStringLiteral("--no-legend")})).width() < 3000);

    QByteArray err;
    QCOMPARE(runCli({source, QStringLiteral("-o"), dot, QStringLiteral("--columns"),
                     QStringLiteral("some")},
                    &err),
             2);
    QVERIFY(err.contains("some"));
    QCOMPARE(runCli({source, QStringLiteral("-o"), dot, QStringLiteral("--aspect"),
                     QStringLiteral("wide")},
                    &err),
             2);
    QCOMPARE(runCli({source, QStringLiteral("-o"), dot, QStringLiteral("--group"),
                     QStringLiteral("colour")},
                    &err),
             2);
    QCOMPARE(runCli({source, QStringLiteral("-o"), dot, QStringLiteral("--view"),
                     QStringLiteral("Missing")},
                    &err),
             2);
    QVERIFY(err.contains("Missing"));
}

void TstExport::cliErrors()
{
    QTemporaryDir dir;
    QByteArray err;
    QCOMPARE(runCli({example(), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.jpg"))}, &err),
             2);
    QVERIFY(err.contains("unknown file extension"));
    QCOMPARE(runCli({dir.filePath(QStringLiteral("missing")), QStringLiteral("-o"),
                     dir.filePath(QStringLiteral("x.svg"))},
                    &err),
             2);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("x.svg"))));
    QCOMPARE(runCli({example()}, &err), 2);
    QVERIFY(err.contains("-o FILE"));
    QCOMPARE(runCli({example(), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.svg")),
                     QStringLiteral("--focus"), QStringLiteral("nope")},
                    &err),
             2);
    QVERIFY(err.contains("nope"));
    QCOMPARE(runCli({example(), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.svg")),
                     QStringLiteral("--layout"), QStringLiteral("circo")},
                    &err),
             2);
    QCOMPARE(runCli({example(), QStringLiteral("-o"), dir.filePath(QStringLiteral("x.svg")),
                     QStringLiteral("--theme"), QStringLiteral("sepia")},
                    &err),
             2);
}

QTEST_MAIN(TstExport)
#include "tst_export.moc"
