// The schema at any migration (--at, snapshots) and the diff between two schemas: golden
// diffs in text, JSON and Markdown for every kind of change (tests/data/diff/<case>/), renames
// recognised from the History, a source compared with itself is empty, `--at K` equals
// loading only the first K migrations (fixtures of every layout and corpus entries), and the
// CLI's exit codes.
//
// Goldens are refreshed after a reviewed change with SCHEMALENS_REFRESH_GOLDEN=1.

#include "core/diff/diffreport.h"
#include "core/diff/historydiff.h"
#include "core/diff/renames.h"
#include "core/load/loader.h"
#include "core/load/migrationpoint.h"
#include "core/report/modeljson.h"
#include "tests/corpus.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace schemalens;

namespace {

const QString dataDir = QStringLiteral(SCHEMALENS_TEST_DATA "/diff");

bool refreshGoldens()
{
    return qEnvironmentVariableIntValue("SCHEMALENS_REFRESH_GOLDEN") == 1;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Compares OUTPUT with the golden file (or writes it when refreshing).
void compareGolden(const QByteArray &output, const QString &path)
{
    if (refreshGoldens()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(output);
        return;
    }
    const QByteArray expected = readFile(path);
    QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("missing golden %1").arg(path)));
    if (output != expected)
        qInfo().noquote() << "actual output for" << path << ":\n" << output;
    QCOMPARE(output, expected);
}

load::LoadResult loadOrFail(const QString &source, const QString &at = {}, bool snapshots = false)
{
    load::LoadOptions options;
    options.at = at;
    options.snapshots = snapshots;
    Result<load::LoadResult> loaded = load::loadSource(source, options);
    if (!loaded)
        qWarning().noquote() << source << loaded.error().toString();
    return loaded ? std::move(loaded).value() : load::LoadResult{};
}

// The model as JSON without what legitimately differs between a load of the first K
// migrations and a snapshot: the plan (K units vs all) and the load statistics; for SQLite
// also the read-back's diagnostics (a snapshot keeps those of its units only).
QJsonObject comparableModel(const load::LoadResult &result)
{
    QJsonObject json = report::modelToJson(result);
    json.remove(QStringLiteral("source"));
    json.remove(QStringLiteral("stats"));
    if (result.source.dialect == load::Dialect::SQLite)
        json.remove(QStringLiteral("diagnostics"));
    return json;
}

// The fixtures of migration layouts in tests/data (discovery and loaders) that --at covers.
QStringList layoutFixtures()
{
    const QString data = QStringLiteral(SCHEMALENS_TEST_DATA);
    return {data + QStringLiteral("/discovery/flyway"),
            data + QStringLiteral("/discovery/golang-migrate"),
            data + QStringLiteral("/discovery/diesel"),
            data + QStringLiteral("/discovery/prisma"),
            data + QStringLiteral("/discovery/drizzle"),
            data + QStringLiteral("/discovery/drizzle-sqlite"),
            data + QStringLiteral("/discovery/dbmate"),
            data + QStringLiteral("/discovery/goose"),
            data + QStringLiteral("/discovery/sqlx"),
            data + QStringLiteral("/discovery/supabase"),
            data + QStringLiteral("/discovery/sqitch"),
            data + QStringLiteral("/discovery/popx"),
            data + QStringLiteral("/discovery/postgrator"),
            data + QStringLiteral("/discovery/synapse"),
            data + QStringLiteral("/pg/history/input"),
            data + QStringLiteral("/pg/renames/input"),
            data + QStringLiteral("/sqlite/history/input"),
            dataDir + QStringLiteral("/every-change/input"),
            dataDir + QStringLiteral("/renames/input"),
            dataDir + QStringLiteral("/sqlite-rebuild/input")};
}

} // namespace

class TstDiff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void goldens_data();
    void goldens();
    void branchRenames();
    void renamesFollowIdentity();
    void migrationPoints();
    void atEqualsPrefixLoad_data();
    void atEqualsPrefixLoad();
    void atGoldens();
    void selfDiffIsEmpty_data();
    void selfDiffIsEmpty();
    void backwardsIsTheReverse();
    void cliExitCodes();
};

