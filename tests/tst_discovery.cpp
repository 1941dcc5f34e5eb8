// Tests for migration-folder discovery: layout detection and ordering per tool (small
// fixtures in tests/data/discovery/ and every entry of the shared corpus), up-section
// blanking, placeholders, dialect evidence, the order option and bad input.
#include "core/load/discovery.h"
#include "core/load/discovery/dialect.h"
#include "core/load/discovery/naturalsort.h"
#include "core/load/discovery/sections.h"
#include "core/load/discovery/sourcefile.h"
#include "core/load/loader.h"
#include "tests/corpus.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace schemalens::load;
using schemalens::Result;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(SCHEMALENS_TEST_DATA "/discovery/") + name;
}
QString corpusPath(const QString &name)
{
    return schemalens::testcorpus::path(name);
}

QStringList unitPaths(const MigrationPlan &plan)
{
    QStringList paths;
    for (const MigrationUnit &u : plan.units)
        paths.append(u.path);
    return paths;
}

const MigrationUnit *unitNamed(const MigrationPlan &plan, const QString &path)
{
    for (const MigrationUnit &u : plan.units) {
        if (u.path == path || u.path.endsWith(QLatin1Char('/') + path))
            return &u;
    }
    return nullptr;
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

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Properties every plan must have: contiguous ordinals, relative '/'-separated paths,
// absolute paths that exist, and nothing skipped silently: every (non-hidden) file in a
// folder that holds a migration is either applied or listed with its reason.
void checkInvariants(const MigrationPlan &plan)
{
    QSet<QString> accounted;
    QSet<QString> folders;
    for (qsizetype k = 0; k < plan.units.size(); ++k) {
        const MigrationUnit &u = plan.units.at(k);
        QCOMPARE(u.ordinal, int(k));
        QVERIFY2(!u.path.contains(QLatin1Char('\\')) && !QDir::isAbsolutePath(u.path),
                 qPrintable(u.path));
        QVERIFY2(QFileInfo::exists(u.absolutePath), qPrintable(u.absolutePath));
        accounted.insert(QDir::cleanPath(u.absolutePath));
        folders.insert(QFileInfo(u.absolutePath).path());
    }
    if (!plan.isFolder)
        return;
    for (const SkippedFile &s : plan.skipped) {
        QVERIFY2(!s.reason.isEmpty(), qPrintable(s.path));
        accounted.insert(QDir::cleanPath(plan.rootPath + QLatin1Char('/') + s.path));
    }
    for (const QString &folder : std::as_const(folders)) {
        const QFileInfoList entries =
            QDir(folder).entryInfoList(QDir::Files | QDir::System | QDir::NoDotAndDotDot);
        for (const QFileInfo &entry : entries) {
            if (entry.fileName().startsWith(QLatin1Char('.')))
                continue;
            const QString path = QDir::cleanPath(folder + QLatin1Char('/') + entry.fileName());
            QVERIFY2(accounted.contains(path),
                     qPrintable(QStringLiteral("skipped silently: ") + path));
        }
    }
}

Result<MigrationPlan> discoverChecked(const QString &path, const DiscoveryOptions &options = {})
{
    Result<MigrationPlan> plan = discover(path, options);
    if (plan)
        checkInvariants(plan.value());
    return plan;
}

} // namespace

class TestDiscovery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void naturalSort_data();
    void naturalSort();
    void versions_data();
    void versions();
    void layouts_data();
    void layouts();
    void unitFields();
    void dbmateSections();
    void gooseSections();
    void placeholders();
    void drizzleJournal();
    void dialectOverride();
    void orderOption();
    void singleFile();
    void corpus_data();
    void corpus();
    void corpusWithoutNames_data();
    void corpusWithoutNames();
    void nonexistentPath();
    void emptyFolder();
    void unreadableFile();
    void binaryFile();
    void nonUtf8File();
    void byteOrderMark();
    void symlinkLoops();
    void tooLarge();
};

void TestDiscovery::naturalSort_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("sign");
    QTest::newRow("numbers by value")
        << QStringLiteral("file2.sql") << QStringLiteral("file10.sql") << -1;
    QTest::newRow("leading digits")
        << QStringLiteral("9_x.sql") << QStringLiteral("10_x.sql") << -1;
    QTest::newRow("case-insensitive") << QStringLiteral("a.sql") << QStringLiteral("B.sql") << -1;
    QTest::newRow("prefix first") << QStringLiteral("file") << QStringLiteral("file1") << -1;
    QTest::newRow("huge numbers") << QStringLiteral("99999999999999999999999_a")
                                  << QStringLiteral("100000000000000000000000_a") << -1;
    QTest::newRow("equal") << QStringLiteral("x1") << QStringLiteral("x1") << 0;
}

