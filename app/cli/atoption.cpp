#include "app/cli/atoption.h"

#include <QCoreApplication>

namespace schemalens::cli {

QCommandLineOption atOption()
{
    return QCommandLineOption(
        QStringLiteral("at"),
        QCoreApplication::translate("cli",
                                    "The schema as it was after MIGRATION: a version, a file or "
                                    "folder name, or #N for the first N migrations."),
        QStringLiteral("MIGRATION"));
}

void applyAtOption(const QCommandLineParser &parser, const QCommandLineOption &option,
                   load::LoadOptions &options)
{
    if (parser.isSet(option))
        options.at = parser.value(option);
}

} // namespace schemalens::cli
