// Benchmark: replay + read-back of a generated SQLite migration folder with 2,000 tables
// (FKs, indexes, a CHECK each) spread over 200 files, each file also altering one table.
// Prints wall time per phase and the peak RSS of the process (getrusage ru_maxrss).
#include "core/load/discovery.h"
#include "core/load/sqlite/sqlitedb.h"
#include "core/load/sqlite/sqliteloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace schemalens;

namespace {

constexpr int tableCount = 2000;
constexpr int fileCount = 200;

QByteArray table(int i)
{
    QByteArray sql = "CREATE TABLE t" + QByteArray::number(i) +
                     " (\n    id INTEGER PRIMARY KEY,\n    tenant_id INTEGER NOT NULL,\n";
    if (i > 0)
        sql += "    parent_id INTEGER REFERENCES t" + QByteArray::number(i / 2) +
               " (id) ON DELETE CASCADE,\n";
    sql += "    name TEXT NOT NULL,\n"
           "    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'done')),\n"
           "    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP\n);\n";
    const QByteArray n = QByteArray::number(i);
    sql += "CREATE INDEX t" + n + "_tenant_status ON t" + n + " (tenant_id, status);\n";
    if (i > 0)
        sql += "CREATE INDEX t" + n + "_parent ON t" + n + " (parent_id);\n";
    return sql;
}

// Process CPU time: on a shared 2-core machine wall time says more about the neighbours.
qint64 cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // KiB on Linux
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    const int perFile = tableCount / fileCount;
    for (int f = 0; f < fileCount; ++f) {
        QByteArray sql;
        for (int i = f * perFile; i < (f + 1) * perFile; ++i)
            sql += table(i);
        sql += "ALTER TABLE t" + QByteArray::number(f * perFile) + " ADD COLUMN note TEXT;\n";
        QFile file(
            dir.filePath(QStringLiteral("%1_batch.sql").arg(f + 1, 4, 10, QLatin1Char('0'))));
        if (!file.open(QIODevice::WriteOnly) || file.write(sql) != sql.size())
            return 1;
    }
    const long rssBefore = peakRssKiB();

    QElapsedTimer timer;
    timer.start();
    load::DiscoveryOptions options;
    options.dialect = load::Dialect::SQLite;
    Result<load::MigrationPlan> plan = load::discover(dir.path(), options);
    if (!plan) {
        out << "discovery failed: " << plan.error().toString() << '\n';
        return 1;
    }
    const qint64 discoveryMs = timer.restart();

    // Baseline: SQLite alone running the same files with sqlite3_exec, no tracking at all.
    qint64 cpu = cpuMs();
    {
        QString error;
        std::optional<load::sqlite::Database> db = load::sqlite::Database::openMemory(&error);
        for (const load::MigrationUnit &unit : plan->units)
            if (!db || !db->exec(unit.sql.constData()))
                return 1;
    }
    const qint64 baselineWallMs = timer.restart();
    const qint64 baselineCpuMs = cpuMs() - cpu;

    cpu = cpuMs();
    const load::LoadResult result = load::sqlite::loadPlan(std::move(plan).value(), {});
    const qint64 loadMs = timer.elapsed();
    const qint64 loadCpuMs = cpuMs() - cpu;

    int indexes = 0, foreignKeys = 0;
    for (const model::Table &t : result.schema.tables) {
        indexes += int(t.indexes.size());
        foreignKeys += int(t.foreignKeys.size());
    }
    out << "bench_sqlite: " << result.source.units.size() << " files, " << result.stats.statements
        << " statements -> " << result.schema.tables.size() << " tables, " << indexes
        << " indexes, " << foreignKeys << " foreign keys, " << result.schema.history.changes.size()
        << " history entries, " << result.diagnostics.size() << " diagnostics\n";
    out << "bench_sqlite: discovery " << discoveryMs << " ms; replay + read-back " << loadMs
        << " ms wall, " << loadCpuMs << " ms CPU; SQLite alone (sqlite3_exec, no tracking) "
        << baselineWallMs << " ms wall, " << baselineCpuMs << " ms CPU\n";
    out << "bench_sqlite: peak RSS " << peakRssKiB() / 1024 << " MiB (" << rssBefore / 1024
        << " MiB before loading)\n";
    const bool ok = result.schema.tables.size() == tableCount && result.diagnostics.isEmpty() &&
                    indexes == 2 * tableCount - 1 && foreignKeys == tableCount - 1;
    if (!ok)
        out << "bench_sqlite: unexpected model\n";
    return ok ? 0 : 1;
}
