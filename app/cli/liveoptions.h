#pragma once

#include "core/load/loader.h"
#include "core/review/engine.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QTextStream>

namespace schemalens::cli {

// The options of live PostgreSQL sources, shared by the commands that load a source:
// --schema NAME (repeatable; default every non-system schema) and, for review, --data-checks.
struct LiveOptions {
    QCommandLineOption schema;
    QCommandLineOption dataChecks;
    bool withDataChecks = false;
};

LiveOptions addLiveOptions(QCommandLineParser &parser, bool withDataChecks);
void applyLiveLoadOptions(const QCommandLineParser &parser, const LiveOptions &live,
                          load::LoadOptions &options);
// For a live source: runs the live-statistics rules and, with --data-checks, opens the
// read-only data connection for orphan-rows. False (message on ERR) when that fails or
// --data-checks is given for a source that is not a live database.
bool applyLiveReviewOptions(const QCommandLineParser &parser, const LiveOptions &live,
                            const QString &source, const load::LoadResult &loaded,
                            review::ReviewOptions &options, QTextStream &err);

} // namespace schemalens::cli