void TstDiff::goldens_data()
{
    QTest::addColumn<QString>("dir");
    for (const QString &name : QDir(dataDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (QFileInfo::exists(dataDir + u'/' + name + QStringLiteral("/from.txt")))
            QTest::newRow(qPrintable(name)) << dataDir + u'/' + name;
    }
}

// A history folder (input/) compared from the point in from.txt to its end.
void TstDiff::goldens()
{
    QFETCH(QString, dir);
    const QString from = QString::fromUtf8(readFile(dir + QStringLiteral("/from.txt"))).trimmed();
    const load::LoadResult loaded = loadOrFail(dir + QStringLiteral("/input"), {}, true);
    QVERIFY(!loaded.source.units.isEmpty());
    const Result<int> point = load::resolveMigrationPoint(loaded.source, from);
    QVERIFY(point.ok());
    const diff::SchemaDiff result =
        diff::diffPoints(loaded, point.value(), int(loaded.source.units.size()));
    const diff::DiffLabels labels{QStringLiteral("input@") + from, QStringLiteral("input")};
    QVERIFY(!result.isEmpty());
    compareGolden(diff::diffToText(result, labels).toUtf8(), dir + QStringLiteral("/expected.txt"));
    compareGolden(diff::diffToJson(result, labels), dir + QStringLiteral("/expected.json"));
    compareGolden(diff::diffToMarkdown(result, labels).toUtf8(),
                  dir + QStringLiteral("/expected.md"));
    // The JSON is valid and says what the text says.
    const QJsonObject json = QJsonDocument::fromJson(diff::diffToJson(result, labels)).object();
    QCOMPARE(json.value(QStringLiteral("equal")).toBool(), false);
    QCOMPARE(json.value(QStringLiteral("changes")).toArray().size(), result.entries.size());
}

// Two folders: the branch's new migration renames; the diff says so once per object.
void TstDiff::branchRenames()
{
    const load::LoadResult before = loadOrFail(dataDir + QStringLiteral("/branch/old"));
    const load::LoadResult after = loadOrFail(dataDir + QStringLiteral("/branch/new"));
    const diff::SchemaDiff result = diff::diffSources(before, after);
    const diff::DiffLabels labels{QStringLiteral("old"), QStringLiteral("new")};
    compareGolden(diff::diffToText(result, labels).toUtf8(),
                  dataDir + QStringLiteral("/branch/expected.txt"));
    QCOMPARE(result.entries.size(), 3);
    QCOMPARE(result.entries.at(0).change, diff::ChangeKind::Renamed);
    QCOMPARE(result.entries.at(0).oldTable, QStringLiteral("authors"));
    QCOMPARE(result.entries.at(0).table, QStringLiteral("writers"));
    QVERIFY(result.entries.at(0).renameFromHistory);

    // Without the History (the new side a schema dump of the same tables) it is a drop and
    // an add: nothing is guessed.
    const load::LoadResult dump = loadOrFail(dataDir + QStringLiteral("/branch/new"), {}, false);
    load::LoadResult noHistory = dump;
    noHistory.schema.history.changes.clear();
    noHistory.source.units.clear();
    const diff::SchemaDiff guessed = diff::diffSources(before, noHistory);
    QVERIFY(std::any_of(guessed.entries.cbegin(), guessed.entries.cend(), [](const diff::Entry &e) {
        return e.change == diff::ChangeKind::Dropped && e.kind == diff::ObjectKind::Table &&
               e.table == QLatin1String("authors");
    }));
}

// Renames follow objects by identity through a range of changes.
void TstDiff::renamesFollowIdentity()
{
    using model::Change;
    model::Schema before;
    model::Table t;
    t.schema = QStringLiteral("public");
    t.name = QStringLiteral("t");
    t.columns.append(model::Column{.name = QStringLiteral("a")});
    before.tables.append(t);
    const auto change = [](Change::Kind kind, const QString &table, const QString &object,
                           const QString &oldValue, const QString &newValue) {
        Change c;
        c.kind = kind;
        c.schema = QStringLiteral("public");
        c.table = table;
        c.object = object;
        c.oldValue = oldValue;
        c.newValue = newValue;
        return c;
    };
    // t -> u, a -> b -> c: one rename each.
    QList<Change> changes{
        change(Change::Kind::RenameTable, QStringLiteral("u"), {}, QStringLiteral("t"),
               QStringLiteral("u")),
        change(Change::Kind::RenameColumn, QStringLiteral("u"), QStringLiteral("b"),
               QStringLiteral("a"), QStringLiteral("b")),
        change(Change::Kind::RenameColumn, QStringLiteral("u"), QStringLiteral("c"),
               QStringLiteral("b"), QStringLiteral("c")),
    };
    diff::Renames r = diff::Renames::fromHistory(before, changes);
    QCOMPARE(r.table(QStringLiteral("public"), QStringLiteral("t")).second, QStringLiteral("u"));
    QCOMPARE(r.column(QStringLiteral("public"), QStringLiteral("t"), QStringLiteral("a")),
             QStringLiteral("c"));
    // Dropped after the rename: no rename survives.
    changes.append(
        change(Change::Kind::DropColumn, QStringLiteral("u"), QStringLiteral("c"), {}, {}));
    r = diff::Renames::fromHistory(before, changes);
    QCOMPARE(r.column(QStringLiteral("public"), QStringLiteral("t"), QStringLiteral("a")),
             QStringLiteral("a"));
    // A table created in the range and renamed onto a dropped one's name is no rename.
    QList<Change> rebuild{
        change(Change::Kind::CreateTable, QStringLiteral("new_t"), {}, {}, {}),
        change(Change::Kind::DropTable, QStringLiteral("t"), {}, {}, {}),
        change(Change::Kind::RenameTable, QStringLiteral("t"), {}, QStringLiteral("new_t"),
               QStringLiteral("t")),
    };
    r = diff::Renames::fromHistory(before, rebuild);
    QVERIFY(r.isEmpty());
    // ... and it is t: a column renamed after the rebuild is t's column renamed.
    rebuild.append(change(Change::Kind::RenameColumn, QStringLiteral("t"), QStringLiteral("b"),
                          QStringLiteral("a"), QStringLiteral("b")));
    r = diff::Renames::fromHistory(before, rebuild);
    QCOMPARE(r.column(QStringLiteral("public"), QStringLiteral("t"), QStringLiteral("a")),
             QStringLiteral("b"));
    // SQLite names are case-insensitive.
    QList<Change> upper{change(Change::Kind::RenameTable, QStringLiteral("T"), {},
                               QStringLiteral("T"), QStringLiteral("Users"))};
    r = diff::Renames::fromHistory(before, upper, true);
    QCOMPARE(r.table(QStringLiteral("public"), QStringLiteral("t")).second,
             QStringLiteral("Users"));
}

void TstDiff::migrationPoints()
{
    const load::LoadResult flyway =
        loadOrFail(QStringLiteral(SCHEMALENS_TEST_DATA "/discovery/flyway"));
    const load::MigrationPlan &plan = flyway.source;
    QVERIFY(plan.units.size() >= 5);
    const auto resolve = [&](const char *point) {
        const Result<int> r = load::resolveMigrationPoint(plan, QString::fromUtf8(point));
        return r.ok() ? r.value() : -1;
    };
    // By version, file name, name without extension, path, #N; a bare number is a version
    // first ("2" is V2), an index when no version matches.
    for (int i = 0; i < plan.units.size(); ++i) {
        const load::MigrationUnit &unit = plan.units.at(i);
        if (!unit.version.isEmpty())
            QCOMPARE(load::resolveMigrationPoint(plan, unit.version).value(), i + 1);
        QCOMPARE(load::resolveMigrationPoint(plan, unit.path).value(), i + 1);
        QCOMPARE(load::resolveMigrationPoint(plan, load::migrationName(unit)).value(), i + 1);
        QCOMPARE(load::resolveMigrationPoint(plan, QStringLiteral("#%1").arg(i + 1)).value(),
                 i + 1);
    }
    QCOMPARE(resolve("V2__second"), resolve("2"));
    QCOMPARE(resolve("#0"), 0);
    QCOMPARE(resolve("#99"), -1);
    QCOMPARE(resolve("nothing-like-this"), -1);
    QCOMPARE(resolve(""), -1);
    const Result<int> missing = load::resolveMigrationPoint(plan, QStringLiteral("V77"));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().message.contains(QLatin1String("V77")));

    // Diesel names a migration by its folder; a unique prefix is enough.
    const load::LoadResult diesel =
        loadOrFail(QStringLiteral(SCHEMALENS_TEST_DATA "/discovery/diesel"));
    QCOMPARE(
        load::resolveMigrationPoint(diesel.source, QStringLiteral("2020-01-01-000000_create_users"))
            .value(),
        2);
    QCOMPARE(load::resolveMigrationPoint(diesel.source, QStringLiteral("2020-02-01")).value(), 3);
    QCOMPARE(load::migrationName(diesel.source.units.at(1)),
             QStringLiteral("2020-01-01-000000_create_users"));
    QCOMPARE(load::migrationDate(diesel.source.units.at(1)).date(), QDate(2020, 1, 1));
    // A time of day that cannot be (second 82) keeps the date.
    load::MigrationUnit oddTime;
    oddTime.path = QStringLiteral("migrations/2024-01-12-210182_change_attachment_size/up.sql");
    oddTime.version = QStringLiteral("2024-01-12-210182");
    QCOMPARE(load::migrationDate(oddTime).date(), QDate(2024, 1, 12));
    // A prefix shared by two migrations is refused with both named.
    const Result<int> ambiguous =
        load::resolveMigrationPoint(diesel.source, QStringLiteral("2020"));
    QVERIFY(!ambiguous.ok());
    QVERIFY(ambiguous.error().message.contains(QLatin1String("add_index")));

    // A database has no migrations to stop at.
    load::LoadOptions options;
    options.at = QStringLiteral("#1");
    QVERIFY(!load::loadSource(QStringLiteral("sqlite:/nonexistent.db"), options).ok());
}

