#include "app/cli/rulescommand.h"
#include "app/cli/commandline.h"

#include "app/cli/schemacommand.h"
#include "core/report/modeljson.h"
#include "core/report/reviewrules.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace schemalens::cli {

namespace {

// Translated in the "cli" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

} // namespace

int runRulesCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Describe every review rule: id, family, default "
                                            "severity, what it needs, rationale, fix, example and "
                                            "thresholds."));
    parser.addHelpOption();
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          Tr::tr("Output format: text (default) or json."),
                                          QStringLiteral("text|json"), QStringLiteral("text"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          Tr::tr("Write to FILE instead of standard output."),
                                          QStringLiteral("FILE"));
    parser.addOptions({formatOption, outputOption});

    QTextStream err(stderr);
    if (const auto exit =
            parseCommandLine(parser, arguments, QStringLiteral("rules"), nullptr, err))
        return *exit;
    const QString format = parser.value(formatOption);
    QByteArray bytes;
    if (format == QLatin1String("json"))
        bytes = report::toJsonText(report::rulesToJson(review::allRules()));
    else if (format == QLatin1String("text"))
        bytes = report::rulesToText(review::allRules()).toUtf8();
    else {
        err << Tr::tr("rules: unknown format '%1' (use text or json)\n").arg(format);
        return ExitUsage;
    }

    QFile output;
    if (!openOutput(output, parser.value(outputOption), QStringLiteral("rules"), err))
        return ExitUsage;
    return output.write(bytes) == bytes.size() ? ExitOk : ExitUsage;
}

} // namespace schemalens::cli
