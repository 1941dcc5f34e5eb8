// Live load of a 2,000-table PostgreSQL database (label bench, not in CI): seconds and the
// number of queries sent, which must not depend on the number of tables. Starts its own
// throwaway server (tests/oracle/pgserver.h).

#include "core/load/live/liveloader.h"
#include "core/load/loader.h"
#include "tests/oracle/pgserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace schemalens;

namespace {

// N tables (committed one by one: a single transaction would run out of locks), each with a primary
// key, an FK to the first table, a CHECK, an index and a comment: the catalogs of a large
// application schema.
QString schemaSql(int tables)
{
    return QStringLiteral(
               "DO $$ BEGIN FOR i IN 2..%1 LOOP "
               "EXECUTE format('CREATE TABLE t%s (id bigint GENERATED ALWAYS AS IDENTITY "
               "PRIMARY KEY, parent_id bigint REFERENCES t1 (id) ON DELETE CASCADE, status "
               "text NOT NULL DEFAULT ''new'' CHECK (status IN (''new'', ''done'')), "
               "created_at timestamptz NOT NULL DEFAULT now(), note text)', i); "
               "EXECUTE format('CREATE INDEX ON t%s (parent_id, created_at)', i); "
               "EXECUTE format('COMMENT ON TABLE t%s IS ''table %s''', i, i); "
               "COMMIT; END LOOP; END $$;")
        .arg(tables);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    testing::PgServer server;
    if (testing::PgServer::binDir().isEmpty()) {
        out << "bench_live: skipped, no PostgreSQL server binaries installed\n";
        return 0;
    }
    if (!server.start()) {
        out << "bench_live: cannot start PostgreSQL: " << server.error() << '\n';
        return 1;
    }
    int previousQueries = -1;
    for (const int tables : {20, 200, 2000}) {
        const QString db = QStringLiteral("bench_%1").arg(tables);
        QElapsedTimer setup;
        setup.start();
        if (!server.psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE ") + db) ||
            !server.psql(db, QStringLiteral("CREATE TABLE t1 (id bigint PRIMARY KEY)")) ||
            !server.psql(db, schemaSql(tables))) {
            out << "bench_live: setup failed: " << server.error() << '\n';
            return 1;
        }
        const qint64 setupMs = setup.elapsed();
        double best = 1e9;
        int queries = 0;
        qsizetype loadedTables = 0;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            Result<load::LoadResult> result = load::loadSource(server.conninfo(db));
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            if (!result) {
                out << "bench_live: " << result.error().message << '\n';
                return 1;
            }
            best = qMin(best, seconds);
            queries = result->schema.live->queries;
            loadedTables = result->schema.tables.size();
        }
        out << QStringLiteral("bench_live: %1 tables: best of 3 live loads %2 s, %3 queries "
                              "(setup %4 s)\n")
                   .arg(loadedTables)
                   .arg(best, 0, 'f', 3)
                   .arg(queries)
                   .arg(double(setupMs) / 1000.0, 0, 'f', 1);
        out.flush();
        if (previousQueries >= 0 && queries != previousQueries) {
            out << "bench_live: the number of queries grew with the number of tables\n";
            return 1;
        }
        previousQueries = queries;
    }
    return 0;
}
