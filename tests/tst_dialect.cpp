// Dialect detection that cannot be fooled: markers read with the engines' own tokenizers,
// evidence weighed from both sides (syntax, types, functions, names, tool config), and both
// engines tried when the evidence stays weak. Fixtures in tests/data/discovery/dialect-*.
#include "core/load/discovery.h"
#include "core/load/discovery/dialect.h"
#include "core/load/discovery/dialectscan.h"
#include "core/load/loader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace schemalens::load;
using schemalens::Result;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SCHEMALENS_TEST_DATA "/discovery/") + name;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList markerNames(const QList<discovery::MarkerHit> &hits, Dialect dialect)
{
    QStringList names;
    for (const discovery::MarkerHit &h : hits) {
        if (h.dialect == dialect)
            names.append(h.marker);
    }
    names.sort();
    return names;
}

int errors(const LoadResult &r)
{
    int n = 0;
    for (const Diagnostic &d : r.diagnostics)
        n += d.rule == QLatin1String("parse-error") || d.rule == QLatin1String("migration-error");
    return n;
}

// The issue's two directions, as single texts.
const QByteArray dieselSqlite = R"(
CREATE TABLE items (
    id BLOB PRIMARY KEY NOT NULL,
    done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
    settings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings))
);
)";
const QByteArray pgIntegerKeys = R"(
START TRANSACTION;
CREATE TABLE accounts (id integer PRIMARY KEY, email text NOT NULL);
CREATE TABLE orders (id integer PRIMARY KEY, account_id integer NOT NULL);
COMMIT;
ALTER TABLE orders ADD CONSTRAINT orders_account_fk
    FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;
CREATE UNIQUE INDEX CONCURRENTLY accounts_email_idx ON accounts (email);
ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_idx;
)";

} // namespace

class TestDialect : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void markers_data();
    void markers();
    void weigh_data();
    void weigh();
    void fixtures_data();
    void fixtures();
    void config_data();
    void config();
    void configNeedsCheckout();
    void trialKeepsLoadedResult();
};

