#include "app/cli/exportcommand.h"
#include "app/cli/atoption.h"
#include "app/cli/commandline.h"

#include "app/cli/schemacommand.h"
#include "core/graph/arrangement.h"
#include "core/graph/columnmode.h"
#include "core/graph/domains.h"
#include "core/graph/dotexport.h"
#include "core/graph/ergraph.h"
#include "core/graph/layout.h"
#include "core/graph/layoutfile.h"
#include "core/graph/mermaid.h"
#include "core/load/loader.h"
#include "core/render/exporter.h"
#include "core/render/measure.h"
#include "core/review/config.h"
#include "core/review/engine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QSaveFile>
#include <QTextStream>

namespace schemalens::cli {

namespace {

// Translated in the "cli" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// "shop" for a folder, "schema" for schema.sql, the path for a connection string.
QString titleFor(const QString &source)
{
    const QFileInfo info(source);
    if (!info.exists())
        return source;
    const QString name =
        info.isDir() ? QDir(info.absoluteFilePath()).dirName() : info.completeBaseName();
    return name.isEmpty() ? source : name;
}

QString subtitleFor(const graph::ErGraph &graph, const review::ReviewResult &review, bool findings)
{
    int fks = 0;
    int soft = 0;
    for (const graph::Edge &edge : graph.edges)
        (edge.soft ? soft : fks) += 1;
    // English plural forms by hand: without a loaded translation "%n" would stay plural.
    const auto count = [](qsizetype n, const char *one, const char *many) {
        return n == 1 ? Tr::tr(one) : Tr::tr(many).arg(n);
    };
    QString text = count(graph.nodes.size(), "1 table", "%1 tables") + QStringLiteral(" · ") +
                   count(fks, "1 foreign key", "%1 foreign keys");
    if (soft > 0)
        text += QStringLiteral(" · ") + count(soft, "1 soft reference", "%1 soft references");
    if (findings) {
        int counts[3] = {0, 0, 0};
        for (const review::Finding &f : review.findings)
            ++counts[int(f.severity)];
        text += QStringLiteral(" · ") + Tr::tr("findings:") + QLatin1Char(' ') +
                count(counts[0], "1 error", "%1 errors") + QStringLiteral(", ") +
                count(counts[1], "1 warning", "%1 warnings") + QStringLiteral(", ") +
                Tr::tr("%1 info").arg(counts[2]);
    }
    return text;
}

bool writeFile(const QString &path, const QByteArray &bytes, QTextStream &err)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << Tr::tr("export: cannot write %1: %2\n").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

int runExportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Export SOURCE's ER diagram as SVG, PNG, PDF, Graphviz DOT or Mermaid."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                 Tr::tr("Migration folder, schema file or sqlite:PATH."));
    const QCommandLineOption outputOption(
        {QStringLiteral("o"), QStringLiteral("output")},
        Tr::tr("The file to write; its extension picks the format: .svg, .png, .pdf, .dot/.gv, "
               ".mmd/.mermaid, .md (a mermaid block)."),
        QStringLiteral("FILE"));
    const QCommandLineOption layoutOption(
        QStringLiteral("layout"),
        Tr::tr("A fresh layout by ENGINE (auto, compact, dot, sfdp, neato or fdp) instead of the "
               "arrangement saved in .schemalens-layout.json."),
        QStringLiteral("ENGINE"), QStringLiteral("auto"));
    const QCommandLineOption columnsOption(
        QStringLiteral("columns"),
        Tr::tr("Columns shown in each table: all, keys (keys and columns with findings) or none "
               "(table names only)."),
        QStringLiteral("all|keys|none"), QStringLiteral("all"));
    const QCommandLineOption groupOption(
        QStringLiteral("group"),
        Tr::tr("Group tables into framed domains: by schema, prefix (of table names), community "
               "(tables tied by foreign keys) or none. Default: community above %1 tables, "
               "else schema.")
            .arg(graph::kDomainThreshold),
        QStringLiteral("schema|prefix|community|none"));
    const QCommandLineOption viewOption(
        QStringLiteral("view"), Tr::tr("Only the tables of the view NAME of the layout file."),
        QStringLiteral("NAME"));
    const QCommandLineOption aspectOption(
        QStringLiteral("aspect"), Tr::tr("Shape of a fresh layout, width:height (default 16:10)."),
        QStringLiteral("W:H"), QStringLiteral("16:10"));
    const QCommandLineOption focusOption(QStringLiteral("focus"),
                                         Tr::tr("Only TABLE and its neighbours (see --depth)."),
                                         QStringLiteral("TABLE"));
    const QCommandLineOption depthOption(QStringLiteral("depth"),
                                         Tr::tr("Hops around --focus (default 1)."),
                                         QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption schemaOption(
        QStringLiteral("schema"),
        Tr::tr("Only tables of this schema (repeatable, or a comma list)."),
        QStringLiteral("NAME"));
    const QCommandLineOption noFindingsOption(
        QStringLiteral("no-findings"), Tr::tr("Leave the review's findings off the diagram."));
    const QCommandLineOption noLegendOption(QStringLiteral("no-legend"),
                                            Tr::tr("Leave out the title and legend."));
    const QCommandLineOption noViewsOption(
        QStringLiteral("no-views"), Tr::tr("Leave views (and what they read) off the diagram."));
    const QCommandLineOption themeOption(QStringLiteral("theme"), Tr::tr("Colours: light or dark."),
                                         QStringLiteral("light|dark"), QStringLiteral("light"));
    const QCommandLineOption dpiOption(QStringLiteral("dpi"),
                                       Tr::tr("PNG resolution in dots per inch (default 192)."),
                                       QStringLiteral("N"), QStringLiteral("192"));
    const QCommandLineOption dialectOption(QStringLiteral("dialect"),
                                           Tr::tr("Force the SQL dialect: pg or sqlite."),
                                           QStringLiteral("pg|sqlite"));
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        Tr::tr("Review file (default: .schemalens.json in the source folder)."),
        QStringLiteral("FILE"));
    parser.addOptions({outputOption, layoutOption, columnsOption, groupOption, viewOption,
                       aspectOption, focusOption, depthOption, schemaOption, noFindingsOption,
                       noLegendOption, noViewsOption, themeOption, dpiOption, dialectOption,
                       configOption});
    const QCommandLineOption at = atOption();
    parser.addOption(at);