void TestDiscovery::naturalSort()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, sign);
    const int c = discovery::naturalCompare(a, b);
    QCOMPARE((c > 0) - (c < 0), sign);
    const int r = discovery::naturalCompare(b, a);
    QCOMPARE((r > 0) - (r < 0), -sign);
}

void TestDiscovery::versions_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("sign");
    QTest::newRow("2 < 10") << QStringLiteral("2") << QStringLiteral("10") << -1;
    QTest::newRow("17.1 < 17.10") << QStringLiteral("17.1") << QStringLiteral("17.10") << -1;
    QTest::newRow("2.1 > 2") << QStringLiteral("2.1") << QStringLiteral("2") << 1;
    QTest::newRow("1 == 1.0") << QStringLiteral("1") << QStringLiteral("1.0") << 0;
    QTest::newRow("semver 0.9 < 0.10") << QStringLiteral("0.9") << QStringLiteral("0.10") << -1;
    QTest::newRow("underscore separator") << QStringLiteral("44_1") << QStringLiteral("44.2") << -1;
}

void TestDiscovery::versions()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, sign);
    const int c = discovery::compareVersions(a, b);
    QCOMPARE((c > 0) - (c < 0), sign);
}

namespace {

Dialect dialectFromJson(const QJsonValue &value)
{
    const QString name = value.toString();
    return name == QLatin1String("pg")       ? Dialect::PostgreSQL
           : name == QLatin1String("sqlite") ? Dialect::SQLite
                                             : Dialect::Unknown;
}

QJsonArray expectations(const QString &file)
{
    QFile json(fixture(file));
    if (!json.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(json.readAll()).array();
}

} // namespace

void TestDiscovery::layouts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Dialect>("requested");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QStringList>("units");
    QTest::addColumn<QVariantMap>("skipped"); // path -> reason
    // One row per fixture folder (and requested dialect); each row's "note" says what it is
    // about.
    const QJsonArray rows = expectations(QStringLiteral("layouts-expected.json"));
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const QString name = row.value(QLatin1String("case")).toString();
        const Dialect requested = dialectFromJson(row.value(QLatin1String("requested")));
        const QString tag =
            requested == Dialect::Unknown ? name : name + QStringLiteral(" (sqlite)");
        QTest::newRow(qPrintable(tag))
            << name << requested << row.value(QLatin1String("layout")).toString()
            << dialectFromJson(row.value(QLatin1String("dialect")))
            << row.value(QLatin1String("units")).toVariant().toStringList()
            << row.value(QLatin1String("skipped")).toObject().toVariantMap();
    }
}

void TestDiscovery::layouts()
{
    QFETCH(QString, name);
    QFETCH(Dialect, requested);
    QFETCH(QString, layout);
    QFETCH(Dialect, dialect);
    QFETCH(QStringList, units);
    QFETCH(QVariantMap, skipped);
    DiscoveryOptions options;
    options.dialect = requested;
    const Result<MigrationPlan> plan = discoverChecked(fixture(name), options);
    QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
    QCOMPARE(plan->layout, layout);
    QCOMPARE(dialectName(plan->dialect), dialectName(dialect));
    QVERIFY(!plan->dialectEvidence.isEmpty());
    QCOMPARE(unitPaths(plan.value()), units);
    QVERIFY(plan->isFolder);
    QCOMPARE(plan->rootPath, QDir::cleanPath(fixture(name)));
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it) {
        QCOMPARE(skipReason(plan.value(), it.key()), it.value().toString());
        QVERIFY(!unitPaths(plan.value()).contains(it.key()));
    }
}