void TstDiff::atEqualsPrefixLoad_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("samples"); // points checked; 0: every point
    for (const QString &fixture : layoutFixtures())
        QTest::newRow(qPrintable(QStringLiteral("fixture-") + fixture.section(u'/', -2)))
            << fixture << 0;
    // Corpus entries of several layouts and both dialects.
    for (const char *entry :
         {"lemmy-diesel-pg", "langfuse-prisma-pg", "kratos-popx-mixed", "marquez-flyway-pg",
          "registry-sqitch-pg", "dokploy-drizzle-pg", "karakeep-drizzle-sqlite",
          "vaultwarden-diesel-sqlite", "synapse-schema-mixed", "omnivore-postgrator-pg"})
        QTest::newRow(entry) << testcorpus::path(QString::fromLatin1(entry)) << 4;
}

// `--at K` loads only the first K migrations; a snapshot from one full load must be exactly
// that model (tables, columns, keys, indexes, views, enums, functions, history, diagnostics).
void TstDiff::atEqualsPrefixLoad()
{
    QFETCH(QString, path);
    QFETCH(int, samples);
    SCHEMALENS_REQUIRE_CORPUS_PATH(path);
    const load::LoadResult full = loadOrFail(path, {}, true);
    const auto units = int(full.source.units.size());
    QVERIFY(units > 0);
    QCOMPARE(full.snapshots.size(), units);
    QList<int> points;
    if (samples == 0) {
        for (int k = 0; k <= units; ++k)
            points.append(k);
    } else {
        points = {1, units / 3, units / 2, units - 1, units};
    }
    for (int k : std::as_const(points)) {
        if (k < 0 || k > units)
            continue;
        const load::LoadResult prefix = loadOrFail(path, QStringLiteral("#%1").arg(k));
        QCOMPARE(prefix.source.units.size(), k);
        load::LoadResult fromSnapshot;
        fromSnapshot.schema = diff::schemaAt(full, k, true);
        fromSnapshot.source = prefix.source;
        if (k > 0 && k < units)
            fromSnapshot.diagnostics =
                full.diagnostics.mid(0, full.snapshots.at(k - 1).diagnostics);
        else if (k == units)
            fromSnapshot.diagnostics = full.diagnostics;
        const QByteArray expected = report::toJsonText(comparableModel(prefix));
        const QByteArray actual = report::toJsonText(comparableModel(fromSnapshot));
        if (expected != actual) {
            // Say where: the first line that differs.
            const QList<QByteArray> a = expected.split('\n');
            const QList<QByteArray> b = actual.split('\n');
            for (qsizetype i = 0; i < std::min(a.size(), b.size()); ++i)
                if (a.at(i) != b.at(i)) {
                    qInfo().noquote()
                        << "point" << k << "line" << i << "\n  prefix load:" << a.at(i)
                        << "\n  snapshot:   " << b.at(i);
                    break;
                }
        }
        QVERIFY2(expected == actual,
                 qPrintable(QStringLiteral("snapshot %1 of %2").arg(k).arg(units)));
        // And the diff engine agrees: nothing between them.
        QVERIFY(diff::diffSources(prefix, fromSnapshot).isEmpty());
    }
}