    QTextStream err(stderr);
    QString source;
    if (const auto exit =
            parseCommandLine(parser, arguments, QStringLiteral("export"), &source, err))
        return *exit;
    if (!parser.isSet(outputOption)) {
        err << Tr::tr("export: -o FILE is required (.svg, .png, .pdf, .dot, .mmd)\n");
        return ExitUsage;
    }
    const QString output = parser.value(outputOption);
    const std::optional<render::ExportFormat> format = render::formatForPath(output);
    if (!format) {
        err << Tr::tr("export: unknown file extension of %1 (use .svg, .png, .pdf, .dot, .gv, "
                      ".mmd, .mermaid or .md)\n")
                   .arg(output);
        return ExitUsage;
    }
    const std::optional<render::Theme> theme = render::Theme::byName(parser.value(themeOption));
    if (!theme) {
        err << Tr::tr("export: unknown theme '%1' (use light or dark)\n")
                   .arg(parser.value(themeOption));
        return ExitUsage;
    }
    const QString engine = parser.value(layoutOption).toLower();
    static const QStringList engines{QStringLiteral("auto"),  QStringLiteral("compact"),
                                     QStringLiteral("dot"),   QStringLiteral("sfdp"),
                                     QStringLiteral("neato"), QStringLiteral("fdp")};
    if (!engines.contains(engine)) {
        err << Tr::tr("export: unknown layout engine '%1' (use auto, compact, dot, sfdp, neato or "
                      "fdp)\n")
                   .arg(engine);
        return ExitUsage;
    }
    const std::optional<graph::ColumnMode> columns =
        graph::columnModeFromName(parser.value(columnsOption));
    if (!columns) {
        err << Tr::tr("export: unknown --columns '%1' (use all, keys or none)\n")
                   .arg(parser.value(columnsOption));
        return ExitUsage;
    }
    std::optional<graph::Grouping> grouping;
    if (parser.isSet(groupOption)) {
        grouping = graph::groupingFromName(parser.value(groupOption));
        if (!grouping) {
            err << Tr::tr("export: unknown --group '%1' (use schema, prefix, community or none)\n")
                       .arg(parser.value(groupOption));
            return ExitUsage;
        }
    }
    double aspect = 0;
    {
        const QStringList parts = parser.value(aspectOption).split(QLatin1Char(':'));
        bool wOk = false, hOk = false;
        const double w = parts.value(0).toDouble(&wOk);
        const double h = parts.size() == 2 ? parts.value(1).toDouble(&hOk) : 0;
        if (!wOk || !hOk || w <= 0 || h <= 0 || w / h < 0.1 || w / h > 10) {
            err << Tr::tr("export: --aspect needs WIDTH:HEIGHT, e.g. 16:10 (between 1:10 and "
                          "10:1)\n");
            return ExitUsage;
        }
        aspect = w / h;
    }
    bool numberOk = false;
    const int depth = parser.value(depthOption).toInt(&numberOk);
    if (!numberOk || depth < 0) {
        err << Tr::tr("export: --depth needs a number of hops (0 or more)\n");
        return ExitUsage;
    }
    const double dpi = parser.value(dpiOption).toDouble(&numberOk);
    if (!numberOk || dpi < 18 || dpi > 2400) {
        err << Tr::tr("export: --dpi needs a number between 18 and 2400\n");
        return ExitUsage;
    }

