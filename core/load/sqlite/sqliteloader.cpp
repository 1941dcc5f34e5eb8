#include "core/load/sqlite/sqliteloader.h"

#include "core/load/snapshots.h"
#include "core/load/sqlite/databasefile.h"
#include "core/load/sqlite/readback.h"
#include "core/load/sqlite/replay.h"
#include "core/load/sqlite/schematracker.h"
#include "core/load/sqlite/sqlitedb.h"

#include <QCoreApplication>
#include <QFile>

namespace schemalens::load::sqlite {

namespace {

// Translated in the "schemalens" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

void fatal(LoadResult &result, const QString &message)
{
    result.diagnostics.append({.rule = QStringLiteral("migration-error"),
                               .severity = Diagnostic::Severity::Error,
                               .message = message,
                               .location = {}});
}

} // namespace

LoadResult loadPlan(MigrationPlan plan, const LoadOptions &options)
{
    LoadResult result;
    result.source = std::move(plan);
    QString error;
    std::optional<Database> db = Database::openMemory(&error);
    if (!db) {
        fatal(result, Tr::tr("cannot open an in-memory SQLite database: %1").arg(error));
        return result;
    }
    SchemaTracker tracker(*db);
    if (!tracker.start(&error)) {
        fatal(result, Tr::tr("cannot read sqlite_schema: %1").arg(error));
        return result;
    }
    QStringList bookkeeping; // tables created for the tool, external in the model
    {
        Replayer replayer(*db, tracker, result.diagnostics, result.stats);
        SnapshotRecorder snapshots(result);
        replayer.setBookkeeping(result.source.bookkeeping);
        const auto total = int(result.source.units.size());
        for (int i = 0; i < total; ++i) {
            const MigrationUnit &unit = result.source.units[i];
            result.stats.bytes += unit.sql.size();
            replayer.replay(unit);
            if (options.snapshots) {
                // The engine holds the schema: read it back as a full load would end here.
                Diagnostics scratch;
                const Result<model::Schema> now = readSchema(*db, tracker, scratch);
                snapshots.record(now ? now.value() : model::Schema(), tracker.changeCount());
            }
            if (options.progress && !options.progress(i + 1, total)) {
                result.diagnostics.append(
                    {.rule = QStringLiteral("source-warning"),
                     .severity = Diagnostic::Severity::Warning,
                     .message =
                         Tr::tr("loading cancelled after %1 of %2 files").arg(i + 1).arg(total),
                     .location = {}});
                return result;
            }
        }
        bookkeeping = replayer.bookkeepingCreated();
    }
    Result<model::Schema> schema = readSchema(*db, tracker, result.diagnostics);
    if (!schema) {
        fatal(result,
              Tr::tr("cannot read the replayed schema back: %1").arg(schema.error().message));
        return result;
    }
    result.schema = std::move(schema).value();
    for (model::Table &table : result.schema.tables) {
        if (bookkeeping.contains(table.name, Qt::CaseInsensitive))
            table.external = true;
    }
    result.schema.history = tracker.takeHistory();
    return result;
}

Result<LoadResult> loadDatabaseFile(const QString &path, const LoadOptions &options)
{
    // sqlite:///abs/path and sqlite://rel/path, as in sqlx and SQLAlchemy URLs.
    QString file = path;
    if (file.startsWith(QLatin1String("//")))
        file = file.mid(2);
    Result<LoadResult> result = readDatabaseFile(file, DatabaseFileOptions{});
    if (result && options.progress)
        options.progress(1, 1);
    return result;
}

bool isDatabaseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArrayView("SQLite format 3\0", 16);
}

} // namespace schemalens::load::sqlite
