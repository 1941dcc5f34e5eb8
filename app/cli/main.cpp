// schemalens-cli: the headless front end. Thin by design (CONVENTIONS.md item 11): parse the
// command line, call core, print. Exit codes: 0 ok, 1 findings at or above --fail-on,
// 2 usage error or unreadable source.

#include "app/cli/diffcommand.h"
#include "app/cli/exportcommand.h"
#include "app/cli/minutescommand.h"
#include "app/cli/reviewcommand.h"
#include "app/cli/rulescommand.h"
#include "app/cli/schemacommand.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace schemalens;

namespace {

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("cli", "Usage: schemalens-cli COMMAND SOURCE [options]\n"
                                              "\n"
                                              "Commands:\n"
                                              "  schema   load SOURCE and print its model\n"
                                              "  review   review SOURCE: findings, strengths, "
                                              "summary (text, json, sarif, markdown, html)\n"
                                              "  rules    describe every review rule\n"
                                              "  export   write SOURCE's ER diagram (svg, png, "
                                              "pdf, dot, mmd)\n"
                                              "  minutes  the minutes of a design review "
                                              "(markdown, html)\n"
                                              "  diff     compare two schemas, or two points of "
                                              "a migration history\n"
                                              "\n"
                                              "SOURCE is a migration folder, a schema file or "
                                              "sqlite:PATH.\n"
                                              "Run 'schemalens-cli COMMAND --help' for the options "
                                              "of a command.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    // export paints with QtGui and so needs a QGuiApplication, made before any other.
    if (argc > 1 && qstrcmp(argv[1], "export") == 0)
        return cli::runExportMain(argc, argv);
    // minutes draws its pictures with QtGui too.
    if (argc > 1 && qstrcmp(argv[1], "minutes") == 0)
        return cli::runMinutesMain(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("schemalens-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCHEMALENS_VERSION));

    QStringList args = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (args.size() < 2) {
        printUsage(err);
        return cli::ExitUsage;
    }
    const QString command = args.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h")) {
        QTextStream out(stdout);
        printUsage(out);
        return cli::ExitOk;
    }
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "schemalens-cli " << QCoreApplication::applicationVersion() << '\n';
        return cli::ExitOk;
    }
    args.removeAt(1);
    if (command == QLatin1String("schema"))
        return cli::runSchemaCommand(args);
    if (command == QLatin1String("review"))
        return cli::runReviewCommand(args);
    if (command == QLatin1String("rules"))
        return cli::runRulesCommand(args);
    if (command == QLatin1String("diff"))
        return cli::runDiffCommand(args);

    err << QCoreApplication::translate("cli", "schemalens-cli: unknown command '%1'\n")
               .arg(command);
    printUsage(err);
    return cli::ExitUsage;
}