    load::LoadOptions loadOptions;
    if (parser.isSet(dialectOption) &&
        !parseDialect(parser.value(dialectOption), QStringLiteral("export"),
                      &loadOptions.discovery.dialect, err))
        return ExitUsage;
    applyAtOption(parser, at, loadOptions);
    const Result<load::LoadResult> loaded = load::loadSource(source, loadOptions);
    if (!loaded) {
        err << "schemalens-cli: " << loaded.error().toString() << '\n';
        return ExitUsage;
    }

    // The review supplies soft references (dashed edges) as well as the findings, so it
    // runs even with --no-findings.
    review::ReviewOptions reviewOptions;
    const QString configPath =
        parser.isSet(configOption) ? parser.value(configOption) : review::findConfigFor(source);
    if (!configPath.isEmpty()) {
        const Result<review::ParsedConfig> config = review::loadConfigFile(configPath);
        if (!config) {
            err << Tr::tr("schemalens-cli: invalid review file %1: %2\n")
                       .arg(configPath, config.error().toString());
            return ExitUsage;
        }
        for (const review::ConfigProblem &p : config->problems)
            err << Tr::tr("schemalens-cli: warning: %1: %2: %3\n")
                       .arg(configPath, p.path, p.message);
        reviewOptions.config = config->config;
    }
    const review::ReviewResult reviewed = review::runReview(loaded.value(), reviewOptions);

    const bool findings = !parser.isSet(noFindingsOption);
    graph::GraphOptions graphOptions;
    graphOptions.findings = findings;
    graphOptions.includeViews = !parser.isSet(noViewsOption);
    graphOptions.focus = parser.value(focusOption);
    graphOptions.depth = depth;
    for (const QString &value : parser.values(schemaOption))
        graphOptions.schemas += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    graph::ErGraph graph = graph::buildGraph(loaded->schema, &reviewed, graphOptions);
    if (!graph.focusFound) {
        err << Tr::tr("export: no table named '%1'\n").arg(graphOptions.focus);
        return ExitUsage;
    }

    // The layout file: hand arrangements and views (next to the source, or in the data
    // folder for a database connection).
    const QString layoutPath = graph::layoutFilePath(source, graph::layoutDataDirectory());
    graph::LayoutFile layoutFile;
    if (!layoutPath.isEmpty()) {
        const Result<graph::ParsedLayoutFile> parsed = graph::readLayoutFile(layoutPath);
        if (!parsed) {
            err << Tr::tr("schemalens-cli: warning: %1\n").arg(parsed.error().toString());
        } else {
            layoutFile = parsed->file;
            for (const graph::LayoutFileProblem &p : parsed->problems)
                err << Tr::tr("schemalens-cli: warning: %1: %2: %3\n")
                           .arg(layoutPath, p.path, p.message);
        }
    }
    const QString view = parser.value(viewOption);
    if (parser.isSet(viewOption)) {
        if (!layoutFile.views.contains(view)) {
            QStringList names = layoutFile.views.keys();
            err << (names.isEmpty()
                        ? Tr::tr("export: no view named '%1' (the layout file has none)\n")
                              .arg(view)
                        : Tr::tr("export: no view named '%1' (views: %2)\n")
                              .arg(view, names.join(QStringLiteral(", "))));
            return ExitUsage;
        }
        graph = graph::viewGraph(graph, layoutFile.views.value(view).tables);
    }
    if (grouping)
        graph::assignDomains(graph, *grouping);
    else if (!parser.isSet(viewOption))
        graph::assignDomains(graph, graph::defaultGrouping(graph));
    graph = graph::projectColumns(graph, *columns);
    if (graph.nodes.isEmpty())
        err << Tr::tr("export: warning: the diagram has no tables\n");