void TestDiscovery::unitFields()
{
    const Result<MigrationPlan> flyway = discoverChecked(fixture(QStringLiteral("flyway")));
    QVERIFY(flyway.ok());
    const MigrationUnit *minor = unitNamed(flyway.value(), QStringLiteral("V1.1__minor.sql"));
    QVERIFY(minor);
    QCOMPARE(minor->version, QStringLiteral("1.1"));
    QCOMPARE(minor->description, QStringLiteral("minor"));
    QCOMPARE(minor->absolutePath, fixture(QStringLiteral("flyway/V1.1__minor.sql")));
    QVERIFY(!minor->repeatable && !minor->noTransaction);
    const MigrationUnit *view = unitNamed(flyway.value(), QStringLiteral("R__a_view.sql"));
    QVERIFY(view && view->repeatable && view->version.isEmpty());
    QCOMPARE(view->description, QStringLiteral("a view"));
    QVERIFY(unitNamed(flyway.value(), QStringLiteral("V3__no_tx.sql"))->noTransaction); // .sql.conf

    struct NoTx {
        const char *fixture;
        const char *file;
    };
    for (const NoTx &n :
         {NoTx{"goose", "2_concurrent.sql"}, NoTx{"diesel", "2020-02-01-000000_add_index/up.sql"},
          NoTx{"dbmate", "20200102000000_second.sql"},
          NoTx{"popx", "20200103000000000000_c.postgres.autocommit.up.sql"}}) {
        const Result<MigrationPlan> plan = discoverChecked(fixture(QString::fromUtf8(n.fixture)));
        QVERIFY(plan.ok());
        const MigrationUnit *u = unitNamed(plan.value(), QString::fromUtf8(n.file));
        QVERIFY2(u && u->noTransaction, n.file);
        QCOMPARE(plan->units.first().noTransaction, false);
    }

    const Result<MigrationPlan> sqitch = discoverChecked(fixture(QStringLiteral("sqitch")));
    QVERIFY(sqitch.ok());
    QCOMPARE(sqitch->units.at(1).version, QStringLiteral("widgets@v1.0"));
    QCOMPARE(sqitch->units.at(1).description, QStringLiteral("create widgets"));
    QCOMPARE(sqitch->units.at(3).description, QStringLiteral("rework widgets"));
    QCOMPARE(sqitch->dialectEvidence, QStringLiteral("sqitch.conf engine \"pg\""));

    const Result<MigrationPlan> prisma = discoverChecked(fixture(QStringLiteral("prisma")));
    QCOMPARE(prisma->units.at(2).version, QStringLiteral("20230102"));
    QCOMPARE(prisma->units.at(2).description, QStringLiteral("short"));
    QCOMPARE(prisma->dialectEvidence,
             QStringLiteral("prisma migration_lock.toml provider \"postgresql\""));
}