// For folders of each layout: the tables at every point, named the ways --at accepts.
void TstDiff::atGoldens()
{
    QByteArray out;
    for (const QString &fixture : layoutFixtures()) {
        const load::LoadResult full = loadOrFail(fixture, {}, true);
        const QString name = QDir(QStringLiteral(SCHEMALENS_TEST_DATA)).relativeFilePath(fixture);
        out += "== " + name.toUtf8() + " (" + full.source.layout.toUtf8() + ", " +
               load::dialectName(full.source.dialect).toUtf8() + ")\n";
        for (int k = 0; k <= full.source.units.size(); ++k) {
            QString point = QStringLiteral("#%1").arg(k);
            if (k > 0) {
                const load::MigrationUnit &unit = full.source.units.at(k - 1);
                const QString by =
                    unit.version.isEmpty() ? load::migrationName(unit) : unit.version;
                // The name given resolves to this very point.
                QCOMPARE(load::resolveMigrationPoint(full.source, by).value() >= k, true);
                point += QStringLiteral(" %1").arg(load::migrationName(unit));
                const QDateTime date = load::migrationDate(unit);
                if (date.isValid())
                    point += QStringLiteral(" [%1]").arg(date.toString(Qt::ISODate));
            }
            const model::Schema schema = diff::schemaAt(full, k);
            QStringList tables;
            for (const model::Table &t : schema.tables)
                if (!t.external)
                    tables.append(
                        QStringLiteral("%1(%2)").arg(t.qualifiedName()).arg(t.columns.size()));
            out +=
                point.toUtf8() + ": " +
                (tables.isEmpty() ? QByteArray("-") : tables.join(QLatin1String(", ")).toUtf8()) +
                '\n';
        }
    }
    compareGolden(out, dataDir + QStringLiteral("/at-layouts.txt"));
}