    switch (*format) {
    case render::ExportFormat::Dot: {
        graph::DotOptions dot;
        dot.palette = render::dotPalette(*theme);
        dot.findings = findings;
        dot.title = parser.isSet(noLegendOption) ? QString() : titleFor(source);
        return writeFile(output, graph::toDot(graph, dot), err) ? ExitOk : ExitUsage;
    }
    case render::ExportFormat::Mermaid:
        return writeFile(output, graph::toMermaid(graph), err) ? ExitOk : ExitUsage;
    case render::ExportFormat::MermaidMarkdown:
        return writeFile(output, "```mermaid\n" + graph::toMermaid(graph) + "```\n", err)
                   ? ExitOk
                   : ExitUsage;
    case render::ExportFormat::Svg:
    case render::ExportFormat::Png:
    case render::ExportFormat::Pdf:
        break;
    }

    graph::LayoutRequest request;
    request.graph = graph;
    request.geometry = render::measure(graph, *theme, findings);
    request.options.engine = engine;
    request.options.aspect = aspect;
    Result<graph::Layout> layout = graph::computeLayout(request);
    if (!layout) {
        err << Tr::tr("export: layout failed: %1\n").arg(layout.error().toString());
        return ExitUsage;
    }
    // The saved arrangement, unless --layout asks for a fresh one.
    const graph::Arrangement arrangement = layoutFile.arrangement(*columns, view);
    if (!parser.isSet(layoutOption) && !arrangement.isEmpty()) {
        const graph::Placement placement =
            graph::applyArrangement(graph, request.geometry, arrangement, &layout.value());
        if (placement.fromArrangement) {
            graph::Layout arranged = graph::layoutFor(graph, request.geometry, placement.nodes);
            arranged.engine = QStringLiteral("arranged");
            layout = arranged;
        }
    }

    render::ImageOptions image;
    image.theme = *theme;
    image.dpi = dpi;
    image.diagram.findings = findings;
    image.diagram.legend = !parser.isSet(noLegendOption);
    image.diagram.title = titleFor(source);
    image.diagram.subtitle = subtitleFor(graph, reviewed, findings);
    Result<QByteArray> bytes = Error{};
    if (*format == render::ExportFormat::Svg) {
        bytes = render::renderSvg(graph, layout.value(), image);
    } else if (*format == render::ExportFormat::Pdf) {
        bytes = render::renderPdf(graph, layout.value(), image);
    } else {
        const QSizeF scene =
            render::diagramFrame(graph, layout.value(), image.theme, image.diagram).scene.size();
        const double used = render::effectiveDpi(scene, image);
        if (used < dpi)
            err << Tr::tr(
                       "export: note: the diagram is large; PNG rendered at %1 dpi instead of %2 "
                       "(SVG and PDF keep full detail)\n")
                       .arg(qRound(used))
                       .arg(qRound(dpi));
        bytes = render::renderPng(graph, layout.value(), image);
    }
    if (!bytes) {
        err << Tr::tr("export: %1\n").arg(bytes.error().toString());
        return ExitUsage;
    }
    return writeFile(output, bytes.value(), err) ? ExitOk : ExitUsage;
}

int runExportMain(int argc, char *argv[])
{
    // Painting needs QtGui's font database but never a display: default to the offscreen
    // platform so that export runs in CI and over ssh (PLATFORM.md §4).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("schemalens-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCHEMALENS_VERSION));
    QStringList args = QCoreApplication::arguments();
    args.removeAt(1); // "export"
    return runExportCommand(args);
}

} // namespace schemalens::cli
