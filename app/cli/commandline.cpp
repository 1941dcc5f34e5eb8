#include "app/cli/commandline.h"

#include "app/cli/schemacommand.h"

#include <QCoreApplication>

namespace schemalens::cli {

namespace {
// Translated in the "cli" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};
} // namespace

std::optional<int> parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                                    const QString &command, QString *source, QTextStream &err)
{
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (source) {
        if (positional.size() != 1) {
            err << Tr::tr("%1: expected exactly one SOURCE\n").arg(command);
            return ExitUsage;
        }
        *source = positional.constFirst();
    } else if (!positional.isEmpty()) {
        err << Tr::tr("%1: unexpected argument '%2'\n").arg(command, positional.constFirst());
        return ExitUsage;
    }
    return std::nullopt;
}

bool parseDialect(const QString &value, const QString &command, load::Dialect *dialect,
                  QTextStream &err)
{
    if (value == QLatin1String("pg") || value == QLatin1String("postgresql")) {
        *dialect = load::Dialect::PostgreSQL;
        return true;
    }
    if (value == QLatin1String("sqlite")) {
        *dialect = load::Dialect::SQLite;
        return true;
    }
    err << Tr::tr("%1: unknown dialect '%2' (use pg or sqlite)\n").arg(command, value);
    return false;
}

bool openOutput(QFile &output, const QString &path, const QString &command, QTextStream &err)
{
    if (path.isEmpty())
        return output.open(stdout, QIODevice::WriteOnly);
    output.setFileName(path);
    if (!output.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err << Tr::tr("%1: cannot write %2: %3\n")
                   .arg(command, output.fileName(), output.errorString());
        return false;
    }
    return true;
}

} // namespace schemalens::cli