void TestDialect::markers_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QByteArrayList>("sqlite");
    QTest::addColumn<QByteArrayList>("pg");
    const QByteArrayList none;
    QTest::newRow("autoincrement")
        << QByteArray("CREATE TABLE a (id INTEGER PRIMARY KEY AUTOINCREMENT);")
        << QByteArrayList{"AUTOINCREMENT", "INTEGER PRIMARY KEY"} << none;
    QTest::newRow("without rowid, strict")
        << QByteArray("CREATE TABLE a (k TEXT PRIMARY KEY) WITHOUT ROWID, STRICT;")
        << QByteArrayList{"STRICT tables", "WITHOUT ROWID"} << none;
    QTest::newRow("pragma") << QByteArray("PRAGMA foreign_keys=off;") << QByteArrayList{"PRAGMA"}
                            << none;
    QTest::newRow("backticks") << QByteArray("CREATE TABLE `a` (`id` integer);")
                               << QByteArrayList{"backtick identifiers"} << none;
    QTest::newRow("blob ids, json_valid, flags")
        << dieselSqlite << QByteArrayList{"0/1 integer flags", "BLOB type", "json_valid()"} << none;
    QTest::newRow("datetime default")
        << QByteArray("CREATE TABLE a (t DATETIME DEFAULT (datetime('now')), u TEXT DEFAULT "
                      "(strftime('%s')));")
        << QByteArrayList{"DATETIME type", "datetime()", "strftime()"} << none;
    QTest::newRow("insert or ignore, nocase")
        << QByteArray("CREATE TABLE a (n TEXT COLLATE NOCASE); INSERT OR IGNORE INTO a VALUES (1);")
        << QByteArrayList{"COLLATE NOCASE", "INSERT OR REPLACE/IGNORE"} << none;
    QTest::newRow("trigger body")
        << QByteArray("CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET n = 1; END;")
        << QByteArrayList{"trigger body BEGIN ... END"} << none;
    QTest::newRow("serial, timestamptz, now()")
        << QByteArray("CREATE TABLE a (id bigserial, at timestamptz DEFAULT now());") << none
        << QByteArrayList{"now()", "serial types", "timestamptz"};
    QTest::newRow("dollar quotes")
        << QByteArray("DO $$ BEGIN END $$;") << none << QByteArrayList{"$$", "DO blocks"};
    QTest::newRow("extension, cast")
        << QByteArray("create extension if not exists pg_trgm; SELECT '1'::int;") << none
        << QByteArrayList{"::", "CREATE EXTENSION"};
    QTest::newRow("the issue's PostgreSQL")
        << pgIntegerKeys << QByteArrayList{"INTEGER PRIMARY KEY"}
        << QByteArrayList{"ALTER TABLE ... ADD CONSTRAINT", "CONCURRENTLY", "NOT VALID",
                          "START TRANSACTION", "USING INDEX"};
    QTest::newRow("alter column, several actions")
        << QByteArray("ALTER TABLE a ALTER COLUMN b TYPE text, ADD COLUMN c int;") << none
        << QByteArrayList{"ALTER TABLE ... ALTER COLUMN", "several actions in one ALTER TABLE"};
    QTest::newRow("sqlite alter is no marker")
        << QByteArray("ALTER TABLE a ADD COLUMN c int; ALTER TABLE a RENAME COLUMN c TO d;"
                      "ALTER TABLE a DROP COLUMN d;")
        << none << none;
    QTest::newRow("using gin, identity")
        << QByteArray("CREATE TABLE a (id int GENERATED ALWAYS AS IDENTITY, d jsonb);"
                      "CREATE INDEX i ON a USING gin (d);")
        << none << QByteArrayList{"IDENTITY columns", "USING GIN", "jsonb"};
    QTest::newRow("markers in comments and strings")
        << QByteArray("-- AUTOINCREMENT jsonb\n/* PRAGMA */ SELECT 'a::b', \"x$$\";") << none
        << none;
    QTest::newRow("sqlite words inside a function body")
        << QByteArray("CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN PERFORM datetime('now'); "
                      "PRAGMA x; END $$ LANGUAGE plpgsql;")
        << none
        << QByteArrayList{"$$", "CREATE FUNCTION", "RETURNS TRIGGER",
                          "procedural languages (LANGUAGE plpgsql)"};
    QTest::newRow("backtick inside a string") << QByteArray("COMMENT ON TABLE a IS 'run `make`';")
                                              << none << QByteArrayList{"COMMENT ON"};
    QTest::newRow("unterminated string after a marker")
        << QByteArray("CREATE TABLE a (id bigserial);\nSELECT 'oops") << none
        << QByteArrayList{"serial types"};
    QTest::newRow("virtual table using is not an index method")
        << QByteArray("CREATE VIRTUAL TABLE f USING fts5(body);")
        << QByteArrayList{"CREATE VIRTUAL TABLE"} << none;
}

void TestDialect::markers()
{
    QFETCH(QByteArray, sql);
    QFETCH(QByteArrayList, sqlite);
    QFETCH(QByteArrayList, pg);
    const QList<discovery::MarkerHit> hits = discovery::scanDialectMarkers(sql);
    auto strings = [](const QByteArrayList &list) {
        QStringList result;
        for (const QByteArray &b : list)
            result.append(QString::fromUtf8(b));
        result.sort();
        return result;
    };
    QCOMPARE(markerNames(hits, Dialect::SQLite), strings(sqlite));
    QCOMPARE(markerNames(hits, Dialect::PostgreSQL), strings(pg));
}