void TestDiscovery::dbmateSections()
{
    const Result<MigrationPlan> plan = discoverChecked(fixture(QStringLiteral("dbmate")));
    QVERIFY(plan.ok());
    QFile file(plan->units.first().absolutePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray original = file.readAll();
    const QByteArray sql = plan->units.first().sql;
    // Same size, newlines in the same places: every origin stays the file's own.
    QCOMPARE(sql.size(), original.size());
    const QList<QByteArray> in = original.split('\n');
    const QList<QByteArray> out = sql.split('\n');
    QCOMPARE(out.size(), in.size());
    QCOMPARE(out.at(0), QByteArray("-- migrate:up"));
    QCOMPARE(out.at(3), QByteArray("    name text -- \xc3\xa9")); // kept byte for byte
    QVERIFY(!sql.contains("DROP TABLE") && !sql.contains("migrate:down"));
    for (qsizetype k = 0; k < in.size(); ++k)
        QVERIFY(out.at(k) == in.at(k) || out.at(k).trimmed().isEmpty());

    // Text before the up marker is not part of the migration either.
    const QByteArray second = plan->units.at(1).sql;
    const QByteArray expected =
        QByteArray(41, ' ') + QByteArray("\n-- migrate:up transaction:false\n");
    QVERIFY(second.startsWith(expected));
    QVERIFY(!second.contains("DROP INDEX"));
}

void TestDiscovery::gooseSections()
{
    const Result<MigrationPlan> plan = discoverChecked(fixture(QStringLiteral("goose")));
    QVERIFY(plan.ok());
    const MigrationUnit *func = unitNamed(plan.value(), QStringLiteral("10_func.sql"));
    QVERIFY(func);
    QVERIFY(func->sql.contains("-- +goose StatementBegin\nCREATE FUNCTION f() RETURNS int AS $$"));
    QVERIFY(func->sql.contains("-- +goose StatementEnd"));
    QVERIFY(!func->sql.contains("DROP FUNCTION") && !func->sql.contains("+goose Down"));
    QCOMPARE(func->sql.count('\n'), 11);
    const MigrationUnit *tx = unitNamed(plan.value(), QStringLiteral("2_concurrent.sql"));
    QVERIFY(
        tx->sql.startsWith("-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY"));

    // Lower-case annotations count too (goose lower-cases them).
    const discovery::PreparedSql lower = discovery::keepUpSection(
        "-- +goose no transaction\n-- +goose up\nSELECT 1;\n-- +goose down\nSELECT 2;\n",
        discovery::SectionStyle::Goose);
    QVERIFY(lower.noTransaction);
    QCOMPARE(lower.sql,
             QByteArray(
                 "-- +goose no transaction\n-- +goose up\nSELECT 1;\n              \n         \n"));
}

void TestDiscovery::placeholders()
{
    const Result<MigrationPlan> popx = discoverChecked(fixture(QStringLiteral("popx")));
    QVERIFY(popx.ok());
    const MigrationUnit *b =
        unitNamed(popx.value(), QStringLiteral("20200102000000000000_b.up.sql"));
    QVERIFY(b);
    QCOMPARE(b->sql,
             QByteArray(
                 "CREATE TABLE auth.users (id int);\nALTER TABLE auth.users ADD COLUMN n text;\n"));

    for (const Dialect d : {Dialect::PostgreSQL, Dialect::SQLite}) {
        DiscoveryOptions options;
        options.dialect = d;
        const Result<MigrationPlan> synapse =
            discoverChecked(fixture(QStringLiteral("synapse")), options);
        QVERIFY(synapse.ok());
        const MigrationUnit *f = unitNamed(synapse.value(), QStringLiteral("80/01f.sql"));
        QVERIFY(f);
        const QByteArray expected = d == Dialect::SQLite
                                        ? "    id INTEGER PRIMARY KEY AUTOINCREMENT,"
                                        : "    id BIGINT PRIMARY KEY GENERATED ALWAYS AS IDENTITY,";
        QCOMPARE(f->sql.split('\n').at(1), expected);
        QCOMPARE(f->sql.count('\n'), 4);
    }
    // Braces that are not a pop template (message templates in data) stay untouched.
    const QByteArray text =
        "INSERT INTO t VALUES ('Dear {{parent_name}}, {{ index .Options \"Other\" }}');";
    QCOMPARE(discovery::replacePlaceholders(text, Dialect::PostgreSQL), text);
}

void TestDiscovery::drizzleJournal()
{
    const Result<MigrationPlan> plan = discoverChecked(fixture(QStringLiteral("drizzle")));
    QVERIFY(plan.ok());
    QCOMPARE(plan->diagnostics.size(), 2);
    const Diagnostic *orphan =
        diagnosticFor(plan.value(), QStringLiteral("drizzle/0002_orphan.sql"));
    QVERIFY(orphan);
    QCOMPARE(orphan->rule, QStringLiteral("source-warning"));
    QCOMPARE(orphan->severity, Diagnostic::Severity::Warning);
    QVERIFY(orphan->message.contains(QStringLiteral("does not apply it")));
    const Diagnostic *missing =
        diagnosticFor(plan.value(), QStringLiteral("drizzle/meta/_journal.json"));
    QVERIFY(missing);
    QCOMPARE(missing->rule, QStringLiteral("source-warning"));
    QVERIFY(missing->message.contains(QStringLiteral("0003_missing")));
    QCOMPARE(plan->dialectEvidence, QStringLiteral("drizzle journal dialect \"postgresql\""));
    const Result<MigrationPlan> lite = discoverChecked(fixture(QStringLiteral("drizzle-sqlite")));
    QCOMPARE(lite->dialectEvidence, QStringLiteral("drizzle journal dialect \"sqlite\""));
}

void TestDiscovery::dialectOverride()
{
    const Result<MigrationPlan> byName = discoverChecked(fixture(QStringLiteral("multi-dialect")));
    QVERIFY2(byName->dialectEvidence.startsWith(QStringLiteral("folder name 'postgres'")),
             qPrintable(byName->dialectEvidence));
    QCOMPARE(byName->dialectConfidence, DialectConfidence::High);
    const Result<MigrationPlan> byContent =
        discoverChecked(fixture(QStringLiteral("content-autoincrement")));
    QVERIFY2(
        byContent->dialectEvidence.startsWith(QStringLiteral("content: AUTOINCREMENT (2 files)")),
        qPrintable(byContent->dialectEvidence));
    QCOMPARE(byContent->dialect, Dialect::SQLite);
    // The option wins even over a journal that says otherwise.
    DiscoveryOptions options;
    options.dialect = Dialect::PostgreSQL;
    const Result<MigrationPlan> forced =
        discoverChecked(fixture(QStringLiteral("drizzle-sqlite")), options);
    QCOMPARE(forced->dialect, Dialect::PostgreSQL);
    QCOMPARE(forced->dialectEvidence, QStringLiteral("requested explicitly (--dialect pg)"));
    const Result<MigrationPlan> none = discoverChecked(fixture(QStringLiteral("plain")));
    QCOMPARE(none->dialect, Dialect::Unknown);
    QCOMPARE(none->dialectEvidence, QStringLiteral("no dialect markers found"));
}

void TestDiscovery::orderOption()
{
    DiscoveryOptions options;
    options.order = {QStringLiteral("10_c.up.sql"), QStringLiteral("1"), QStringLiteral("nope.sql"),
                     QStringLiteral("0_init.down.sql")};
    const Result<MigrationPlan> plan =
        discoverChecked(fixture(QStringLiteral("golang-migrate")), options);
    QVERIFY(plan.ok());
    QCOMPARE(unitPaths(plan.value()),
             (QStringList{QStringLiteral("10_c.up.sql"), QStringLiteral("1_a.up.sql"),
                          QStringLiteral("0_init.up.sql"), QStringLiteral("2_b.up.sql"),
                          QStringLiteral("16_d.up.sql")}));
    QCOMPARE(plan->diagnostics.size(), 2);
    for (const Diagnostic &d : plan->diagnostics) {
        QCOMPARE(d.rule, QStringLiteral("source-warning"));
        QCOMPARE(d.severity, Diagnostic::Severity::Warning);
    }
    QVERIFY(plan->diagnostics.at(0).message.contains(
        QStringLiteral("'nope.sql' matches no migration")));
    QVERIFY(
        plan->diagnostics.at(1).message.contains(QStringLiteral("not applied (down migration)")));
    // A relative path works for nested layouts where every file is called up.sql.
    options.order = {QStringLiteral("migrations/2020-02-01-000000_add_index/up.sql")};
    const Result<MigrationPlan> diesel =
        discoverChecked(fixture(QStringLiteral("diesel")), options);
    QCOMPARE(diesel->units.first().path,
             QStringLiteral("migrations/2020-02-01-000000_add_index/up.sql"));
    QVERIFY(diesel->diagnostics.isEmpty());
}

void TestDiscovery::singleFile()
{
    const Result<MigrationPlan> dump = discoverChecked(fixture(QStringLiteral("dump/schema.sql")));
    QVERIFY(dump.ok());
    QCOMPARE(dump->layout, QStringLiteral("dump"));
    QVERIFY(!dump->isFolder);
    QCOMPARE(unitPaths(dump.value()), QStringList{QStringLiteral("schema.sql")});
    QCOMPARE(dump->dialect, Dialect::PostgreSQL);
    const Result<MigrationPlan> rails =
        discoverChecked(fixture(QStringLiteral("rails/db/structure.sql")));
    QCOMPARE(rails->layout, QStringLiteral("rails-structure"));
    const Result<MigrationPlan> goose =
        discoverChecked(fixture(QStringLiteral("goose/1_init.sql")));
    QCOMPARE(goose->layout, QStringLiteral("goose"));
    QVERIFY(!goose->units.first().sql.contains("DROP TABLE"));
    const QString chinookPath = corpusPath(QStringLiteral("chinook-sqlite/Chinook_Sqlite.sql"));
    SCHEMALENS_REQUIRE_CORPUS_PATH(chinookPath);
    const Result<MigrationPlan> chinook = discoverChecked(chinookPath);
    QVERIFY(chinook.ok());
    QCOMPARE(chinook->dialect, Dialect::SQLite);
    QVERIFY2(chinook->dialectEvidence.startsWith(QStringLiteral("file name 'Chinook_Sqlite.sql'")),
             qPrintable(chinook->dialectEvidence));
}

void TestDiscovery::corpus_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<Dialect>("requested");
    QTest::addColumn<QVariantMap>("expected");
    // One row per PostgreSQL/SQLite run of each corpus entry, with the count and order that
    // its SOURCE.md describes for the real tool; each row's "note" says why where it matters.
    // Optional keys: "at" (index -> path), "skipped" (path -> reason), "skippedAt" (index ->
    // path), "noTransaction" (count), "sqlContains" (path -> text), "warnings" (paths),
    // "evidence".
    const QJsonArray rows = expectations(QStringLiteral("corpus-expected.json"));
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const QString entry = row.value(QLatin1String("entry")).toString();
        const Dialect requested = dialectFromJson(row.value(QLatin1String("requested")));
        const QString tag =
            requested == Dialect::Unknown ? entry : entry + QStringLiteral(" (sqlite)");
        QTest::newRow(qPrintable(tag)) << entry << requested << row.toVariantMap();
    }
}

