// Nothing is skipped silently: every file a layout does not apply is listed with its
// reason (MigrationPlan::skipped, source.skippedFiles in the model JSON), and the ones that
// look like migrations (near-miss names, a down file without its up file, left-out files
// that change the schema) get a source-warning. Fixtures: tests/data/discovery/odd-names*.
// tst_discovery checks the listing on every layout fixture and corpus entry.
#include "core/load/discovery.h"
#include "core/load/discovery/layouts.h"
#include "core/load/discovery/skipcheck.h"

#include <QTest>

using namespace schemalens::load;
using schemalens::Result;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SCHEMALENS_TEST_DATA "/discovery/") + name;
}

QString skipReason(const MigrationPlan &plan, const QString &path)
{
    for (const SkippedFile &s : plan.skipped) {
        if (s.path == path)
            return s.reason;
    }
    return QStringLiteral("<not skipped>");
}

const Diagnostic *diagnosticFor(const MigrationPlan &plan, const QString &file)
{
    for (const Diagnostic &d : plan.diagnostics) {
        if (d.location.file == file)
            return &d;
    }
    return nullptr;
}

} // namespace

class TestSkippedFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nameCorrections_data();
    void nameCorrections();
    void skippedFiles_data();
    void skippedFiles();
    void changesSchema_data();
    void changesSchema();
};

void TestSkippedFiles::nameCorrections_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<QString>("suggestion"); // the first correction the layout takes, or ""
    QTest::newRow("upper-case up") << "0003_x.UP.sql"
                                   << "golang-migrate"
                                   << "0003_x.up.sql";
    QTest::newRow("upper-case extension") << "0003_x.up.SQL"
                                          << "golang-migrate"
                                          << "0003_x.up.sql";
    QTest::newRow("psql extension") << "0005_tags.up.psql"
                                    << "golang-migrate"
                                    << "0005_tags.up.sql";
    QTest::newRow("sql.txt") << "0005_tags.up.sql.txt"
                             << "golang-migrate"
                             << "0005_tags.up.sql";
    QTest::newRow("missing up") << "0005_tags.sql"
                                << "golang-migrate"
                                << "0005_tags.up.sql";
    QTest::newRow("dash after version") << "0005-tags.up.sql"
                                        << "golang-migrate"
                                        << "0005_tags.up.sql";
    QTest::newRow("everything at once") << "0005-tags.UP..sql"
                                        << "golang-migrate"
                                        << "0005_tags.up.sql";
    QTest::newRow("flyway lower-case prefix") << "v2__x.sql"
                                              << "flyway"
                                              << "V2__x.sql";
    QTest::newRow("flyway single underscore") << "V3_x.sql"
                                              << "flyway"
                                              << "V3__x.sql";
    QTest::newRow("diesel Up.sql") << "Up.sql"
                                   << "diesel"
                                   << "up.sql";
    QTest::newRow("plain .psql") << "schema.psql"
                                 << "plain"
                                 << "schema.sql";
    QTest::newRow("readme: nothing") << "README.md"
                                     << "golang-migrate"
                                     << "";
    QTest::newRow("notes: nothing") << "0007_notes.txt"
                                    << "golang-migrate"
                                    << "";
    QTest::newRow("down stays down") << "0004_x.down.sql"
                                     << "golang-migrate"
                                     << "";
}

void TestSkippedFiles::nameCorrections()
{
    QFETCH(QString, name);
    QFETCH(QString, layout);
    QFETCH(QString, suggestion);
    QString found;
    for (const QString &corrected : discovery::nameCorrections(name)) {
        if (discovery::layoutAppliesName(layout, corrected)) {
            found = corrected;
            break;
        }
    }
    QCOMPARE(found, suggestion);
    QVERIFY(!discovery::layoutAppliesName(layout, name));
}

