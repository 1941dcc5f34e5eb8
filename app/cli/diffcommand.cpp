#include "app/cli/diffcommand.h"

#include "app/cli/commandline.h"
#include "app/cli/liveoptions.h"
#include "app/cli/schemacommand.h"

#include "core/diff/diffreport.h"
#include "core/diff/historydiff.h"
#include "core/load/live/connstring.h"
#include "core/load/loader.h"
#include "core/load/migrationpoint.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace schemalens::cli {

namespace {

// Translated in the "cli" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

struct SourcePoint {
    QString source;
    QString at; // empty: all migrations
};

// SOURCE@MIGRATION, when SOURCE exists and the whole text does not. A connection string
// keeps its '@' (user@host).
SourcePoint splitSourcePoint(const QString &text)
{
    if (load::live::isConnectionString(text) || QFileInfo::exists(text))
        return {text, {}};
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return {text, {}};
    const QString source = text.left(at);
    const QString bareSource = source.startsWith(QLatin1String("sqlite:")) ? source.mid(7) : source;
    if (!QFileInfo::exists(bareSource))
        return {text, {}};
    return {source, text.mid(at + 1)};
}

QString label(const SourcePoint &point)
{
    const QString source = load::live::isConnectionString(point.source)
                               ? load::live::redactConnectionString(point.source)
                               : point.source;
    return point.at.isEmpty() ? source : source + QLatin1Char('@') + point.at;
}

} // namespace

int runDiffCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Compare two schemas: two sources (folders, files, SQLite databases, live "
               "connections), or two points of one migration history. Exit code 0 when they "
               "are equal, 1 when they differ, 2 on error."));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("OLD"),
        Tr::tr("The old schema: a source, or SOURCE@MIGRATION (a version, a file or folder "
               "name, or #N)."));
    parser.addPositionalArgument(QStringLiteral("NEW"),
                                 Tr::tr("The new schema, named the same way; omitted with "
                                        "--from/--to."),
                                 QStringLiteral("[NEW]"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        Tr::tr("Within one history: the schema after MIGRATION."),
                                        QStringLiteral("MIGRATION"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        Tr::tr("Within one history: compared with the schema after MIGRATION (default: the "
               "last one)."),
        QStringLiteral("MIGRATION"));
    const QCommandLineOption oldAtOption(QStringLiteral("old-at"),
                                         Tr::tr("OLD as it was after MIGRATION."),
                                         QStringLiteral("MIGRATION"));
    const QCommandLineOption newAtOption(QStringLiteral("new-at"),
                                         Tr::tr("NEW as it was after MIGRATION."),
                                         QStringLiteral("MIGRATION"));
    const QCommandLineOption formatOption(
        QStringLiteral("format"), Tr::tr("Output format: text (default), json or markdown."),
        QStringLiteral("text|json|markdown"), QStringLiteral("text"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          Tr::tr("Write to FILE instead of standard output."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption dialectOption(QStringLiteral("dialect"),
                                           Tr::tr("Force the SQL dialect: pg or sqlite."),
                                           QStringLiteral("pg|sqlite"));
    parser.addOptions({fromOption, toOption, oldAtOption, newAtOption, formatOption, outputOption,
                       dialectOption});
    const LiveOptions live = addLiveOptions(parser, false);

    QTextStream err(stderr);
    // One or two positional arguments: parseCommandLine() takes exactly one.
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json") &&
        format != QLatin1String("markdown")) {
        err << Tr::tr("diff: unknown format '%1' (use text, json or markdown)\n").arg(format);
        return ExitUsage;
    }
    const bool withinHistory = parser.isSet(fromOption) || parser.isSet(toOption);
    if (withinHistory ? positional.size() != 1 : positional.size() != 2) {
        err << (withinHistory ? Tr::tr("diff: --from/--to take exactly one SOURCE\n")
                              : Tr::tr("diff: expected OLD and NEW (or SOURCE --from M --to M)\n"));
        return ExitUsage;
    }
    if (withinHistory && (parser.isSet(oldAtOption) || parser.isSet(newAtOption))) {
        err << Tr::tr("diff: --old-at/--new-at compare two sources; use --from/--to within one\n");
        return ExitUsage;
    }

    load::LoadOptions options;
    if (parser.isSet(dialectOption) &&
        !parseDialect(parser.value(dialectOption), QStringLiteral("diff"),
                      &options.discovery.dialect, err))
        return ExitUsage;
    applyLiveLoadOptions(parser, live, options);

    const auto loadPoint = [&](const SourcePoint &point,
                               bool snapshots) -> std::optional<load::LoadResult> {
        load::LoadOptions pointOptions = options;
        pointOptions.at = point.at;
        pointOptions.snapshots = snapshots;
        Result<load::LoadResult> loaded = load::loadSource(point.source, pointOptions);
        if (!loaded) {
            err << "schemalens-cli: " << label(point) << ": " << loaded.error().toString() << '\n';
            return std::nullopt;
        }
        return std::move(loaded).value();
    };

    diff::SchemaDiff result;
    diff::DiffLabels labels;
    if (withinHistory) {
        const SourcePoint source{positional.at(0), {}};
        // One load with a snapshot per migration serves both points.
        const std::optional<load::LoadResult> loaded = loadPoint(source, true);
        if (!loaded)
            return ExitUsage;
        const auto units = int(loaded->source.units.size());
        const auto resolve = [&](const QCommandLineOption &option, int fallback) -> int {
            if (!parser.isSet(option))
                return fallback;
            const Result<int> point =
                load::resolveMigrationPoint(loaded->source, parser.value(option));
            if (!point) {
                err << "schemalens-cli: " << point.error().toString() << '\n';
                return -1;
            }
            return point.value();
        };
        const int from = resolve(fromOption, 0);
        const int to = resolve(toOption, units);
        if (from < 0 || to < 0)
            return ExitUsage;
        result = diff::diffPoints(*loaded, from, to);
        labels.oldLabel = label({source.source, parser.isSet(fromOption) ? parser.value(fromOption)
                                                                         : QStringLiteral("#0")});
        labels.newLabel =
            label({source.source, parser.isSet(toOption) ? parser.value(toOption) : QString()});
    } else {
        SourcePoint oldPoint = splitSourcePoint(positional.at(0));
        SourcePoint newPoint = splitSourcePoint(positional.at(1));
        if (parser.isSet(oldAtOption))
            oldPoint.at = parser.value(oldAtOption);
        if (parser.isSet(newAtOption))
            newPoint.at = parser.value(newAtOption);
        const std::optional<load::LoadResult> oldLoaded = loadPoint(oldPoint, false);
        if (!oldLoaded)
            return ExitUsage;
        const std::optional<load::LoadResult> newLoaded = loadPoint(newPoint, false);
        if (!newLoaded)
            return ExitUsage;
        result = diff::diffSources(*oldLoaded, *newLoaded);
        labels = {label(oldPoint), label(newPoint)};
    }

    QFile output;
    if (!openOutput(output, parser.value(outputOption), QStringLiteral("diff"), err))
        return ExitUsage;
    if (format == QLatin1String("json"))
        output.write(diff::diffToJson(result, labels));
    else if (format == QLatin1String("markdown"))
        output.write(diff::diffToMarkdown(result, labels).toUtf8());
    else
        output.write(diff::diffToText(result, labels).toUtf8());
    output.flush();
    return result.isEmpty() ? ExitOk : ExitFindings;
}

} // namespace schemalens::cli