void TestDiscovery::corpus()
{
    QFETCH(QString, entry);
    QFETCH(Dialect, requested);
    QFETCH(QVariantMap, expected);
    SCHEMALENS_REQUIRE_CORPUS_PATH(corpusPath(entry));
    DiscoveryOptions options;
    options.dialect = requested;
    const Result<MigrationPlan> result = discoverChecked(corpusPath(entry), options);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    const MigrationPlan &plan = result.value();
    QCOMPARE(plan.layout, expected.value(QStringLiteral("layout")).toString());
    QCOMPARE(dialectName(plan.dialect), expected.value(QStringLiteral("dialect")).toString());
    const QStringList paths = unitPaths(plan);
    QCOMPARE(paths.size(), expected.value(QStringLiteral("count")).toInt());
    const QStringList first = expected.value(QStringLiteral("first")).toStringList();
    const QStringList last = expected.value(QStringLiteral("last")).toStringList();
    QCOMPARE(paths.mid(0, first.size()), first);
    QCOMPARE(paths.mid(paths.size() - last.size()), last);

    const QVariantMap at = expected.value(QStringLiteral("at")).toMap();
    for (auto it = at.cbegin(); it != at.cend(); ++it)
        QCOMPARE(paths.value(it.key().toInt()), it.value().toString());
    const QVariantMap skipped = expected.value(QStringLiteral("skipped")).toMap();
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
        QCOMPARE(skipReason(plan, it.key()), it.value().toString());
    const QVariantMap skippedAt = expected.value(QStringLiteral("skippedAt")).toMap();
    for (auto it = skippedAt.cbegin(); it != skippedAt.cend(); ++it)
        QCOMPARE(plan.skipped.value(it.key().toInt()).path, it.value().toString());
    if (expected.contains(QStringLiteral("noTransaction"))) {
        const auto noTx = std::count_if(plan.units.cbegin(), plan.units.cend(),
                                        [](const MigrationUnit &u) { return u.noTransaction; });
        QCOMPARE(int(noTx), expected.value(QStringLiteral("noTransaction")).toInt());
    }
    const QVariantMap contains = expected.value(QStringLiteral("sqlContains")).toMap();
    for (auto it = contains.cbegin(); it != contains.cend(); ++it) {
        const MigrationUnit *u = unitNamed(plan, it.key());
        QVERIFY2(u, qPrintable(it.key()));
        QVERIFY2(u->sql.contains(it.value().toString().toUtf8()), qPrintable(it.key()));
    }
    for (const QString &file : expected.value(QStringLiteral("warnings")).toStringList()) {
        const Diagnostic *d = diagnosticFor(plan, file);
        QVERIFY2(d && d->rule == QLatin1String("source-warning"), qPrintable(file));
    }
    if (expected.contains(QStringLiteral("evidence")))
        QCOMPARE(plan.dialectEvidence, expected.value(QStringLiteral("evidence")).toString());
    QVERIFY(!plan.dialectEvidence.isEmpty());
    // Nothing in the corpus is binary, non-UTF-8 or unreadable, and no template is left.
    for (const Diagnostic &d : plan.diagnostics)
        QVERIFY2(d.rule != QLatin1String("parse-error"), qPrintable(d.message));
    for (const MigrationUnit &u : plan.units)
        QVERIFY2(!u.sql.contains("{{ index .Options") && !u.sql.contains("$%AUTO_INCREMENT"),
                 qPrintable(u.path));
}

