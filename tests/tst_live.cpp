// The live PostgreSQL loader against a throwaway server (tests/oracle/pgserver.h): what it
// reads from the catalogs, that it reads them in a constant number of queries, that its
// connection cannot write, that passwords never show, the error cases (bad password,
// unreachable host, missing privileges), and the live-only rules.

#include "core/load/live/connection.h"
#include "core/load/live/connstring.h"
#include "core/load/live/datachecker.h"
#include "core/load/live/liveloader.h"
#include "core/load/loader.h"
#include "core/report/modeljson.h"
#include "core/review/engine.h"
#include "tests/oracle/pgserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryFile>
#include <QTest>

using namespace schemalens;

namespace {

const char *kFixture = R"sql(
CREATE SCHEMA app;
CREATE TYPE app.status AS ENUM ('new', 'paid', 'void');
CREATE TABLE app.customers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    name text COLLATE "C",
    CONSTRAINT customers_email_key UNIQUE NULLS NOT DISTINCT (email)
);
COMMENT ON TABLE app.customers IS 'People who buy';
CREATE TABLE app.orders (
    id bigserial PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES app.customers ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED,
    status app.status NOT NULL DEFAULT 'new',
    total numeric(10,2) CHECK (total >= 0),
    total_cents bigint GENERATED ALWAYS AS ((total * 100)::bigint) STORED,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_created ON app.orders (created_at DESC NULLS LAST) WHERE status <> 'void';
CREATE INDEX orders_lower ON app.orders USING btree ((total * 2));
CREATE INDEX orders_unused ON app.orders (total);
-- A soft reference: the column names its parent, but no constraint protects it.
CREATE TABLE app.invoices (id int PRIMARY KEY, order_id bigint, "Weird Name" text);
CREATE INDEX invoices_order ON app.invoices (order_id);
INSERT INTO app.customers (email) VALUES ('a@x'), ('b@x');
INSERT INTO app.orders (customer_id, total) VALUES (1, 10), (2, 20);
INSERT INTO app.invoices VALUES (1, 1, 'x'), (2, 2, 'y'), (3, 999, 'z'), (4, 998, 'w'), (5, NULL, 'v');
CREATE VIEW app.big_orders AS SELECT id, total FROM app.orders WHERE total > 100;
CREATE MATERIALIZED VIEW app.order_totals AS SELECT customer_id, sum(total) AS total FROM app.orders GROUP BY customer_id;
CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER orders_touch BEFORE UPDATE OF total ON app.orders FOR EACH ROW
    WHEN (NEW.total IS NOT NULL) EXECUTE FUNCTION app.touch();
ALTER TABLE app.orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY own ON app.orders FOR SELECT TO PUBLIC USING (customer_id = 1);
CREATE TABLE app.events (id bigint, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE app.events_2024 PARTITION OF app.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE other_schema_table (id int);
ANALYZE;
)sql";

} // namespace

class TstLive : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void redaction_data();
    void redaction();
    void isConnectionString();
    void loadsCatalogs();
    void schemaFilterAndUri();
    void constantQueryCount();
    void readOnlyConnection();
    void badPassword();
    void passwordRole();
    void unreachableHost();
    void refusedPort();
    void missingPrivileges();
    void unusedIndexRule();
    void orphanRowsRule();
    void modelJson();

private:
    Result<load::LoadResult> load(const QString &db, const QStringList &schemas = {});
    testing::PgServer m_server;
    bool m_up = false;
};

void TstLive::initTestCase()
{
    if (testing::PgServer::binDir().isEmpty())
        QSKIP("no PostgreSQL server binaries installed (initdb/pg_ctl); the live suite needs "
              "postgresql-15 (packaging/install-deps.sh)");
    QVERIFY2(m_server.start(), qPrintable(m_server.error() + m_server.logText()));
    m_up = true;
    QVERIFY2(m_server.psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE live")),
             qPrintable(m_server.error()));
    // From a file, so that each statement commits on its own (deferred FK checks).
    QTemporaryFile fixture;
    QVERIFY(fixture.open());
    fixture.write(kFixture);
    fixture.close();
    QVERIFY2(m_server.psqlFile(QStringLiteral("live"), fixture.fileName(), nullptr, true),
             qPrintable(m_server.error()));
    // Scan one index so that the statistics tell used from unused (psql's exit flushes them).
    QVERIFY(m_server.psql(QStringLiteral("live"),
                          QStringLiteral("SET enable_seqscan = off; SELECT count(*) FROM "
                                         "app.orders WHERE created_at > now() - interval '1 "
                                         "day' AND status <> 'void';")));
}

