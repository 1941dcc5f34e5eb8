#include "app/cli/schemacommand.h"
#include "app/cli/atoption.h"
#include "app/cli/commandline.h"

#include "app/cli/liveoptions.h"

#include "core/load/loader.h"
#include "core/load/orderlist.h"
#include "core/report/modeljson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace schemalens::cli {

namespace {

// Translated in the "cli" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

// The human-readable summary: what was read and how, one line per table, then every
// problem with its file:line:column (the form editors and terminals link).
void printText(QTextStream &out, const load::LoadResult &result)
{
    const model::Schema &s = result.schema;
    const load::MigrationPlan &plan = result.source;
    int fks = 0;
    for (const model::Table &t : s.tables)
        fks += int(t.foreignKeys.size());
    out << Tr::tr("%1 (%2, %3): %4 files, %5 tables, %6 foreign keys, %7 enums, %8 views\n")
               .arg(QFileInfo(plan.rootPath).fileName(), plan.layout,
                    load::dialectName(plan.dialect))
               .arg(plan.units.size())
               .arg(s.tables.size())
               .arg(fks)
               .arg(s.enums.size())
               .arg(s.views.size());
    out << Tr::tr("  dialect: %1\n").arg(plan.dialectEvidence);
    if (!plan.skipped.isEmpty())
        out << Tr::tr("  %1 files skipped (down scripts, other dialects, ...)\n")
                   .arg(plan.skipped.size());
    if (result.stats.statements > 0)
        out << Tr::tr("  %1 statements, %2 applied\n")
                   .arg(result.stats.statements)
                   .arg(result.stats.applied);
    for (const model::Table &t : s.tables) {
        // English plural forms by hand: without a loaded translation "%n" would stay plural.
        const auto count = [](qsizetype n, const char *one, const char *many) {
            return n == 1 ? Tr::tr(one) : Tr::tr(many).arg(n);
        };
        out << "  " << t.qualifiedName() << " ("
            << count(t.columns.size(), "1 column", "%1 columns");
        if (!t.foreignKeys.isEmpty())
            out << ", " << count(t.foreignKeys.size(), "1 foreign key", "%1 foreign keys");
        if (t.external)
            out << ", " << Tr::tr("external");
        out << ")\n";
    }
    for (const load::Diagnostics *list : {&plan.diagnostics, &result.diagnostics})
        for (const load::Diagnostic &d : *list)
            out << d.location.toString() << ": " << load::Diagnostic::severityName(d.severity)
                << ": " << d.message << " [" << d.rule << "]\n";
}

} // namespace

int runSchemaCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Load a schema source and print its model."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                 Tr::tr("Migration folder, schema file or sqlite:PATH."));
    const QCommandLineOption dialectOption(QStringLiteral("dialect"),
                                           Tr::tr("Force the SQL dialect: pg or sqlite."),
                                           QStringLiteral("pg|sqlite"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          Tr::tr("Output format: text (default) or json."),
                                          QStringLiteral("text|json"), QStringLiteral("text"));
    const QCommandLineOption orderOption(
        QStringLiteral("order"),
        Tr::tr("Apply these migrations first, in this order (comma-separated paths, or @FILE)."),
        QStringLiteral("LIST"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          Tr::tr("Write to FILE instead of standard output."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption emitSqlOption(
        QStringLiteral("emit-sql"),
        Tr::tr("Also write the SQL of each migration as applied (sections and placeholders "
               "resolved) to DIR/NNNN.sql, in order."),
        QStringLiteral("DIR"));
    parser.addOptions({dialectOption, formatOption, orderOption, outputOption, emitSqlOption});
    const QCommandLineOption at = atOption();
    parser.addOption(at);
    const LiveOptions live = addLiveOptions(parser, false);

    QTextStream err(stderr);
    QString source;
    if (const auto exit =
            parseCommandLine(parser, arguments, QStringLiteral("schema"), &source, err))
        return *exit;

    load::LoadOptions options;
    if (parser.isSet(dialectOption) &&
        !parseDialect(parser.value(dialectOption), QStringLiteral("schema"),
                      &options.discovery.dialect, err))
        return ExitUsage;
    if (parser.isSet(orderOption)) {
        const Result<QStringList> order = load::parseOrderList(parser.value(orderOption));
        if (!order) {
            err << "schema: " << order.error().message << '\n';
            return ExitUsage;
        }
        options.discovery.order = order.value();
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("json") && format != QLatin1String("text")) {
        err << Tr::tr("schema: unknown format '%1' (use text or json)\n").arg(format);
        return ExitUsage;
    }

    applyLiveLoadOptions(parser, live, options);
    applyAtOption(parser, at, options);
    Result<load::LoadResult> result = load::loadSource(source, options);
    if (!result) {
        err << "schemalens-cli: " << result.error().toString() << '\n';
        return ExitUsage;
    }

    if (parser.isSet(emitSqlOption)) {
        const QString dir = parser.value(emitSqlOption);
        if (!QDir().mkpath(dir)) {
            err << Tr::tr("schema: cannot create %1\n").arg(dir);
            return ExitUsage;
        }
        for (const load::MigrationUnit &unit : result->source.units) {
            QFile file(QDir(dir).filePath(
                QStringLiteral("%1.sql").arg(unit.ordinal, 4, 10, QLatin1Char('0'))));
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
                file.write(unit.sql) < 0) {
                err << Tr::tr("schema: cannot write %1: %2\n")
                           .arg(file.fileName(), file.errorString());
                return ExitUsage;
            }
        }
    }

    QFile output;
    if (!openOutput(output, parser.value(outputOption), QStringLiteral("schema"), err))
        return ExitUsage;
    if (format == QLatin1String("json")) {
        output.write(report::toJsonText(report::modelToJson(result.value())));
    } else {
        QTextStream out(&output);
        printText(out, result.value());
    }
    return ExitOk;
}

} // namespace schemalens::cli