void TestSkippedFiles::skippedFiles_data()
{
    QTest::addColumn<QString>("fixtureName");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("warning"); // part of the source-warning, "" for none
    QTest::newRow("UP") << "odd-names"
                        << "0003_add_index.UP.sql"
                        << "not a golang-migrate file name"
                        << "Did you mean 0003_add_index.up.sql?";
    QTest::newRow("down without up") << "odd-names"
                                     << "0004_orphan.down.sql"
                                     << "down migration"
                                     << "without an up migration for version 4";
    QTest::newRow("psql") << "odd-names"
                          << "0005_tags.up.psql"
                          << "not an SQL file"
                          << "Did you mean 0005_tags.up.sql?";
    QTest::newRow("down with up") << "odd-names"
                                  << "0001_init.down.sql"
                                  << "down migration"
                                  << "";
    QTest::newRow("notes") << "odd-names"
                           << "0007_notes.txt"
                           << "not an SQL file"
                           << "";
    QTest::newRow("backup") << "odd-names"
                            << "0008_old.up.sql.bak"
                            << "backup or disabled copy"
                            << "";
    QTest::newRow("readme") << "odd-names"
                            << "README.md"
                            << "not an SQL file"
                            << "";
    QTest::newRow("flyway v2") << "odd-names-flyway"
                               << "v2__lower_prefix.sql"
                               << "not a Flyway migration file name"
                               << "Did you mean V2__lower_prefix.sql?";
    QTest::newRow("flyway V3_") << "odd-names-flyway"
                                << "V3_single_underscore.sql"
                                << "not a Flyway migration file name"
                                << "Did you mean V3__single_underscore.sql?";
    QTest::newRow("flyway.conf") << "odd-names-flyway"
                                 << "flyway.conf"
                                 << "not an SQL file"
                                 << "";
    QTest::newRow("diesel Up.sql") << "odd-names-diesel"
                                   << "migrations/2020-01-02-000000_capital_up/Up.sql"
                                   << "not a diesel migration file"
                                   << "Did you mean up.sql?";
    QTest::newRow("diesel down only") << "odd-names-diesel"
                                      << "migrations/2020-01-03-000000_only_down/down.sql"
                                      << "down migration"
                                      << "without an up migration next to it";
    QTest::newRow("diesel metadata") << "odd-names-diesel"
                                     << "migrations/2020-01-01-000000_init/metadata.toml"
                                     << "Diesel migration settings (read, not applied)"
                                     << "";
}

void TestSkippedFiles::skippedFiles()
{
    QFETCH(QString, fixtureName);
    QFETCH(QString, file);
    QFETCH(QString, reason);
    QFETCH(QString, warning);
    const Result<MigrationPlan> plan = discover(fixture(fixtureName));
    QVERIFY(plan.ok());
    QCOMPARE(skipReason(plan.value(), file), reason);
    const auto skipped = std::find_if(plan->skipped.cbegin(), plan->skipped.cend(),
                                      [&](const SkippedFile &s) { return s.path == file; });
    QVERIFY(skipped != plan->skipped.cend());
    QCOMPARE(skipped->looksLikeMigration, !warning.isEmpty());
    const Diagnostic *d = diagnosticFor(plan.value(), file);
    if (warning.isEmpty()) {
        QVERIFY2(!d, d ? qPrintable(d->message) : "");
        return;
    }
    QVERIFY(d);
    QCOMPARE(d->rule, QStringLiteral("source-warning"));
    QCOMPARE(d->severity, Diagnostic::Severity::Warning);
    QVERIFY2(d->message.contains(warning), qPrintable(d->message));
}

void TestSkippedFiles::changesSchema_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<bool>("changes");
    QTest::newRow("create table") << QByteArray("CREATE TABLE a (id int);") << true;
    QTest::newRow("create or replace function")
        << QByteArray("create or replace function f() returns int as $$ select 1 $$ language sql;")
        << true;
    QTest::newRow("alter add column") << QByteArray("ALTER TABLE a ADD COLUMN b int;") << true;
    QTest::newRow("drop index") << QByteArray("DROP INDEX IF EXISTS i;") << true;
    QTest::newRow("create unique index") << QByteArray("CREATE UNIQUE INDEX i ON a (b);") << true;
    QTest::newRow("comment only") << QByteArray("-- CREATE TABLE a (id int);\n/* ALTER TABLE a */")
                                  << false;
    QTest::newRow("string only") << QByteArray("SELECT 'CREATE TABLE x';") << false;
    QTest::newRow("prose") << QByteArray("Create a table for the users, then drop it.") << false;
    QTest::newRow("dml") << QByteArray("INSERT INTO a VALUES (1); UPDATE a SET b = 2;") << false;
}

void TestSkippedFiles::changesSchema()
{
    QFETCH(QByteArray, sql);
    QFETCH(bool, changes);
    QCOMPARE(discovery::changesSchema(sql), changes);
}

QTEST_GUILESS_MAIN(TestSkippedFiles)
#include "tst_skipped_files.moc"