void TstLive::cleanupTestCase()
{
    m_server.stop();
}

Result<load::LoadResult> TstLive::load(const QString &db, const QStringList &schemas)
{
    load::LoadOptions options;
    options.schemas = schemas;
    return load::loadSource(m_server.conninfo(db), options);
}

void TstLive::redaction_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("uri") << "postgresql://bob:hunter2@db.example:5432/app"
                         << "postgresql://bob:***@db.example:5432/app";
    QTest::newRow("uri-at-in-password") << "postgres://bob:p@ss@db/app"
                                        << "postgres://bob:***@db/app";
    QTest::newRow("uri-no-password") << "postgresql://bob@db/app"
                                     << "postgresql://bob@db/app";
    QTest::newRow("uri-query") << "postgresql://db/app?user=bob&password=hunter2&sslmode=require"
                               << "postgresql://db/app?user=bob&password=***&sslmode=require";
    QTest::newRow("kv") << "host=db password=hunter2 dbname=app"
                        << "host=db password=*** dbname=app";
    QTest::newRow("kv-quoted") << "host=db password = 'hun ter\\'2' dbname=app"
                               << "host=db password = *** dbname=app";
    QTest::newRow("kv-upper") << "host=db PASSWORD=x"
                              << "host=db PASSWORD=***";
    QTest::newRow("service") << "service=prod"
                             << "service=prod";
}

void TstLive::redaction()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QCOMPARE(load::live::redactConnectionString(source), expected);
}

void TstLive::isConnectionString()
{
    using load::live::isConnectionString;
    QVERIFY(isConnectionString(QStringLiteral("postgresql://localhost/db")));
    QVERIFY(isConnectionString(QStringLiteral("POSTGRES://localhost/db")));
    QVERIFY(isConnectionString(QStringLiteral("host=localhost dbname=x")));
    QVERIFY(isConnectionString(QStringLiteral("service=prod")));
    QVERIFY(!isConnectionString(QStringLiteral("sqlite:/tmp/x.db")));
    QVERIFY(!isConnectionString(QStringLiteral("migrations")));
    QVERIFY(!isConnectionString(QStringLiteral(SCHEMALENS_TEST_DATA)));
}

