#include "app/cli/liveoptions.h"

#include "core/load/live/datachecker.h"

#include <QCoreApplication>

namespace schemalens::cli {

namespace {

// Translated in the "cli" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

} // namespace

LiveOptions addLiveOptions(QCommandLineParser &parser, bool withDataChecks)
{
    LiveOptions live{
        QCommandLineOption(QStringLiteral("schema"),
                           Tr::tr("Live PostgreSQL sources: read only schema NAME (repeatable; "
                                  "default: every non-system schema)."),
                           QStringLiteral("NAME")),
        QCommandLineOption(
            QStringLiteral("data-checks"),
            Tr::tr("Live PostgreSQL sources: also run the read-only, bounded data "
                   "queries (orphan-rows: rows whose soft reference has no parent).")),
        withDataChecks};
    parser.addOption(live.schema);
    if (withDataChecks)
        parser.addOption(live.dataChecks);
    return live;
}

void applyLiveLoadOptions(const QCommandLineParser &parser, const LiveOptions &live,
                          load::LoadOptions &options)
{
    for (const QString &value : parser.values(live.schema))
        options.schemas += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
}

bool applyLiveReviewOptions(const QCommandLineParser &parser, const LiveOptions &live,
                            const QString &source, const load::LoadResult &loaded,
                            review::ReviewOptions &options, QTextStream &err)
{
    const bool isLive = loaded.schema.live.has_value();
    options.includeLive = options.includeLive || isLive;
    if (!live.withDataChecks || !parser.isSet(live.dataChecks))
        return true;
    if (!isLive) {
        err << Tr::tr("review: --data-checks needs a live PostgreSQL source\n");
        return false;
    }
    auto checker = load::live::LiveDataChecker::open(source);
    if (!checker) {
        err << "schemalens-cli: " << checker.error().toString() << '\n';
        return false;
    }
    options.dataChecker = checker.value();
    return true;
}

} // namespace schemalens::cli
