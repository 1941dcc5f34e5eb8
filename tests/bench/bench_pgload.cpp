// Benchmark of the PostgreSQL loader (not a timed test: prints figures, never fails on
// speed). For the largest corpus dump and a generated 2,000-table dump it reports the load
// time, throughput, peak RSS, and the ratio to libpg_query's bare pg_query_parse of the
// same text (target: <= 1.5x).
//
// Run: build/bin/bench_pgload [FILE...]

#include "core/load/loader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <pg_query.h>
#include <sys/resource.h>

#include <cstdio>

using namespace schemalens;

namespace {

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

QByteArray generatedDump(int tables)
{
    QByteArray sql;
    QTextStream out(&sql);
    out << "SET search_path = public;\n";
    for (int t = 0; t < tables; ++t) {
        out << "CREATE TABLE t" << t
            << " (\n    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n";
        const int columns = 5 + t % 12;
        for (int c = 0; c < columns; ++c)
            out << "    c" << c
                << (c % 3 == 0   ? " text"
                    : c % 3 == 1 ? " integer NOT NULL DEFAULT 0"
                                 : " timestamp with time zone")
                << ",\n";
        if (t > 0)
            out << "    parent_id bigint REFERENCES t" << (t * 7) % t
                << " (id) ON DELETE CASCADE,\n";
        out << "    status text CHECK (status IN ('a', 'b'))\n);\n";
        out << "COMMENT ON TABLE t" << t << " IS 'generated table " << t << "';\n";
        out << "CREATE INDEX t" << t << "_c0_idx ON t" << t << " (c0);\n";
    }
    out.flush();
    return sql;
}

double bareParseMs(const QByteArray &sql, int runs)
{
    double best = 1e12;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        PgQueryParseResult result = pg_query_parse(sql.constData());
        const double ms = timer.nsecsElapsed() / 1e6;
        pg_query_free_parse_result(result);
        best = qMin(best, ms);
    }
    return best;
}

double loadMs(const QString &path, int runs, int *tables)
{
    double best = 1e12;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        Result<load::LoadResult> result = load::loadSource(path);
        const double ms = timer.nsecsElapsed() / 1e6;
        if (!result) {
            std::fprintf(stderr, "load failed: %s\n", qPrintable(result.error().toString()));
            return -1;
        }
        *tables = int(result->schema.tables.size());
        best = qMin(best, ms);
    }
    return best;
}

void report(const QString &label, const QString &path, int runs)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        std::printf("%s: cannot read %s\n", qPrintable(label), qPrintable(path));
        return;
    }
    const QByteArray sql = file.readAll();
    int tables = 0;
    const double load = loadMs(path, runs, &tables);
    const double bare = bareParseMs(sql, runs);
    const double mb = sql.size() / 1e6;
    std::printf("%-28s %8.2f MB %6d tables  load %8.1f ms (%6.2f MB/s)  pg_query_parse %8.1f ms  "
                "ratio %.2fx  peak RSS %ld MB\n",
                qPrintable(label), mb, tables, load, mb / (load / 1000), bare, load / bare,
                peakRssMb());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList files = app.arguments().mid(1);
    const int runs = 3;
    if (files.isEmpty()) {
        // The largest PostgreSQL dump in the corpus.
        report(QStringLiteral("lago structure.sql"),
               QStringLiteral(SCHEMALENS_CORPUS "/lago-structure-pg/db/structure.sql"), runs);
        QTemporaryDir dir;
        const QString generated = dir.filePath(QStringLiteral("generated-2000.sql"));
        QFile out(generated);
        if (!out.open(QIODevice::WriteOnly) || out.write(generatedDump(2000)) < 0)
            return 1;
        out.close();
        report(QStringLiteral("generated 2,000 tables"), generated, runs);
    }
    for (const QString &f : files)
        report(QFileInfo(f).fileName(), f, runs);
    return 0;
}