void TstDiff::selfDiffIsEmpty_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &fixture : layoutFixtures())
        QTest::newRow(qPrintable(QStringLiteral("fixture-") + fixture.section(u'/', -2)))
            << fixture;
    for (const QString &entry : testcorpus::entries())
        QTest::newRow(qPrintable(entry)) << testcorpus::path(entry);
}

void TstDiff::selfDiffIsEmpty()
{
    QFETCH(QString, path);
    SCHEMALENS_REQUIRE_CORPUS_PATH(path);
    const load::LoadResult a = loadOrFail(path, {}, true);
    const load::LoadResult b = loadOrFail(path);
    const diff::SchemaDiff result = diff::diffSources(a, b);
    if (!result.isEmpty())
        qInfo().noquote() << diff::diffToText(result, {path, path});
    QVERIFY(result.isEmpty());
    const int units = int(a.source.units.size());
    QVERIFY(diff::diffPoints(a, units, units).isEmpty());
    QVERIFY(diff::diffPoints(a, units / 2, units / 2).isEmpty());
    // Each migration's own diff is computed without error and, over the whole history, the
    // diff from nothing lists every table of the end as added.
    const diff::SchemaDiff all = diff::diffPoints(a, 0, units);
    int addedTables = 0;
    for (const diff::Entry &e : all.entries)
        if (e.kind == diff::ObjectKind::Table && e.change == diff::ChangeKind::Added)
            ++addedTables;
    int tables = 0;
    for (const model::Table &t : a.schema.tables)
        tables += t.external ? 0 : 1;
    QCOMPARE(addedTables, tables);
}

// From later to earlier is the forward diff turned round.
void TstDiff::backwardsIsTheReverse()
{
    const load::LoadResult loaded =
        loadOrFail(dataDir + QStringLiteral("/renames/input"), {}, true);
    const diff::SchemaDiff forward = diff::diffPoints(loaded, 1, 2);
    const diff::SchemaDiff backward = diff::diffPoints(loaded, 2, 1);
    QCOMPARE(backward.entries.size(), forward.entries.size());
    for (qsizetype i = 0; i < forward.entries.size(); ++i) {
        const diff::Entry &f = forward.entries.at(i);
        const diff::Entry &b = backward.entries.at(i);
        QCOMPARE(b.kind, f.kind);
        if (f.change == diff::ChangeKind::Added)
            QCOMPARE(b.change, diff::ChangeKind::Dropped);
        if (f.change == diff::ChangeKind::Renamed && f.name.isEmpty()) {
            QCOMPARE(b.table, f.oldTable);
            QCOMPARE(b.oldTable, f.table);
        }
    }
}

