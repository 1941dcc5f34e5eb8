// A migration tool's own bookkeeping table (schema_migrations, flyway_schema_history, ...)
// is known to its layout: a migration that alters, indexes, triggers on or writes to it
// finds it as an external table with the tool's columns, in PostgreSQL and in SQLite, and
// the History does not claim that a migration created it.
#include "core/load/bookkeeping.h"
#include "core/load/loader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace schemalens;
using namespace schemalens::load;

namespace {

using Files = QMap<QByteArray, QByteArray>; // relative path -> content

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList columnNames(const model::Table &table)
{
    QStringList names;
    for (const model::Column &c : table.columns)
        names.append(c.name);
    return names;
}

} // namespace

class TestBookkeeping : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tables_data();
    void tables();
    void everyLayoutNamesItsTables();
};

void TestBookkeeping::tables_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("schema"); // of the bookkeeping table
    QTest::addColumn<QString>("table");
    QTest::addColumn<bool>("external"); // false: the migrations created it themselves
    QTest::addColumn<QByteArrayList>("columns");
    QTest::addColumn<int>("errors");
    const Dialect pg = Dialect::PostgreSQL;
    const Dialect lite = Dialect::SQLite;
    const Files harbor{{"0001_init.up.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n"},
                       {"0002_data_version.up.sql",
                        "ALTER TABLE schema_migrations ADD COLUMN data_version int;\n"}};
    QTest::newRow("golang-migrate, PostgreSQL (harbor)")
        << harbor << pg << "golang-migrate"
        << "public"
        << "schema_migrations" << true << QByteArrayList{"version", "dirty", "data_version"} << 0;
    QTest::newRow("golang-migrate, SQLite")
        << harbor << lite << "golang-migrate"
        << "main"
        << "schema_migrations" << true << QByteArrayList{"version", "dirty", "data_version"} << 0;
    QTest::newRow("diesel trigger (lemmy)")
        << Files{{"migrations/2020-01-01-000000_guard/up.sql",
                  "CREATE FUNCTION forbid() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE "
                  "EXCEPTION 'use the app'; END $$;\nCREATE TRIGGER guard BEFORE INSERT ON "
                  "__diesel_schema_migrations FOR EACH ROW EXECUTE FUNCTION forbid();\n"}}
        << pg << "diesel"
        << "public"
        << "__diesel_schema_migrations" << true << QByteArrayList{"version", "run_on"} << 0;
    QTest::newRow("flyway index")
        << Files{{"V1__init.sql", "CREATE TABLE a (id int PRIMARY KEY);\n"},
                 {"V2__history_index.sql",
                  "CREATE INDEX history_success ON flyway_schema_history (success);\n"}}
        << pg << "flyway"
        << "public"
        << "flyway_schema_history" << true
        << QByteArrayList{"installed_rank", "version",  "description",  "type",
                          "script",         "checksum", "installed_by", "installed_on",
                          "execution_time", "success"}
        << 0;
    QTest::newRow("prisma column")
        << Files{{"migrations/20240101000000_note/migration.sql",
                  "ALTER TABLE \"_prisma_migrations\" ADD COLUMN note text;\n"}}
        << pg << "prisma"
        << "public"
        << "_prisma_migrations" << true
        << QByteArrayList{"id",   "checksum",       "finished_at", "migration_name",
                          "logs", "rolled_back_at", "started_at",  "applied_steps_count",
                          "note"}
        << 0;
    QTest::newRow("goose index")
        << Files{{"1_init.sql",
                  "-- +goose Up\nCREATE INDEX goose_version ON goose_db_version (version_id);\n"}}
        << pg << "goose"
        << "public"
        << "goose_db_version" << true << QByteArrayList{"id", "version_id", "is_applied", "tstamp"}
        << 0;
    QTest::newRow("dbmate insert, SQLite")
        << Files{{"db/migrations/20240101000000_seed.sql",
                  "-- migrate:up\nCREATE TABLE a (id INTEGER PRIMARY KEY);\nINSERT INTO "
                  "schema_migrations (version) VALUES ('20230101000000');\n"}}
        << lite << "dbmate"
        << "main"
        << "schema_migrations" << true << QByteArrayList{"version"} << 0;
    QTest::newRow("sqitch registry")
        << Files{{"sqitch.plan", "%project=x\n\nindex 2024-01-01T00:00:00Z me <me@x> # idx\n"},
                 {"deploy/index.sql",
                  "CREATE INDEX changes_project ON sqitch.changes (project);\n"}}
        << pg << "sqitch"
        << "sqitch"
        << "changes" << true << QByteArrayList{"project"} << 0;
    QTest::newRow("drizzle schema")
        << Files{{"drizzle/meta/_journal.json",
                  "{\"dialect\":\"postgresql\",\"entries\":[{\"tag\":\"0000_note\"}]}"},
                 {"drizzle/0000_note.sql",
                  "ALTER TABLE drizzle.__drizzle_migrations ADD COLUMN note text;\n"}}
        << pg << "drizzle"
        << "drizzle"
        << "__drizzle_migrations" << true << QByteArrayList{"id", "hash", "created_at", "note"}
        << 0;
    QTest::newRow("created by the migrations: an ordinary table")
        << Files{{"0001_init.up.sql",
                  "CREATE TABLE schema_migrations (version text PRIMARY KEY);\n"},
                 {"0002_more.up.sql", "ALTER TABLE schema_migrations ADD COLUMN x int;\n"}}
        << pg << "golang-migrate"
        << "public"
        << "schema_migrations" << false << QByteArrayList{"version", "x"} << 0;
    QTest::newRow("near miss: a plain folder has no bookkeeping table")
        << Files{{"a.sql", "CREATE TABLE a (id int);\n"},
                 {"b.sql", "ALTER TABLE schema_migrations ADD COLUMN x int;\n"}}
        << pg << "plain"
        << "public"
        << "" << false << QByteArrayList{} << 1;
}

