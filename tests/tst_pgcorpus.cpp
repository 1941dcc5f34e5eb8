// Every PostgreSQL entry of shared/corpus loads without a crash, in the tool's layout and
// order, and builds the tables and foreign keys PostgreSQL 15 builds from the same files.
// The expected numbers were checked with tests/oracle/pg-compare.sh against a PostgreSQL
// 15.18 server; where the server differs, the row says why (missing extensions, PG16+
// syntax, run-time DDL), and the row pins Schemalens' own result so a regression shows.

#include "core/load/loader.h"
#include "tests/corpus.h"

#include <QDir>
#include <QTest>

using namespace schemalens;

class TstPgCorpus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void load_data();
    void load();
};

void TstPgCorpus::load_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<int>("tables");
    QTest::addColumn<int>("foreignKeys");
    QTest::addColumn<int>("maxDiagnostics");

    // clang-format off
    // entry, layout, tables, FKs, diagnostics at most.  Same as PostgreSQL unless noted.
    QTest::newRow("ai-chatbot") << "ai-chatbot-drizzle-pg" << "drizzle" << 9 << 11 << 0;
    QTest::newRow("atuin") << "atuin-sqlx-pg" << "sqlx" << 7 << 0 << 0;
    // PostgreSQL fails on the missing platform objects (auth.users, storage.objects);
    // Schemalens shows them as 2 external tables (source-warning diagnostics).
    QTest::newRow("chatbot-ui") << "chatbot-ui-supabase-pg" << "supabase" << 28 << 66 << 4;
    QTest::newRow("chinook") << "chinook-pg" << "dump" << 11 << 11 << 0;
    QTest::newRow("danbooru") << "danbooru-structure-pg" << "rails-structure" << 66 << 93 << 0;
    QTest::newRow("documenso") << "documenso-prisma-pg" << "prisma" << 51 << 63 << 0;
    // One file is missing from the drizzle journal: reported, not applied.
    QTest::newRow("dokploy") << "dokploy-drizzle-pg" << "drizzle" << 67 << 133 << 1;
    QTest::newRow("flipt") << "flipt-golang-migrate-pg" << "golang-migrate" << 14 << 20 << 0;
    // 48 tables and golang-migrate's schema_migrations, which a migration alters (external).
    QTest::newRow("harbor") << "harbor-golang-migrate-pg" << "golang-migrate" << 49 << 13 << 2;
    // PostgreSQL also has 47 partitions that functions create at run time, named after
    // today's date; a static loader cannot know them.
    QTest::newRow("hatchet") << "hatchet-goose-pg" << "goose" << 133 << 75 << 4;
    QTest::newRow("hoppscotch") << "hoppscotch-prisma-pg" << "prisma" << 23 << 22 << 0;
    QTest::newRow("kratos") << "kratos-popx-mixed" << "popx" << 26 << 55 << 0;
    QTest::newRow("lago") << "lago-structure-pg" << "rails-structure" << 139 << 339 << 0;
    QTest::newRow("langfuse") << "langfuse-prisma-pg" << "prisma" << 71 << 108 << 0;
    // PG16+ syntax fails in both, and the statements that depend on it fail alike. Also
    // Diesel's __diesel_schema_migrations, which a migration touches (external).
    QTest::newRow("lemmy") << "lemmy-diesel-pg" << "diesel" << 53 << 94 << 190;
    QTest::newRow("marquez") << "marquez-flyway-pg" << "flyway" << 30 << 46 << 0;
    QTest::newRow("memos") << "memos-pg" << "version-folders" << 11 << 1 << 0;
    // PostgreSQL without pgvector rejects the vector columns (41 tables, 51 FKs).
    QTest::newRow("omnivore") << "omnivore-postgrator-pg" << "postgrator" << 56 << 76 << 0;
    QTest::newRow("openfga") << "openfga-goose-mixed" << "goose" << 5 << 0 << 0;
    // PostgreSQL without PostGIS rejects moderation_zones (56 tables, 69 FKs).
    QTest::newRow("osm") << "osm-website-pg" << "rails-structure" << 57 << 71 << 0;
    // PG18 syntax (VIRTUAL columns, uuidv7) and pgvector: PostgreSQL 15 keeps 11 tables.
    QTest::newRow("pagila") << "pagila-pg" << "dump" << 70 << 31 << 40;
    // psql variables (:'name') in two data files are parse errors; sql/test-schema.sql
    // changes the schema but is not in the sqitch plan (a source-warning).
    QTest::newRow("registry") << "registry-sqitch-pg" << "sqitch" << 40 << 59 << 3;
    // The auth schema is provided by the platform: assumed, with one source-warning.
    QTest::newRow("supabase-auth") << "supabase-auth-pg" << "popx" << 23 << 18 << 1;
    // Needs Supabase's roles and extensions; PostgreSQL alone keeps none of the tables.
    QTest::newRow("supabase-postgres") << "supabase-postgres-dbmate-pg" << "dbmate" << 8 << 3 << 0;
    QTest::newRow("synapse") << "synapse-schema-mixed" << "synapse" << 173 << 45 << 0;
    QTest::newRow("vaultwarden") << "vaultwarden-diesel-pg" << "diesel" << 28 << 34 << 0;
    // clang-format on
}

void TstPgCorpus::load()
{
    QFETCH(QString, entry);
    QFETCH(QString, layout);
    QFETCH(int, tables);
    QFETCH(int, foreignKeys);
    QFETCH(int, maxDiagnostics);
    const QString path = testcorpus::path(entry);
    SCHEMALENS_REQUIRE_CORPUS_PATH(path);

    Result<load::LoadResult> result = load::loadSource(path);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result->source.layout, layout);
    QCOMPARE(result->source.dialect, load::Dialect::PostgreSQL);
    int fks = 0;
    for (const model::Table &t : result->schema.tables)
        fks += int(t.foreignKeys.size());
    QCOMPARE(int(result->schema.tables.size()), tables);
    QCOMPARE(fks, foreignKeys);
    const qsizetype diagnostics = result->diagnostics.size() + result->source.diagnostics.size();
    QVERIFY2(
        diagnostics <= maxDiagnostics,
        qPrintable(QStringLiteral("%1 diagnostics, at most %2 expected; first: %3")
                       .arg(diagnostics)
                       .arg(maxDiagnostics)
                       .arg(result->diagnostics.isEmpty()
                                ? QString()
                                : result->diagnostics.first().location.toString() +
                                      QLatin1Char(' ') + result->diagnostics.first().message)));
}

QTEST_GUILESS_MAIN(TstPgCorpus)
#include "tst_pgcorpus.moc"