void TstDiff::cliExitCodes()
{
    const auto run = [](const QStringList &args, QByteArray *out = nullptr) {
        QProcess p;
        p.start(QStringLiteral(SCHEMALENS_CLI), args);
        p.waitForFinished(120000);
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitCode();
    };
    const QString history = dataDir + QStringLiteral("/every-change/input");
    QByteArray out;
    // Different: 1; equal: 0; errors: 2.
    QCOMPARE(run({QStringLiteral("diff"), history, QStringLiteral("--from"), QStringLiteral("#1")},
                 &out),
             1);
    QVERIFY(out.contains("renamed") || out.contains("> table"));
    QCOMPARE(run({QStringLiteral("diff"), history, history}), 0);
    QCOMPARE(run({QStringLiteral("diff"), history + QStringLiteral("@#1"), history,
                  QStringLiteral("--format"), QStringLiteral("json")},
                 &out),
             1);
    const QJsonObject json = QJsonDocument::fromJson(out).object();
    QCOMPARE(json.value(QStringLiteral("equal")).toBool(true), false);
    QCOMPARE(run({QStringLiteral("diff"), history, QStringLiteral("--old-at"),
                  QStringLiteral("002_changes"), history}),
             0);
    QCOMPARE(run({QStringLiteral("diff"), history, QStringLiteral("--from"),
                  QStringLiteral("001_base.sql"), QStringLiteral("--to"), QStringLiteral("#1")}),
             0);
    QCOMPARE(run({QStringLiteral("diff"), history, QStringLiteral("/nonexistent/folder")}), 2);
    QCOMPARE(run({QStringLiteral("diff"), history}), 2);
    QCOMPARE(
        run({QStringLiteral("diff"), history, QStringLiteral("--from"), QStringLiteral("nope")}),
        2);
    QCOMPARE(run({QStringLiteral("diff"), history, history, QStringLiteral("--format"),
                  QStringLiteral("yaml")}),
             2);
    QCOMPARE(run({QStringLiteral("diff"), history, history, QStringLiteral("--format"),
                  QStringLiteral("markdown")},
                 &out),
             0);
    QVERIFY(out.contains("# "));

    // --at on schema, review and export.
    QCOMPARE(run({QStringLiteral("schema"), history, QStringLiteral("--at"), QStringLiteral("#1"),
                  QStringLiteral("--format"), QStringLiteral("json")},
                 &out),
             0);
    const QJsonObject model = QJsonDocument::fromJson(out).object();
    QStringList tables;
    for (const QJsonValue &t : model.value(QStringLiteral("tables")).toArray())
        tables.append(t.toObject().value(QStringLiteral("name")).toString());
    QVERIFY(tables.contains(QStringLiteral("legacy")));   // dropped by the second migration
    QVERIFY(!tables.contains(QStringLiteral("refunds"))); // added by it
    QCOMPARE(
        run({QStringLiteral("schema"), history, QStringLiteral("--at"), QStringLiteral("nope")}),
        2);
    QCOMPARE(run({QStringLiteral("review"), history, QStringLiteral("--at"),
                  QStringLiteral("001_base"), QStringLiteral("--format"), QStringLiteral("json")},
                 &out),
             0);
    QVERIFY(!out.contains("refunds"));
    QTemporaryDir dir;
    const QString svg = dir.filePath(QStringLiteral("at.svg"));
    QCOMPARE(run({QStringLiteral("export"), history, QStringLiteral("--at"), QStringLiteral("#1"),
                  QStringLiteral("-o"), svg}),
             0);
    const QByteArray drawing = readFile(svg);
    QVERIFY(drawing.contains("legacy"));
    QVERIFY(!drawing.contains("refunds"));
}

QTEST_GUILESS_MAIN(TstDiff)
#include "tst_diff.moc"