void TestDialect::weigh_data()
{
    QTest::addColumn<QList<QByteArray>>("files");
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<DialectConfidence>("confidence");
    const Dialect pg = Dialect::PostgreSQL;
    const Dialect lite = Dialect::SQLite;
    QTest::newRow("diesel sqlite")
        << QList<QByteArray>{dieselSqlite} << lite << DialectConfidence::High;
    QTest::newRow("pg with integer keys")
        << QList<QByteArray>{pgIntegerKeys} << pg << DialectConfidence::High;
    QTest::newRow("nothing") << QList<QByteArray>{"CREATE TABLE a (id int);"} << Dialect::Unknown
                             << DialectConfidence::Low;
    QTest::newRow("integer primary key alone")
        << QList<QByteArray>{"create table a (id integer primary key);"} << lite
        << DialectConfidence::Low;
    QTest::newRow("jsonb alone") << QList<QByteArray>{"create table a (d jsonb);"} << pg
                                 << DialectConfidence::Low;
    QTest::newRow("timestamptz and now()")
        << QList<QByteArray>{"create table a (t timestamptz default now());"} << pg
        << DialectConfidence::Medium;
    QTest::newRow("one decisive marker") << QList<QByteArray>{"CREATE TABLE a (id serial); "
                                                              "SELECT 1::int;"}
                                         << pg << DialectConfidence::Medium;
    QList<QByteArray> mostlySqlite(10, "CREATE TABLE a (id INTEGER PRIMARY KEY AUTOINCREMENT);");
    mostlySqlite.append("SELECT '1'::int;");
    QTest::newRow("ten AUTOINCREMENT files and one cast")
        << mostlySqlite << lite << DialectConfidence::Medium;
    QTest::newRow("one each") << QList<QByteArray>{"SELECT '1'::int;", "PRAGMA x;"}
                              << Dialect::Unknown << DialectConfidence::Low;
    QList<QByteArray> manyKeys(40, "CREATE TABLE t (id integer PRIMARY KEY, n text);");
    manyKeys.append("CREATE INDEX CONCURRENTLY i ON t (n);");
    QTest::newRow("forty integer keys and one CONCURRENTLY")
        << manyKeys << pg << DialectConfidence::Low;
}

void TestDialect::weigh()
{
    QFETCH(QList<QByteArray>, files);
    QFETCH(Dialect, dialect);
    QFETCH(DialectConfidence, confidence);
    const discovery::DialectGuess guess = discovery::dialectFromContent(files);
    QCOMPARE(dialectName(guess.dialect), dialectName(dialect));
    QCOMPARE(confidenceName(guess.confidence), confidenceName(confidence));
    QVERIFY(!guess.evidence.isEmpty());
}

void TestDialect::fixtures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Dialect>("discovered"); // what the evidence alone says
    QTest::addColumn<DialectConfidence>("confidence");
    QTest::addColumn<Dialect>("loaded"); // after the trial, when there is one
    QTest::addColumn<bool>("trial");
    QTest::addColumn<QString>("errorFile"); // the one refused statement, "" for none
    QTest::addColumn<int>("errorLine");
    QTest::addColumn<QString>("errorText");
    const Dialect pg = Dialect::PostgreSQL;
    const Dialect lite = Dialect::SQLite;
    QTest::newRow("diesel layout, SQLite SQL")
        << "dialect-diesel-blob" << lite << DialectConfidence::High << lite << false
        << "migrations/2024-02-01-000000_drop_settings/up.sql" << 4
        << "error in table items after drop column: no such column: settings";
    QTest::newRow("PostgreSQL with integer primary keys")
        << "dialect-integer-keys" << pg << DialectConfidence::High << pg << false << "" << 0 << "";
    QTest::newRow("weak: untyped columns only SQLite takes")
        << "dialect-untyped-columns" << lite << DialectConfidence::Low << lite << true << "" << 0
        << "";
    QTest::newRow("no markers: both engines agree, PostgreSQL")
        << "plain" << Dialect::Unknown << DialectConfidence::Low << pg << true << "" << 0 << "";
}