void TstLive::loadsCatalogs()
{
    if (!m_up)
        QSKIP("no server");
    Result<load::LoadResult> result = load(QStringLiteral("live"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const model::Schema &s = result->schema;
    QCOMPARE(result->source.layout, QStringLiteral("live"));
    QCOMPARE(result->source.dialect, load::Dialect::PostgreSQL);
    QVERIFY(result->diagnostics.isEmpty());

    const model::Table *customers = s.table(QStringLiteral("app"), QStringLiteral("customers"));
    QVERIFY(customers);
    QCOMPARE(customers->origin.file, m_server.conninfo(QStringLiteral("live")));
    QCOMPARE(customers->origin.line, 0);
    QCOMPARE(customers->comment, QStringLiteral("People who buy"));
    QCOMPARE(customers->columns.at(0).identity, QStringLiteral("always"));
    QCOMPARE(customers->columns.at(2).collation, QStringLiteral("C"));
    QCOMPARE(customers->primaryKey->name, QStringLiteral("customers_pkey"));
    QCOMPARE(customers->uniques.size(), 1);
    QVERIFY(customers->uniques.at(0).nullsNotDistinct);
    QVERIFY(customers->indexes.isEmpty()); // constraint indexes belong to the constraints

    const model::Table *orders = s.table(QStringLiteral("app"), QStringLiteral("orders"));
    QVERIFY(orders);
    QCOMPARE(orders->columns.size(), 6);
    QCOMPARE(orders->columns.at(0).defaultExpr.value_or(QString()),
             QStringLiteral("nextval('app.orders_id_seq'::regclass)"));
    QCOMPARE(orders->columns.at(2).type, QStringLiteral("app.status"));
    QCOMPARE(orders->columns.at(4).generated, QStringLiteral("((total * (100)::numeric))::bigint"));
    QVERIFY(!orders->columns.at(4).defaultExpr);
    QCOMPARE(orders->foreignKeys.size(), 1);
    const model::ForeignKey &fk = orders->foreignKeys.at(0);
    QCOMPARE(fk.columns, QStringList{QStringLiteral("customer_id")});
    QCOMPARE(fk.refSchema, QStringLiteral("app"));
    QCOMPARE(fk.refTable, QStringLiteral("customers"));
    QCOMPARE(fk.refColumns, QStringList{QStringLiteral("id")});
    QCOMPARE(fk.onDelete, QStringLiteral("cascade"));
    QCOMPARE(fk.onUpdate, QStringLiteral("no action"));
    QVERIFY(fk.deferrable);
    QVERIFY(fk.initiallyDeferred);
    QCOMPARE(orders->checks.size(), 1);
    QCOMPARE(orders->checks.at(0).expression, QStringLiteral("total >= 0::numeric"));
    QCOMPARE(orders->indexes.size(), 3);
    const model::Index *created = nullptr;
    const model::Index *lower = nullptr;
    for (const model::Index &i : orders->indexes) {
        if (i.name == QLatin1String("orders_created"))
            created = &i;
        if (i.name == QLatin1String("orders_lower"))
            lower = &i;
    }
    QVERIFY(created && lower);
    QCOMPARE(created->columns(), QStringList{QStringLiteral("created_at")});
    QVERIFY(created->elements.at(0).descending);
    QCOMPARE(created->elements.at(0).nulls, QStringLiteral("last"));
    QCOMPARE(created->predicate, QStringLiteral("status <> 'void'::app.status"));
    QCOMPARE(lower->elements.at(0).expression, QStringLiteral("total * 2::numeric"));
    QVERIFY(orders->rowSecurity);
    QCOMPARE(orders->policies.size(), 1);
    QCOMPARE(orders->policies.at(0).command, QStringLiteral("select"));
    QCOMPARE(orders->policies.at(0).roles, QStringList{QStringLiteral("public")});
    QCOMPARE(orders->policies.at(0).usingExpr, QStringLiteral("customer_id = 1"));
    QCOMPARE(orders->triggers.size(), 1);
    QCOMPARE(orders->triggers.at(0).timing, QStringLiteral("before"));
    QCOMPARE(orders->triggers.at(0).events, QStringList{QStringLiteral("update")});
    QCOMPARE(orders->triggers.at(0).updateColumns, QStringList{QStringLiteral("total")});
    QCOMPARE(orders->triggers.at(0).function, QStringLiteral("app.touch"));
    QCOMPARE(orders->triggers.at(0).when, QStringLiteral("new.total IS NOT NULL"));
    // n_live_tup is an estimate (ANALYZE and the inserts' counters both feed it).
    QVERIFY(orders->rowCount.value_or(0) >= 2);
    QVERIFY(orders->rowCountEstimated);

    const model::Table *events = s.table(QStringLiteral("app"), QStringLiteral("events"));
    QVERIFY(events);
    QCOMPARE(events->kind, model::Table::Kind::PartitionedTable);
    QCOMPARE(events->partitionStrategy, QStringLiteral("range"));
    QCOMPARE(events->partitionKey, QStringList{QStringLiteral("at")});
    const model::Table *part = s.table(QStringLiteral("app"), QStringLiteral("events_2024"));
    QVERIFY(part);
    QCOMPARE(part->partitionOf, QStringLiteral("events"));
    QCOMPARE(part->partitionBound,
             QStringLiteral("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"));

    QCOMPARE(s.enums.size(), 1);
    QCOMPARE(s.enums.at(0).values,
             (QStringList{QStringLiteral("new"), QStringLiteral("paid"), QStringLiteral("void")}));
    QCOMPARE(s.views.size(), 2);
    for (const model::View &v : s.views) {
        QVERIFY(v.dependsOn.contains(QStringLiteral("app.orders")));
        QCOMPARE(v.materialized, v.name == QLatin1String("order_totals"));
        QVERIFY(!v.outputColumns.isEmpty());
    }
    QCOMPARE(s.functions.size(), 1);
    QCOMPARE(s.functions.at(0).returns, QStringLiteral("trigger"));
    QCOMPARE(s.functions.at(0).language, QStringLiteral("plpgsql"));
    bool ownedSequence = false;
    for (const model::Sequence &q : s.sequences)
        ownedSequence |= q.ownedBy == QLatin1String("orders.id");
    QVERIFY(ownedSequence);
    QVERIFY(s.live);
    QVERIFY(s.live->statisticsSince.isValid());
    QVERIFY(s.live->serverVersion.startsWith(QLatin1Char('1')));
}

void TstLive::schemaFilterAndUri()
{
    if (!m_up)
        QSKIP("no server");
    Result<load::LoadResult> all = load(QStringLiteral("live"));
    QVERIFY(all.ok());
    QVERIFY(all->schema.table(QStringLiteral("public"), QStringLiteral("other_schema_table")));
    Result<load::LoadResult> onlyApp = load(QStringLiteral("live"), {QStringLiteral("app")});
    QVERIFY(onlyApp.ok());
    QVERIFY(!onlyApp->schema.table(QStringLiteral("public"), QStringLiteral("other_schema_table")));
    QCOMPARE(onlyApp->schema.tables.size(), all->schema.tables.size() - 1);
    Result<load::LoadResult> none = load(QStringLiteral("live"), {QStringLiteral("no_such")});
    QVERIFY(none.ok());
    QVERIFY(none->schema.tables.isEmpty());

    const QString uri =
        QStringLiteral("postgresql://slroot@127.0.0.1:%1/live").arg(m_server.port());
    Result<load::LoadResult> viaUri = load::loadSource(uri);
    QVERIFY2(viaUri.ok(), qPrintable(viaUri.ok() ? QString() : viaUri.error().message));
    QCOMPARE(viaUri->schema.tables.size(), all->schema.tables.size());
}

void TstLive::constantQueryCount()
{
    if (!m_up)
        QSKIP("no server");
    QVERIFY(m_server.psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE wide")));
    QVERIFY(m_server.psql(
        QStringLiteral("wide"),
        QStringLiteral("DO $$ BEGIN FOR i IN 1..60 LOOP EXECUTE format('CREATE TABLE t%s (id "
                       "int PRIMARY KEY, p int REFERENCES t1 (id), note text CHECK (note <> "
                       "''''))', i); EXECUTE format('CREATE INDEX ON t%s (note)', i); END LOOP; "
                       "END $$;")));
    Result<load::LoadResult> small = load(QStringLiteral("live"));
    Result<load::LoadResult> wide = load(QStringLiteral("wide"));
    QVERIFY(small.ok() && wide.ok());
    QCOMPARE(wide->schema.tables.size(), 60);
    QCOMPARE(wide->schema.live->queries, small->schema.live->queries);
    QVERIFY(wide->schema.live->queries < 30);
}

void TstLive::readOnlyConnection()
{
    if (!m_up)
        QSKIP("no server");
    auto connection = load::live::Connection::open(m_server.conninfo(QStringLiteral("live")));
    QVERIFY(connection.ok());
    load::live::Connection &db = *connection.value();
    // Outside and inside the loader's transaction alike, writes are refused.
    for (const QString &write : {QStringLiteral("CREATE TABLE app.sneaky (id int)"),
                                 QStringLiteral("INSERT INTO app.customers (email) VALUES ('z')"),
                                 QStringLiteral("SELECT nextval('app.orders_id_seq')")}) {
        Result<load::live::Rows> rows = db.query(write);
        QVERIFY2(!rows.ok(), qPrintable(write));
        QVERIFY2(rows.error().message.contains(QLatin1String("read-only")),
                 qPrintable(rows.error().message));
    }
    QVERIFY(db.begin().ok());
    QVERIFY(!db.query(QStringLiteral("DELETE FROM app.invoices")).ok());
    db.end();
    Result<load::live::Rows> ro = db.query(QStringLiteral("SHOW transaction_read_only"));
    QVERIFY(ro.ok());
    QCOMPARE(ro->value(0, 0), QStringLiteral("on"));
    QString out;
    QVERIFY(m_server.psql(QStringLiteral("live"),
                          QStringLiteral("SELECT count(*) FROM app.invoices"), true, &out));
    QCOMPARE(out.trimmed(), QStringLiteral("5"));
    // The loader's statement timeout applies to its transactions.
    load::live::ConnectOptions quick;
    quick.statementTimeoutMs = 200;
    auto slow = load::live::Connection::open(m_server.conninfo(QStringLiteral("live")), quick);
    QVERIFY(slow.ok());
    Result<load::live::Rows> sleep = slow.value()->query(QStringLiteral("SELECT pg_sleep(5)"));
    QVERIFY(!sleep.ok());
    QVERIFY2(sleep.error().message.contains(QLatin1String("57014")),
             qPrintable(sleep.error().message));
    // Identifiers in generated SQL go through PQescapeIdentifier.
    QCOMPARE(db.quoteIdentifier(QStringLiteral("we\"ird")), QStringLiteral("\"we\"\"ird\""));
}

void TstLive::badPassword()
{
    if (!m_up)
        QSKIP("no server");
    const QString source = QStringLiteral("host=127.0.0.1 port=%1 user=sl_password "
                                          "password=WrongHorse dbname=live")
                               .arg(m_server.port());
    Result<load::LoadResult> result = load::loadSource(source);
    QVERIFY(!result.ok());
    const QString message = result.error().message;
    QVERIFY2(message.contains(QLatin1String("authentication failed")), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("WrongHorse")), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("password=***")));

    const QString uri = QStringLiteral("postgresql://sl_password:WrongHorse@127.0.0.1:%1/live")
                            .arg(m_server.port());
    Result<load::LoadResult> viaUri = load::loadSource(uri);
    QVERIFY(!viaUri.ok());
    QVERIFY(!viaUri.error().message.contains(QLatin1String("WrongHorse")));

    // No password at all: libpq asks for one.
    const QString none = QStringLiteral("host=127.0.0.1 port=%1 user=sl_password dbname=live "
                                        "passfile=/nonexistent")
                             .arg(m_server.port());
    Result<load::LoadResult> noPassword = load::loadSource(none);
    QVERIFY(!noPassword.ok());
    QVERIFY2(noPassword.error().message.contains(QLatin1String("password")),
             qPrintable(noPassword.error().message));
}

void TstLive::passwordRole()
{
    if (!m_up)
        QSKIP("no server");
    const QString uri =
        QStringLiteral("postgresql://sl_password:s3cret%21@127.0.0.1:%1/live").arg(m_server.port());
    Result<load::LoadResult> result = load::loadSource(uri);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QVERIFY(!result->schema.tables.isEmpty());
    const QString label = result->schema.tables.first().origin.file;
    QVERIFY2(!label.contains(QLatin1String("s3cret")), qPrintable(label));
    QVERIFY(!result->source.rootPath.contains(QLatin1String("s3cret")));
    QVERIFY(!report::toJsonText(report::modelToJson(result.value())).contains("s3cret"));
}

void TstLive::unreachableHost()
{
    // A blackholed address (TEST-NET-1) with a short connect_timeout must come back quickly.
    QElapsedTimer timer;
    timer.start();
    Result<load::LoadResult> result =
        load::loadSource(QStringLiteral("host=192.0.2.1 port=5432 dbname=x connect_timeout=2"));
    QVERIFY(!result.ok());
    QVERIFY2(timer.elapsed() < 8000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(result.error().message.contains(QLatin1String("connect timeout")) ||
                 result.error().message.contains(QLatin1String("unreachable")),
             qPrintable(result.error().message));
}

void TstLive::refusedPort()
{
    Result<load::LoadResult> result =
        load::loadSource(QStringLiteral("host=127.0.0.1 port=1 dbname=x"));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains(QLatin1String("unreachable")),
             qPrintable(result.error().message));
}

void TstLive::missingPrivileges()
{
    if (!m_up)
        QSKIP("no server");
    QVERIFY(m_server.psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE privs")));
    QVERIFY(m_server.psql(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE limited LOGIN")));
    QVERIFY(m_server.psql(QStringLiteral("privs"),
                          QStringLiteral("CREATE TABLE t (id int PRIMARY KEY); CREATE INDEX ON "
                                         "t (id); REVOKE SELECT ON pg_catalog.pg_stat_user_indexes "
                                         "FROM PUBLIC;")));
    // A statistics view the role may not read: the schema loads, with a warning.
    const QString limited = m_server.conninfo(QStringLiteral("privs"), QStringLiteral("limited"));
    Result<load::LoadResult> partial = load::loadSource(limited);
    QVERIFY2(partial.ok(), qPrintable(partial.ok() ? QString() : partial.error().message));
    QCOMPARE(partial->schema.tables.size(), 1);
    QCOMPARE(partial->diagnostics.size(), 1);
    QVERIFY2(partial->diagnostics.at(0).message.contains(QLatin1String("index statistics")),
             qPrintable(partial->diagnostics.at(0).message));
    QVERIFY(partial->diagnostics.at(0).message.contains(QLatin1String("missing privilege")));
    // A catalog the model needs: a clear error naming the privilege problem.
    QVERIFY(m_server.psql(QStringLiteral("privs"),
                          QStringLiteral("REVOKE SELECT ON pg_catalog.pg_policy FROM PUBLIC")));
    Result<load::LoadResult> denied = load::loadSource(limited);
    QVERIFY(!denied.ok());
    QVERIFY2(denied.error().message.contains(QLatin1String("missing privilege")) &&
                 denied.error().message.contains(QLatin1String("pg_policy")),
             qPrintable(denied.error().message));
}

void TstLive::unusedIndexRule()
{
    if (!m_up)
        QSKIP("no server");
    Result<load::LoadResult> result = load(QStringLiteral("live"), {QStringLiteral("app")});
    QVERIFY(result.ok());
    review::ReviewOptions options;
    review::ReviewResult without = review::runReview(result.value(), options);
    for (const review::Finding &f : without.findings)
        QVERIFY(f.rule != QLatin1String("unused-index"));
    options.includeLive = true;
    review::ReviewResult review = review::runReview(result.value(), options);
    QStringList unused;
    for (const review::Finding &f : review.findings) {
        if (f.rule != QLatin1String("unused-index"))
            continue;
        unused.append(f.object.index);
        QCOMPARE(f.severity, review::Severity::Info);
        QVERIFY2(f.message.contains(QLatin1String("since the")), qPrintable(f.message));
    }
    unused.sort();
    // orders_created was scanned in initTestCase; PK/unique indexes never count.
    QCOMPARE(unused, (QStringList{QStringLiteral("invoices_order"), QStringLiteral("orders_lower"),
                                  QStringLiteral("orders_unused")}));
}

void TstLive::orphanRowsRule()
{
    if (!m_up)
        QSKIP("no server");
    Result<load::LoadResult> result = load(QStringLiteral("live"), {QStringLiteral("app")});
    QVERIFY(result.ok());
    auto checker = load::live::LiveDataChecker::open(m_server.conninfo(QStringLiteral("live")));
    QVERIFY(checker.ok());
    review::ReviewOptions options;
    options.includeLive = true;
    review::ReviewResult noChecks = review::runReview(result.value(), options);
    for (const review::Finding &f : noChecks.findings)
        QVERIFY(f.rule != QLatin1String("orphan-rows"));
    options.dataChecker = checker.value();
    review::ReviewResult review = review::runReview(result.value(), options);
    int orphans = 0;
    for (const review::Finding &f : review.findings) {
        if (f.rule != QLatin1String("orphan-rows"))
            continue;
        ++orphans;
        QCOMPARE(f.object.table, QStringLiteral("invoices"));
        QCOMPARE(f.object.column, QStringLiteral("order_id"));
        QCOMPARE(f.object.refTable, QStringLiteral("orders"));
        QVERIFY2(f.message.startsWith(QLatin1String("2 rows")), qPrintable(f.message));
    }
    QCOMPARE(orphans, 1);

    // Direct use: an explicit FK-less reference, the row limit, quoting of odd names.
    const model::Table *invoices =
        result->schema.table(QStringLiteral("app"), QStringLiteral("invoices"));
    const model::Table *orders =
        result->schema.table(QStringLiteral("app"), QStringLiteral("orders"));
    auto limited = load::live::LiveDataChecker::open(m_server.conninfo(QStringLiteral("live")), 1);
    QVERIFY(limited.ok());
    review::DataChecker::Count count = limited.value()->countOrphans(
        *invoices, QStringLiteral("order_id"), *orders, QStringLiteral("id"));
    QCOMPARE(count.rows, 1);
    QVERIFY(count.atLeast);
    count = checker.value()->countOrphans(*invoices, QStringLiteral("Weird Name"), *orders,
                                          QStringLiteral("id"));
    QVERIFY(checker.value()->lastQuery().contains(QLatin1String("c.\"Weird Name\"")));
    QCOMPARE(count.rows, 5); // compared as text after the type mismatch: nothing matches
    QVERIFY(count.error.isEmpty());
}

void TstLive::modelJson()
{
    if (!m_up)
        QSKIP("no server");
    Result<load::LoadResult> result = load(QStringLiteral("live"), {QStringLiteral("app")});
    QVERIFY(result.ok());
    const QJsonObject json = report::modelToJson(result.value());
    const QJsonObject live =
        json.value(QLatin1String("source")).toObject().value(QLatin1String("live")).toObject();
    QVERIFY(live.value(QLatin1String("queries")).toInt() > 0);
    QVERIFY(!live.value(QLatin1String("statisticsSince")).toString().isEmpty());
    bool sawScans = false;
    for (const QJsonValue &t : json.value(QLatin1String("tables")).toArray())
        for (const QJsonValue &i : t.toObject().value(QLatin1String("indexes")).toArray())
            sawScans |= i.toObject().contains(QLatin1String("scans"));
    QVERIFY(sawScans);
}

QTEST_GUILESS_MAIN(TstLive)
#include "tst_live.moc"
