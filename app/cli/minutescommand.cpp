#include "app/cli/minutescommand.h"
#include "app/cli/commandline.h"

#include "app/cli/liveoptions.h"
#include "app/cli/schemacommand.h"
#include "core/graph/ergraph.h"
#include "core/load/loader.h"
#include "core/render/area.h"
#include "core/report/minutes.h"
#include "core/review/config.h"
#include "core/review/decision.h"
#include "core/review/engine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

namespace schemalens::cli {

namespace {

// Translated in the "cli" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// The review file's path as the minutes show it: relative to the source folder.
QString relativeTo(const load::MigrationPlan &plan, const QString &path)
{
    if (path.isEmpty() || plan.rootPath.contains(QLatin1String("://")))
        return {};
    const QFileInfo root(plan.rootPath);
    const QDir base = plan.isFolder ? QDir(root.absoluteFilePath()) : root.absoluteDir();
    const QString relative = base.relativeFilePath(QFileInfo(path).absoluteFilePath());
    return relative.startsWith(QLatin1String("..")) ? QFileInfo(path).fileName() : relative;
}

} // namespace

int runMinutesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Write the minutes of a design review: the decisions, notes and open questions "
               "kept in SOURCE's review file, with the findings they are about."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                 Tr::tr("Migration folder, schema file or sqlite:PATH."));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), Tr::tr("Output format: markdown (default) or html."),
        QStringLiteral("markdown|html"), QStringLiteral("markdown"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          Tr::tr("Write to FILE instead of standard output."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        Tr::tr("The meeting's date (default: today)."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        Tr::tr("Review file to use instead of .schemalens.json in the source folder."),
        QStringLiteral("FILE"));
    const QCommandLineOption dialectOption(QStringLiteral("dialect"),
                                           Tr::tr("Force the SQL dialect: pg or sqlite."),
                                           QStringLiteral("pg|sqlite"));
    const QCommandLineOption themeOption(QStringLiteral("theme"),
                                         Tr::tr("Colours of the HTML's pictures: light or dark."),
                                         QStringLiteral("light|dark"), QStringLiteral("light"));
    parser.addOptions(
        {formatOption, outputOption, dateOption, configOption, dialectOption, themeOption});
    const LiveOptions live = addLiveOptions(parser, false);

    QTextStream err(stderr);
    QString source;
    if (const auto exit =
            parseCommandLine(parser, arguments, QStringLiteral("minutes"), &source, err))
        return *exit;
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("markdown") && format != QLatin1String("html")) {
        err << Tr::tr("minutes: unknown format '%1' (use markdown or html)\n").arg(format);
        return ExitUsage;
    }
    QString date = QDate::currentDate().toString(Qt::ISODate);
    if (parser.isSet(dateOption)) {
        date = parser.value(dateOption);
        if (!review::isIsoDate(date)) {
            err << Tr::tr("minutes: --date needs a day as YYYY-MM-DD\n");
            return ExitUsage;
        }
    }
    const std::optional<render::Theme> theme = render::Theme::byName(parser.value(themeOption));
    if (!theme) {
        err << Tr::tr("minutes: unknown theme '%1' (use light or dark)\n")
                   .arg(parser.value(themeOption));
        return ExitUsage;
    }
    load::LoadOptions loadOptions;
    if (parser.isSet(dialectOption) &&
        !parseDialect(parser.value(dialectOption), QStringLiteral("minutes"),
                      &loadOptions.discovery.dialect, err))
        return ExitUsage;

    const QString configPath =
        parser.isSet(configOption) ? parser.value(configOption) : review::findConfigFor(source);
    review::ReviewOptions reviewOptions;
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
    } else {
        err << Tr::tr("minutes: note: %1 has no review file yet, so nothing was decided\n")
                   .arg(source);
    }

    applyLiveLoadOptions(parser, live, loadOptions);
    const Result<load::LoadResult> loaded = load::loadSource(source, loadOptions);
    if (!loaded) {
        err << "schemalens-cli: " << loaded.error().toString() << '\n';
        return ExitUsage;
    }
    if (!applyLiveReviewOptions(parser, live, source, loaded.value(), reviewOptions, err))
        return ExitUsage;
    const review::ReviewResult reviewed = review::runReview(loaded.value(), reviewOptions);

    report::MinutesInput input;
    input.report.loaded = &loaded.value();
    input.report.result = &reviewed;
    input.report.toolVersion = QCoreApplication::applicationVersion();
    input.report.configPath = relativeTo(loaded->source, configPath);
    input.decisions = reviewOptions.config.decisions;
    input.notes = reviewOptions.config.notes;
    input.date = date;
    input.revision = report::sourceRevision(loaded->source);

    QString text;
    if (format == QLatin1String("html")) {
        const graph::ErGraph whole = graph::buildGraph(loaded->schema, &reviewed);
        QStringList problems;
        input.areaSvgs = render::minutesPictures(input, whole, *theme, &problems);
        for (const QString &problem : std::as_const(problems))
            err << Tr::tr("minutes: warning: %1\n").arg(problem);
        text = report::minutesToHtml(input);
    } else {
        text = report::minutesToMarkdown(input);
    }

    QFile output;
    if (!openOutput(output, parser.value(outputOption), QStringLiteral("minutes"), err))
        return ExitUsage;
    const QByteArray bytes = text.toUtf8();
    if (output.write(bytes) != bytes.size()) {
        err << Tr::tr("minutes: cannot write %1: %2\n")
                   .arg(output.fileName(), output.errorString());
        return ExitUsage;
    }
    return ExitOk;
}

int runMinutesMain(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("schemalens-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCHEMALENS_VERSION));
    QStringList args = QCoreApplication::arguments();
    args.removeAt(1); // "minutes"
    return runMinutesCommand(args);
}

} // namespace schemalens::cli