void TestDialect::fixtures()
{
    QFETCH(QString, name);
    QFETCH(Dialect, discovered);
    QFETCH(DialectConfidence, confidence);
    QFETCH(Dialect, loaded);
    QFETCH(bool, trial);
    QFETCH(QString, errorFile);
    QFETCH(int, errorLine);
    QFETCH(QString, errorText);
    const Result<MigrationPlan> plan = discover(fixture(name));
    QVERIFY(plan.ok());
    QCOMPARE(dialectName(plan->dialect), dialectName(discovered));
    QCOMPARE(confidenceName(plan->dialectConfidence), confidenceName(confidence));
    QVERIFY(!plan->dialectSignals.isEmpty() || discovered == Dialect::Unknown);

    const Result<LoadResult> result = loadSource(fixture(name));
    QVERIFY(result.ok());
    QCOMPARE(dialectName(result->source.dialect), dialectName(loaded));
    QCOMPARE(result->source.dialectTrial.ran, trial);
    if (trial)
        QVERIFY2(result->source.dialectEvidence.contains(QStringLiteral("both engines tried")),
                 qPrintable(result->source.dialectEvidence));
    if (errorFile.isEmpty()) {
        QCOMPARE(errors(result.value()), 0);
        return;
    }
    QCOMPARE(errors(result.value()), 1);
    const Diagnostic *error = nullptr;
    for (const Diagnostic &d : result->diagnostics)
        if (d.rule == QLatin1String("migration-error"))
            error = &d;
    QVERIFY(error);
    QCOMPARE(error->location.file, errorFile);
    QCOMPARE(error->location.line, errorLine);
    QVERIFY2(error->message.contains(errorText), qPrintable(error->message));
}

void TestDialect::config_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<Dialect>("dialect");
    const Dialect pg = Dialect::PostgreSQL;
    const Dialect lite = Dialect::SQLite;
    QTest::newRow("Cargo.toml diesel sqlite")
        << "Cargo.toml"
        << QByteArray("[package]\nname = \"app\"\n\n[dependencies]\ndiesel = { version = \"2\", "
                      "features = [\"sqlite\", \"chrono\"] }\n")
        << lite;
    QTest::newRow("Cargo.toml sqlx postgres, table form")
        << "Cargo.toml"
        << QByteArray("[dependencies.sqlx]\nversion = \"0.7\"\nfeatures = [\"runtime-tokio\", "
                      "\"postgres\"]\n")
        << pg;
    QTest::newRow("Cargo.toml both backends")
        << "Cargo.toml"
        << QByteArray("[dependencies]\ndiesel = { features = [\"sqlite\", \"postgres\"] }\n")
        << Dialect::Unknown;
    QTest::newRow(".env postgres")
        << ".env" << QByteArray("DATABASE_URL=postgres://app@localhost/app\n") << pg;
    QTest::newRow(".env.example sqlite")
        << ".env.example" << QByteArray("export DATABASE_URL=\"sqlite://app.db\"\n") << lite;
    QTest::newRow("drizzle config") << "drizzle.config.ts"
                                    << QByteArray("export default defineConfig({\n  dialect: "
                                                  "\"sqlite\",\n  schema: \"./src/db\",\n});\n")
                                    << lite;
    QTest::newRow("go.mod sqlite driver")
        << "go.mod"
        << QByteArray("module x\n\nrequire (\n\tgithub.com/mattn/go-sqlite3 v1.14.22\n)\n") << lite;
    QTest::newRow("go.mod both drivers")
        << "go.mod"
        << QByteArray("module x\nrequire (\n\tgithub.com/lib/pq v1.10.9\n\tmodernc.org/sqlite "
                      "v1.29.0\n)\n")
        << Dialect::Unknown;
    QTest::newRow("package.json better-sqlite3")
        << "package.json"
        << QByteArray(
               "{\"dependencies\": {\"better-sqlite3\": \"^9\", \"drizzle-orm\": \"^0.30\"}}")
        << lite;
    QTest::newRow("Rails database.yml")
        << "config/database.yml"
        << QByteArray("default: &default\n  adapter: postgresql\n  encoding: unicode\n") << pg;
    QTest::newRow("alembic.ini") << "alembic.ini"
                                 << QByteArray("[alembic]\nsqlalchemy.url = sqlite:///app.db\n")
                                 << lite;
    QTest::newRow("diesel.toml print_schema schema")
        << "diesel.toml"
        << QByteArray("[print_schema]\nfile = \"src/schema.rs\"\nschema = \"app\"\n") << pg;
    QTest::newRow("diesel.toml without a backend")
        << "diesel.toml" << QByteArray("[print_schema]\nfile = \"src/schema.rs\"\n")
        << Dialect::Unknown;
}