void TestDiscovery::corpusWithoutNames_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("dialect");
    // The corpus entries are named after their dialect ("hatchet-goose-pg"), which is
    // evidence too; each must keep its dialect when opened under a name that says nothing.
    const QJsonArray rows = expectations(QStringLiteral("corpus-expected.json"));
    QVERIFY(!rows.isEmpty());
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        const QString entry = row.value(QLatin1String("entry")).toString();
        if (row.contains(QLatin1String("requested")) || entry.contains(QLatin1Char('/')))
            continue;
        QTest::newRow(qPrintable(entry)) << entry << row.value(QLatin1String("dialect")).toString();
    }
}

void TestDiscovery::corpusWithoutNames()
{
    QFETCH(QString, entry);
    QFETCH(QString, dialect);
    SCHEMALENS_REQUIRE_CORPUS_PATH(corpusPath(entry));
    QTemporaryDir dir;
    const QString neutral = dir.filePath(QStringLiteral("source"));
    QVERIFY(QFile::link(corpusPath(entry), neutral));
    const Result<MigrationPlan> plan = discoverChecked(neutral);
    QVERIFY(plan.ok());
    if (plan->dialectConfidence != DialectConfidence::Low) {
        QCOMPARE(dialectName(plan->dialect), dialect);
        return;
    }
    // Weak evidence: the loader lets both engines try; their verdict must be right.
    const Result<LoadResult> loaded = loadSource(neutral);
    QVERIFY(loaded.ok());
    QVERIFY(loaded->source.dialectTrial.ran);
    QCOMPARE(dialectName(loaded->source.dialect), dialect);
}