void TestBookkeeping::tables()
{
    QFETCH(Files, files);
    QFETCH(Dialect, dialect);
    QFETCH(QString, layout);
    QFETCH(QString, schema);
    QFETCH(QString, table);
    QFETCH(bool, external);
    QFETCH(QByteArrayList, columns);
    QFETCH(int, errors);
    QTemporaryDir dir;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY(writeFile(dir.filePath(QString::fromUtf8(it.key())), it.value()));
    LoadOptions options;
    options.discovery.dialect = dialect;
    const Result<LoadResult> result = loadSource(dir.path(), options);
    QVERIFY(result.ok());
    QCOMPARE(result->source.layout, layout);
    int refused = 0;
    for (const Diagnostic &d : result->diagnostics) {
        if (d.rule == QLatin1String("parse-error") || d.rule == QLatin1String("migration-error")) {
            ++refused;
            qWarning("%s:%d %s", qPrintable(d.location.file), d.location.line,
                     qPrintable(d.message));
        }
    }
    QCOMPARE(refused, errors);
    if (table.isEmpty())
        return;
    const model::Table *t = result->schema.table(schema, table);
    QVERIFY2(t, qPrintable(schema + QLatin1Char('.') + table));
    QCOMPARE(t->external, external);
    const QStringList names = columnNames(*t);
    for (const QByteArray &column : columns)
        QVERIFY2(names.contains(QString::fromUtf8(column)),
                 qPrintable(QString::fromUtf8(column) + QStringLiteral(" in ") +
                            names.join(QLatin1Char(','))));
    const bool announced = std::any_of(
        result->diagnostics.cbegin(), result->diagnostics.cend(), [&](const Diagnostic &d) {
            return d.rule == QLatin1String("source-warning") &&
                   d.message.contains(QStringLiteral("own bookkeeping table"));
        });
    QCOMPARE(announced, external);
    // No migration created it, so the History does not say one did.
    if (external) {
        for (const model::Change &c : result->schema.history.changes)
            QVERIFY2(!(c.kind == model::Change::Kind::CreateTable && c.table == table),
                     qPrintable(c.origin.file));
    }
}

void TestBookkeeping::everyLayoutNamesItsTables()
{
    // The tools issue 15 names, and where their tables live.
    const QList<std::pair<const char *, const char *>> expected = {
        {"golang-migrate", "schema_migrations"},
        {"dbmate", "schema_migrations"},
        {"rails-structure", "schema_migrations"},
        {"ecto", "schema_migrations"},
        {"flyway", "flyway_schema_history"},
        {"diesel", "__diesel_schema_migrations"},
        {"prisma", "_prisma_migrations"},
        {"goose", "goose_db_version"},
        {"sqitch", "changes"},
        {"alembic", "alembic_version"},
        {"drizzle", "__drizzle_migrations"},
        {"sqlx", "_sqlx_migrations"}};
    for (const auto &[layout, name] : expected) {
        const QList<BookkeepingTable> tables = bookkeepingTables(QString::fromLatin1(layout));
        const bool found =
            std::any_of(tables.cbegin(), tables.cend(),
                        [&](const BookkeepingTable &t) { return t.name == QLatin1String(name); });
        QVERIFY2(found, layout);
    }
    QVERIFY(bookkeepingTables(QStringLiteral("plain")).isEmpty());
    QVERIFY(bookkeepingTables(QStringLiteral("dump")).isEmpty());
}

QTEST_GUILESS_MAIN(TestBookkeeping)
#include "tst_bookkeeping.moc"