void TestDialect::config()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(Dialect, dialect);
    // A project checkout: the config at its root, markerless migrations two folders down.
    QTemporaryDir project;
    QVERIFY(QDir(project.path()).mkdir(QStringLiteral(".git")));
    QVERIFY(writeFile(project.filePath(file), content));
    QVERIFY(writeFile(project.filePath(QStringLiteral("db/migrations/001_init.sql")),
                      "CREATE TABLE a (id int);\n"));
    QVERIFY(writeFile(project.filePath(QStringLiteral("db/migrations/002_more.sql")),
                      "CREATE TABLE b (id int);\n"));
    const QList<DialectSignal> found =
        discovery::configSignals(project.filePath(QStringLiteral("db/migrations")),
                                 project.filePath(QStringLiteral("db/migrations")));
    if (dialect == Dialect::Unknown) {
        QVERIFY(found.isEmpty());
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(dialectName(found.first().dialect), dialectName(dialect));
    QCOMPARE(found.first().source, QStringLiteral("config"));
    QVERIFY(found.first().decisive);
    // Opening the migrations folder itself finds the project's config.
    const Result<MigrationPlan> plan = discover(project.filePath(QStringLiteral("db/migrations")));
    QVERIFY(plan.ok());
    QCOMPARE(dialectName(plan->dialect), dialectName(dialect));
    QVERIFY2(plan->dialectEvidence.contains(found.first().marker),
             qPrintable(plan->dialectEvidence));
}

void TestDialect::configNeedsCheckout()
{
    // Above the folder given, config files count only inside a git checkout: a stray
    // package.json in a parent folder of a temporary directory says nothing.
    QTemporaryDir parent;
    QVERIFY(writeFile(parent.filePath(QStringLiteral(".env")), "DATABASE_URL=sqlite://stray.db\n"));
    QVERIFY(writeFile(parent.filePath(QStringLiteral("migrations/001_init.sql")),
                      "CREATE TABLE a (id int);\n"));
    QVERIFY(discovery::configSignals(parent.filePath(QStringLiteral("migrations")),
                                     parent.filePath(QStringLiteral("migrations")))
                .isEmpty());
    // Inside the folder given, they count.
    QCOMPARE(discovery::configSignals(parent.filePath(QStringLiteral("migrations")), parent.path())
                 .size(),
             1);
}

void TestDialect::trialKeepsLoadedResult()
{
    // A weak source whose SQL only SQLite accepts: the trial loads everything, keeps SQLite's
    // result, and records both engines' counts under source.dialectTrial.
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("1.sql")),
                      "CREATE TABLE a (id INTEGER PRIMARY KEY, b);\nCREATE TABLE c (d);\n"));
    const Result<LoadResult> result = loadSource(dir.path());
    QVERIFY(result.ok());
    const DialectTrial &trial = result->source.dialectTrial;
    QVERIFY(trial.ran);
    QCOMPARE(trial.units, 1);
    QCOMPARE(trial.sqliteErrors, 0);
    QCOMPARE(trial.pgErrors, 2);
    QCOMPARE(trial.sqliteStatements, 2);
    QCOMPARE(result->source.dialect, Dialect::SQLite);
    QCOMPARE(result->source.dialectConfidence, DialectConfidence::Medium);
    QCOMPARE(result->schema.tables.size(), 2);
    QCOMPARE(errors(result.value()), 0);
}

QTEST_GUILESS_MAIN(TestDialect)
#include "tst_dialect.moc"