void TestDiscovery::nonexistentPath()
{
    const Result<MigrationPlan> plan =
        discover(QStringLiteral("/nonexistent/schemalens/migrations"));
    QVERIFY(!plan.ok());
    QVERIFY(plan.error().message.contains(QStringLiteral("no such file or folder")));
    QVERIFY(!discover(QString()).ok());
}

void TestDiscovery::emptyFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Result<MigrationPlan> plan = discover(dir.path());
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().message,
             QStringLiteral("no migration files found in %1").arg(dir.path()));
    // Files that are not SQL do not count; neither do down scripts alone.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("README.md")), "# notes\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("sub/1_a.down.sql")), "DROP TABLE a;\n"));
    plan = discover(dir.path());
    QVERIFY(!plan.ok());
    QVERIFY(plan.error().message.startsWith(QStringLiteral("no migration files found in")));
}

void TestDiscovery::unreadableFile()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a.sql")), "CREATE TABLE a (id int);\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("c.sql")), "CREATE TABLE c (id int);\n"));
    QVERIFY(QDir(dir.path())
                .mkdir(QStringLiteral("b.sql"))); // readable by nobody as a file, root included
    const bool root = geteuid() == 0;
    if (!root) // chmod 000 only stops non-root users
        QVERIFY(QFile::setPermissions(dir.filePath(QStringLiteral("c.sql")),
                                      QFileDevice::Permissions()));
    const Result<MigrationPlan> plan = discoverChecked(dir.path());
    QVERIFY(plan.ok());
    QCOMPARE(unitPaths(plan.value()),
             root ? (QStringList{QStringLiteral("a.sql"), QStringLiteral("c.sql")})
                  : QStringList{QStringLiteral("a.sql")});
    const Diagnostic *d = diagnosticFor(plan.value(), QStringLiteral("b.sql"));
    QVERIFY(d);
    QCOMPARE(d->rule, QStringLiteral("parse-error"));
    QVERIFY(d->message.contains(QStringLiteral("b.sql")));
    QCOMPARE(skipReason(plan.value(), QStringLiteral("b.sql")), QStringLiteral("unreadable"));
    if (!root) {
        QVERIFY(diagnosticFor(plan.value(), QStringLiteral("c.sql")));
        QFile::setPermissions(dir.filePath(QStringLiteral("c.sql")),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

void TestDiscovery::binaryFile()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("1_ok.sql")), "CREATE TABLE a (id int);\n"));
    QVERIFY(
        writeFile(dir.filePath(QStringLiteral("2_blob.sql")),
                  QByteArray("SQLite format 3\0\x10\x00\x01\x01", 20) + QByteArray(100, '\x7f')));
    const Result<MigrationPlan> plan = discoverChecked(dir.path());
    QVERIFY(plan.ok());
    QCOMPARE(unitPaths(plan.value()), QStringList{QStringLiteral("1_ok.sql")});
    const Diagnostic *d = diagnosticFor(plan.value(), QStringLiteral("2_blob.sql"));
    QVERIFY(d);
    QCOMPARE(d->rule, QStringLiteral("parse-error"));
    QVERIFY(d->message.contains(QStringLiteral("binary file, not SQL")));
    QCOMPARE(skipReason(plan.value(), QStringLiteral("2_blob.sql")),
             QStringLiteral("binary file, not SQL"));
}

void TestDiscovery::nonUtf8File()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("a.sql")), "CREATE TABLE a (id int);\n"));
    // Latin-1 'é' after a valid UTF-8 'ü' on line 2: column counts characters.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("b.sql")),
                      "CREATE TABLE b (\n  n text DEFAULT '\xc3\xbc caf\xe9'\n);\n"));
    const Result<MigrationPlan> plan = discoverChecked(dir.path());
    QVERIFY(plan.ok());
    QCOMPARE(unitPaths(plan.value()), QStringList{QStringLiteral("a.sql")});
    const Diagnostic *d = diagnosticFor(plan.value(), QStringLiteral("b.sql"));
    QVERIFY(d);
    QCOMPARE(d->rule, QStringLiteral("parse-error"));
    QCOMPARE(d->location.line, 2);
    QCOMPARE(d->location.column, 24);
    QVERIFY(d->message.contains(QStringLiteral("line 2, column 24")));
    QVERIFY(d->message.contains(QStringLiteral("0xe9")));
    QCOMPARE(discovery::firstInvalidUtf8("ok \xed\xa0\x80"),
             std::optional<qsizetype>(3));                                          // surrogate
    QCOMPARE(discovery::firstInvalidUtf8("\xc0\xaf"), std::optional<qsizetype>(0)); // overlong
    QCOMPARE(discovery::firstInvalidUtf8("caf\xc3"), std::optional<qsizetype>(3));  // truncated
    QCOMPARE(discovery::firstInvalidUtf8("\xf0\x9f\x98\x80 \xc3\xa9"), std::nullopt);
}

