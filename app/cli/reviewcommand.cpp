#include "app/cli/reviewcommand.h"
#include "app/cli/atoption.h"
#include "app/cli/commandline.h"

#include "app/cli/liveoptions.h"
#include "app/cli/schemacommand.h"
#include "core/load/loader.h"
#include "core/report/modeljson.h"
#include "core/report/reviewhtml.h"
#include "core/report/reviewjson.h"
#include "core/report/reviewmarkdown.h"
#include "core/report/reviewsarif.h"
#include "core/report/reviewtext.h"
#include "core/review/config.h"
#include "core/review/decisions.h"
#include "core/review/engine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace schemalens::cli {

namespace {

// Translated in the "cli" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// Where `schemalens-cli` lives; SARIF viewers link rules' help here.
const QLatin1String homepage("https://github.com/schemalens/schemalens");

// A progress line redrawn in place on an interactive stderr; nothing at all otherwise, so
// CI logs and redirected output stay clean.
class Progress {
public:
    Progress()
        : m_enabled(isatty(fileno(stderr)) != 0)
    {}
    ~Progress() { clear(); }

    std::function<bool(int, int)> callback(const QString &label)
    {
        if (!m_enabled)
            return {};
        return [this, label](int done, int total) {
            std::fprintf(stderr, "\r\x1b[K%s %d/%d", qPrintable(label), done, total);
            std::fflush(stderr);
            m_dirty = true;
            return true;
        };
    }
    void clear()
    {
        if (m_dirty) {
            std::fputs("\r\x1b[K", stderr);
            std::fflush(stderr);
            m_dirty = false;
        }
    }

private:
    bool m_enabled;
    bool m_dirty = false;
};

// NO_COLOR (https://no-color.org): present and not empty disables colour.
bool wantColour(bool toFile)
{
    if (toFile || !isatty(fileno(stdout)))
        return false;
    if (!qEnvironmentVariable("NO_COLOR").isEmpty())
        return false;
    return qEnvironmentVariable("TERM") != QLatin1String("dumb");
}

struct ConfigChoice {
    review::ReviewConfig config;
    QList<review::ConfigProblem> problems;
    QString path; // absolute; empty when none applies
    bool failed = false;
};

ConfigChoice chooseConfig(const QString &explicitPath, const QString &source, QTextStream &err)
{
    ConfigChoice choice;
    choice.path = explicitPath.isEmpty() ? review::findConfigFor(source) : explicitPath;
    if (choice.path.isEmpty())
        return choice;
    Result<review::ParsedConfig> parsed = review::loadConfigFile(choice.path);
    if (!parsed) {
        err << Tr::tr("schemalens-cli: invalid review file %1: %2\n")
                   .arg(choice.path, parsed.error().toString());
        choice.failed = true;
        return choice;
    }
    choice.config = parsed->config;
    choice.problems = parsed->problems;
    for (const review::ConfigProblem &p : std::as_const(choice.problems))
        err << Tr::tr("schemalens-cli: warning: %1: %2: %3\n").arg(choice.path, p.path, p.message);
    choice.path = QFileInfo(choice.path).absoluteFilePath();
    return choice;
}

// The review file's path as the report shows it: relative to the source folder.
QString relativeConfigPath(const load::MigrationPlan &plan, const QString &absolute)
{
    if (absolute.isEmpty())
        return {};
    const QFileInfo root(plan.rootPath);
    const QDir base = plan.isFolder ? QDir(root.absoluteFilePath()) : root.absoluteDir();
    return base.relativeFilePath(absolute);
}

// review --new-only: drops findings that have a decision other than open, and counts the
// rest, so that the summary matches what is listed.
void keepNewFindings(review::ReviewResult &result)
{
    review::Findings kept;
    for (review::Finding &f : result.findings) {
        if (review::isNewFinding(f))
            kept.append(std::move(f));
    }
    result.findings = std::move(kept);
    review::Summary &s = result.summary;
    s.errors = s.warnings = s.infos = 0;
    for (const review::Finding &f : std::as_const(result.findings))
        ++(f.severity == review::Severity::Error     ? s.errors
           : f.severity == review::Severity::Warning ? s.warnings
                                                     : s.infos);
}

} // namespace

int runReviewCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Review a schema source and report findings, strengths and a summary.\n"
               "Exit codes: 0 reviewed (findings do not fail the run unless --fail-on is given), "
               "1 a finding at or above --fail-on, 2 usage error, unreadable source or invalid "
               "review file."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                 Tr::tr("Migration folder, schema file or sqlite:PATH."));
    const QCommandLineOption formatOption(
        QStringLiteral("format"),
        Tr::tr("Output format: text (default), json, sarif, markdown, html."),
        QStringLiteral("text|json|sarif|markdown|html"), QStringLiteral("text"));
    const QCommandLineOption failOnOption(
        QStringLiteral("fail-on"),
        Tr::tr("Exit with 1 when a finding of this severity or worse remains (default: never)."),
        QStringLiteral("error|warning|info"));
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        Tr::tr("Review file to use instead of .schemalens.json in the source folder."),
        QStringLiteral("FILE"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          Tr::tr("Write to FILE instead of standard output."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption dialectOption(QStringLiteral("dialect"),
                                           Tr::tr("Force the SQL dialect: pg or sqlite."),
                                           QStringLiteral("pg|sqlite"));
    const QCommandLineOption newOnlyOption(
        QStringLiteral("new-only"),
        Tr::tr("Report only findings with no decision other than open in the review file "
               "(the CI baseline)."));
    parser.addOptions(
        {formatOption, failOnOption, configOption, outputOption, dialectOption, newOnlyOption});
    const QCommandLineOption at = atOption();
    parser.addOption(at);
    const QCommandLineOption minConfidenceOption(
        QStringLiteral("min-confidence"),
        Tr::tr("Leave out findings of lower confidence: high, medium or low (default: low, "
               "everything)."),
        QStringLiteral("high|medium|low"));
    const QCommandLineOption targetDialectOption(
        QStringLiteral("target-dialect"),
        Tr::tr("The dialect the schema will move to (pg): a SQLite schema then also gets the "
               "findings of a port to PostgreSQL. Overrides the review file's targetDialect."),
        QStringLiteral("pg"));
    parser.addOptions({minConfidenceOption, targetDialectOption});
    const QCommandLineOption pgVersionOption(
        QStringLiteral("pg-version"),
        Tr::tr("PostgreSQL major version the migrations will run on (default: the review "
               "file's \"postgresVersion\", else 15)."),
        QStringLiteral("N"));
    parser.addOption(pgVersionOption);
    const LiveOptions live = addLiveOptions(parser, true); // --schema, --data-checks

    QTextStream err(stderr);
    QString source;
    if (const auto exit =
            parseCommandLine(parser, arguments, QStringLiteral("review"), &source, err))
        return *exit;

    const QString format = parser.value(formatOption);
    static const QStringList formats = {QStringLiteral("text"), QStringLiteral("json"),
                                        QStringLiteral("sarif"), QStringLiteral("markdown"),
                                        QStringLiteral("html")};
    if (!formats.contains(format)) {
        err << Tr::tr("review: unknown format '%1' (use text, json, sarif, markdown or html)\n")
                   .arg(format);
        return ExitUsage;
    }
    std::optional<review::Severity> failOn;
    if (parser.isSet(failOnOption)) {
        failOn = review::severityFromName(parser.value(failOnOption));
        if (!failOn) {
            err << Tr::tr(
                       "review: unknown severity '%1' for --fail-on (use error, warning or info)\n")
                       .arg(parser.value(failOnOption));
            return ExitUsage;
        }
    }
    std::optional<review::Confidence> minConfidence;
    if (parser.isSet(minConfidenceOption)) {
        minConfidence = review::confidenceFromName(parser.value(minConfidenceOption));
        if (!minConfidence) {
            err << Tr::tr("review: unknown confidence '%1' for --min-confidence (use high, "
                          "medium or low)\n")
                       .arg(parser.value(minConfidenceOption));
            return ExitUsage;
        }
    }
    std::optional<load::Dialect> targetDialect;
    if (parser.isSet(targetDialectOption)) {
        load::Dialect dialect = load::Dialect::Unknown;
        if (!parseDialect(parser.value(targetDialectOption), QStringLiteral("review"), &dialect,
                          err))
            return ExitUsage;
        targetDialect = dialect;
    }
    load::LoadOptions loadOptions;
    if (parser.isSet(dialectOption) &&
        !parseDialect(parser.value(dialectOption), QStringLiteral("review"),
                      &loadOptions.discovery.dialect, err))
        return ExitUsage;

    ConfigChoice config = chooseConfig(parser.value(configOption), source, err);
    if (config.failed)
        return ExitUsage;
    if (parser.isSet(pgVersionOption)) {
        bool ok = false;
        const int version = parser.value(pgVersionOption).toInt(&ok);
        if (!ok || version < 9 || version >= 100) {
            err << Tr::tr("review: --pg-version expects a PostgreSQL major version, e.g. 15\n");
            return ExitUsage;
        }
        config.config.postgresVersion = version;
    }
    loadOptions.migrationsInTransaction = config.config.migrationsInTransaction;

    Progress progress;
    loadOptions.progress = progress.callback(Tr::tr("loading"));
    applyLiveLoadOptions(parser, live, loadOptions);
    applyAtOption(parser, at, loadOptions);
    Result<load::LoadResult> loaded = load::loadSource(source, loadOptions);
    progress.clear();
    if (!loaded) {
        err << "schemalens-cli: " << loaded.error().toString() << '\n';
        return ExitUsage;
    }
    review::ReviewOptions reviewOptions;
    reviewOptions.config = config.config;
    if (targetDialect)
        reviewOptions.config.targetDialect = *targetDialect;
    if (minConfidence)
        reviewOptions.minConfidence = *minConfidence;
    reviewOptions.progress = progress.callback(Tr::tr("reviewing"));
    if (!applyLiveReviewOptions(parser, live, source, loaded.value(), reviewOptions, err))
        return ExitUsage;
    review::ReviewResult result = review::runReview(loaded.value(), reviewOptions);
    progress.clear();
    if (parser.isSet(newOnlyOption))
        keepNewFindings(result);
    for (const QString &fingerprint : result.unmatchedSuppressions)
        err << Tr::tr("schemalens-cli: warning: %1: suppression %2 matches no finding (stale?)\n")
                   .arg(config.path, fingerprint);

    report::ReviewReport input;
    input.loaded = &loaded.value();
    input.result = &result;
    input.toolVersion = QCoreApplication::applicationVersion();
    input.informationUri = homepage;
    input.configPath = relativeConfigPath(loaded->source, config.path);
    input.configProblems = config.problems;
    if (format == QLatin1String("sarif"))
        input.uriPrefix = report::sarifUriPrefix(loaded->source);

    const bool toFile = parser.isSet(outputOption);
    QByteArray bytes;
    if (format == QLatin1String("text"))
        bytes = report::reviewToText(input, wantColour(toFile)).toUtf8();
    else if (format == QLatin1String("json"))
        bytes = report::toJsonText(report::reviewToJson(input));
    else if (format == QLatin1String("sarif"))
        bytes = report::toJsonText(report::reviewToSarif(input));
    else if (format == QLatin1String("markdown"))
        bytes = report::reviewToMarkdown(input).toUtf8();
    else
        bytes = report::reviewToHtml(input).toUtf8();

    QFile output;
    if (!openOutput(output, toFile ? parser.value(outputOption) : QString(),
                    QStringLiteral("review"), err))
        return ExitUsage;
    if (output.write(bytes) != bytes.size()) {
        err << Tr::tr("review: cannot write %1: %2\n").arg(output.fileName(), output.errorString());
        return ExitUsage;
    }
    output.close();

    if (failOn) {
        // Findings the team accepted (won't fix) or reports fixed do not fail the run.
        for (const review::Finding &f : result.findings) {
            if (review::failsRun(f, *failOn))
                return ExitFindings;
        }
    }
    return ExitOk;
}

} // namespace schemalens::cli