void TestDiscovery::byteOrderMark()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("bom.sql")), "\xef\xbb\xbf"
                                                               "CREATE TABLE a (id int);\n"));
    const Result<MigrationPlan> plan = discoverChecked(dir.filePath(QStringLiteral("bom.sql")));
    QVERIFY(plan.ok());
    QCOMPARE(plan->units.first().sql, QByteArray(" CREATE TABLE a (id int);\n"));
}

void TestDiscovery::symlinkLoops()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("migrations"));
    QVERIFY(writeFile(root + QStringLiteral("/1_ok.sql"), "CREATE TABLE a (id int);\n"));
    // a.sql -> b.sql -> a.sql
    QVERIFY(QFile::link(root + QStringLiteral("/b.sql"), root + QStringLiteral("/a.sql")));
    QVERIFY(QFile::link(root + QStringLiteral("/a.sql"), root + QStringLiteral("/b.sql")));
    // A folder linked into itself, and one linked to its parent.
    QVERIFY(QDir(root).mkdir(QStringLiteral("sub")));
    QVERIFY(QFile::link(root + QStringLiteral("/sub"), root + QStringLiteral("/sub/self")));
    QVERIFY(QFile::link(root, root + QStringLiteral("/sub/up")));
    const Result<MigrationPlan> plan = discoverChecked(root);
    QVERIFY(plan.ok());
    QCOMPARE(unitPaths(plan.value()), QStringList{QStringLiteral("1_ok.sql")});
    for (const char *name : {"a.sql", "b.sql"}) {
        const Diagnostic *d = diagnosticFor(plan.value(), QString::fromUtf8(name));
        QVERIFY2(d && d->rule == QLatin1String("parse-error"), name);
        QVERIFY(d->message.contains(QStringLiteral("symbolic link loop")));
    }
    const Diagnostic *self = diagnosticFor(plan.value(), QStringLiteral("sub/self"));
    QVERIFY(self);
    QCOMPARE(self->rule, QStringLiteral("source-warning"));
    QVERIFY(diagnosticFor(plan.value(), QStringLiteral("sub/up")));
    // The root itself is a loop: an error, not a hang.
    const QString loop = dir.filePath(QStringLiteral("loop"));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("loop2")), loop));
    QVERIFY(QFile::link(loop, dir.filePath(QStringLiteral("loop2"))));
    const Result<MigrationPlan> error = discover(loop);
    QVERIFY(!error.ok());
    QVERIFY(error.error().message.contains(QStringLiteral("symbolic link loop")));
}

void TestDiscovery::tooLarge()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("1_small.sql")), "SELECT 1;\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("2_big.sql")), QByteArray(64, 'x')));
    DiscoveryOptions options;
    options.maxFileSize = 32;
    const Result<MigrationPlan> plan = discoverChecked(dir.path(), options);
    QVERIFY(plan.ok());
    QCOMPARE(unitPaths(plan.value()), QStringList{QStringLiteral("1_small.sql")});
    const Diagnostic *d = diagnosticFor(plan.value(), QStringLiteral("2_big.sql"));
    QVERIFY(d);
    QCOMPARE(d->rule, QStringLiteral("parse-error"));
    QVERIFY(d->message.contains(QStringLiteral("too large")));

    // The real limit with a sparse file just over 1 GB: refused before anything is read.
    QFile huge(dir.filePath(QStringLiteral("3_huge.sql")));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    if (!huge.resize((qint64(1) << 30) + 1))
        QSKIP("cannot create a sparse file here");
    huge.close();
    const Result<MigrationPlan> real = discoverChecked(dir.path());
    QVERIFY(real.ok());
    const Diagnostic *h = diagnosticFor(real.value(), QStringLiteral("3_huge.sql"));
    QVERIFY(h);
    QVERIFY(h->message.contains(QStringLiteral("1073741825 bytes, the limit is 1.0 GB")));
    QCOMPARE(real->units.size(), 2);
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
