// Replay of SQLite migrations (core/load/sqlite): exact error positions and rules, the
// replay going on after failures, History entries, origins, DML effects, and that nothing
// is ever written to disk. Plans are built by hand so that discovery is not involved.
#include "core/load/sqlite/sqliteloader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace schemalens;
using namespace schemalens::load;
using Kind = model::Change::Kind;

namespace {

using Files = QList<std::pair<QString, QByteArray>>;

MigrationPlan plan(const Files &files)
{
    MigrationPlan p;
    p.isFolder = true;
    p.layout = QStringLiteral("plain");
    p.dialect = Dialect::SQLite;
    int ordinal = 0;
    for (const auto &[path, sql] : files) {
        MigrationUnit unit;
        unit.path = path;
        unit.ordinal = ordinal++;
        unit.sql = sql;
        p.units.append(unit);
    }
    return p;
}

LoadResult replay(const Files &files, const LoadOptions &options = {})
{
    return sqlite::loadPlan(plan(files), options);
}

LoadResult replay(const QByteArray &sql)
{
    return replay({{QStringLiteral("m.sql"), sql}});
}

QString describe(const Diagnostics &diagnostics)
{
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << d.location.toString() + QStringLiteral(": ") + d.rule + QStringLiteral(": ") +
                     d.message;
    return lines.join(QLatin1Char('\n'));
}

QList<Kind> kinds(const model::History &history)
{
    QList<Kind> list;
    for (const model::Change &c : history.changes)
        list.append(c.kind);
    return list;
}

} // namespace

class TstSqliteReplay : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void errorPositions_data();
    void errorPositions();
    void replayContinuesOnTheSameLine();
    void failingThirdMigrationFourthApplies();
    void history();
    void rebuildKeepsNewOrigin();
    void columnAndConstraintOrigins();
    void dmlHasEffects();
    void neverWritesFiles();
    void endlessAndHugeStatementsStop();
    void nulAndInvalidUtf8();
    void byteOrderMark();
    void cancel();
    void emptyPlan();
    void manyStatements();
};

void TstSqliteReplay::errorPositions_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("syntax") << QByteArray("CREATE TABLE a (x,,y);") << QStringLiteral("parse-error")
                            << 1 << 19 << QStringLiteral("near \",\": syntax error");
    QTest::newRow("columns count characters")
        << QByteArray("-- é\nSELECT 'üü', nope FROM sqlite_schema;")
        << QStringLiteral("migration-error") << 2 << 14 << QStringLiteral("no such column: nope");
    QTest::newRow("constraint failure while stepping")
        << QByteArray("CREATE TABLE u (a UNIQUE);\n  INSERT INTO u VALUES (1), (1);")
        << QStringLiteral("migration-error") << 2 << 3
        << QStringLiteral("UNIQUE constraint failed: u.a");
    QTest::newRow("unrecognized token")
        << QByteArray("SELECT 1;\n  SELECT @;") << QStringLiteral("parse-error") << 2 << 10
        << QStringLiteral("unrecognized token: \"@\"");
    QTest::newRow("incomplete input")
        << QByteArray("\n\nCREATE TABLE a (x") << QStringLiteral("parse-error") << 3 << 1
        << QStringLiteral("incomplete input");
    QTest::newRow("error inside a trigger body")
        << QByteArray("CREATE TABLE t (a);\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN\n"
                      "  UPDATE t SET a = ;\nEND;")
        << QStringLiteral("parse-error") << 3 << 20 << QStringLiteral("near \";\": syntax error");
    QTest::newRow("drop column used by a CHECK")
        << QByteArray("CREATE TABLE agents (id, is_user_operator,\n"
                      "  x CHECK (is_user_operator IS NOT NULL OR x));\n"
                      "ALTER TABLE agents DROP COLUMN is_user_operator;")
        << QStringLiteral("migration-error") << 3 << 1
        << QStringLiteral("error in table agents after drop column: no such column: "
                          "is_user_operator");
    QTest::newRow("already exists")
        << QByteArray("CREATE TABLE a (x);\n CREATE TABLE a (y);")
        << QStringLiteral("migration-error") << 2 << 15 << QStringLiteral("table a already exists");
}

void TstSqliteReplay::errorPositions()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, rule);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const LoadResult result = replay(sql);
    QVERIFY2(result.diagnostics.size() == 1, qPrintable(describe(result.diagnostics)));
    const Diagnostic &d = result.diagnostics.first();
    QCOMPARE(d.rule, rule);
    QCOMPARE(d.severity, Diagnostic::Severity::Error);
    QCOMPARE(d.message, message);
    QCOMPARE(d.location.file, QStringLiteral("m.sql"));
    QCOMPARE(d.location.line, line);
    QCOMPARE(d.location.column, column);
    QCOMPARE(d.location.ordinal, 0);
}

void TstSqliteReplay::replayContinuesOnTheSameLine()
{
    const LoadResult result = replay("CREATE TABLE a (x,,y); CREATE TABLE b (x);\n"
                                     "CREATE TRIGGER t AFTER INSERT ON b BEGIN SELECT (; END; "
                                     "CREATE TABLE c (x);");
    QCOMPARE(result.diagnostics.size(), 2);
    QVERIFY(!result.schema.table(QStringLiteral("main"), QStringLiteral("a")));
    QVERIFY(result.schema.table(QStringLiteral("main"), QStringLiteral("b")));
    const model::Table *c = result.schema.table(QStringLiteral("main"), QStringLiteral("c"));
    QVERIFY(c);
    QCOMPARE(c->origin.line, 2);
    QCOMPARE(c->origin.column, 57);
    QCOMPARE(result.stats.statements, 4);
    QCOMPARE(result.stats.applied, 2);
}

void TstSqliteReplay::failingThirdMigrationFourthApplies()
{
    const LoadResult result = replay(
        {{QStringLiteral("1_users.sql"), "CREATE TABLE users (id INTEGER PRIMARY KEY);"},
         {QStringLiteral("2_posts.sql"),
          "CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INT REFERENCES users (id));"},
         {QStringLiteral("3_broken.sql"), "ALTER TABLE posts ADD COLUMN body TEXT;\n"
                                          "ALTER TABLE missing ADD COLUMN x;\n"
                                          "CREATE TABLE comments (id INTEGER PRIMARY KEY,, x);"},
         {QStringLiteral("4_tags.sql"), "CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT);"}});
    QCOMPARE(result.diagnostics.size(), 2);
    QCOMPARE(result.diagnostics[0].rule, QStringLiteral("migration-error"));
    QCOMPARE(result.diagnostics[0].message, QStringLiteral("no such table: missing"));
    QCOMPARE(result.diagnostics[0].location.toString(), QStringLiteral("3_broken.sql:2:1"));
    QCOMPARE(result.diagnostics[0].location.ordinal, 2);
    QCOMPARE(result.diagnostics[1].rule, QStringLiteral("parse-error"));
    QCOMPARE(result.diagnostics[1].location.toString(), QStringLiteral("3_broken.sql:3:47"));

    const model::Schema &s = result.schema;
    QCOMPARE(s.tables.size(), 3);
    QVERIFY(
        s.table(QStringLiteral("main"), QStringLiteral("posts"))->column(QStringLiteral("body")));
    QVERIFY(!s.table(QStringLiteral("main"), QStringLiteral("comments")));
    const model::Table *tags = s.table(QStringLiteral("main"), QStringLiteral("tags"));
    QVERIFY(tags);
    QCOMPARE(tags->origin.toString(), QStringLiteral("4_tags.sql:1:1"));
    QCOMPARE(tags->origin.ordinal, 3);
}

void TstSqliteReplay::history()
{
    const LoadResult result = replay(
        {{QStringLiteral("1.sql"), "CREATE TABLE a (id INTEGER PRIMARY KEY, n TEXT);\n"
                                   "CREATE INDEX a_n ON a (n);\n"},
         {QStringLiteral("2.sql"), "ALTER TABLE a ADD COLUMN m INT NOT NULL DEFAULT 0;\n"
                                   "ALTER TABLE a RENAME COLUMN n TO name;\n"
                                   "ALTER TABLE a RENAME TO b;\n"
                                   "DROP INDEX a_n;\n"
                                   "ALTER TABLE b DROP COLUMN m;\n"
                                   "CREATE VIEW v AS SELECT * FROM b;\n"
                                   "CREATE TRIGGER t AFTER INSERT ON b BEGIN SELECT 1; END;\n"
                                   "DROP TRIGGER t;\nDROP VIEW v;\nDROP TABLE b;\n"
                                   "INSERT INTO sqlite_sequence VALUES (1, 2);\n"}});
    const model::History &h = result.schema.history;
    QCOMPARE(kinds(h), (QList<Kind>{Kind::CreateTable, Kind::CreateIndex, Kind::AddColumn,
                                    Kind::RenameColumn, Kind::RenameTable, Kind::DropIndex,
                                    Kind::DropColumn, Kind::CreateView, Kind::CreateTrigger,
                                    Kind::DropTrigger, Kind::DropView, Kind::DropTable}));
    const model::Change &add = h.changes[2];
    QCOMPARE(add.table, QStringLiteral("a"));
    QCOMPARE(add.object, QStringLiteral("m"));
    QVERIFY(add.notNull);
    QVERIFY(add.hasDefault);
    QVERIFY(add.onExistingTable);
    QCOMPARE(add.origin.toString(), QStringLiteral("2.sql:1:1"));
    QCOMPARE(h.changes[3].oldValue, QStringLiteral("n"));
    QCOMPARE(h.changes[3].newValue, QStringLiteral("name"));
    QCOMPARE(h.changes[4].oldValue, QStringLiteral("a"));
    QCOMPARE(h.changes[4].newValue, QStringLiteral("b"));
    QCOMPARE(h.changes[5].object, QStringLiteral("a_n"));
    QCOMPARE(h.changes[5].table, QStringLiteral("b"));
    QCOMPARE(h.changes[11].origin.toString(), QStringLiteral("2.sql:10:1"));
    QVERIFY(result.schema.tables.isEmpty());
    // The INSERT into sqlite_sequence fails (no AUTOINCREMENT table created it).
    QCOMPARE(result.diagnostics.size(), 1);
}

void TstSqliteReplay::rebuildKeepsNewOrigin()
{
    const LoadResult result =
        replay({{QStringLiteral("1.sql"), "CREATE TABLE t (id INTEGER PRIMARY KEY, a TEXT);"},
                {QStringLiteral("2.sql"),
                 "CREATE TABLE t_new (\n  id INTEGER PRIMARY KEY,\n  a TEXT NOT NULL\n);\n"
                 "INSERT INTO t_new SELECT * FROM t;\nDROP TABLE t;\n"
                 "ALTER TABLE t_new RENAME TO t;"}});
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    QCOMPARE(kinds(result.schema.history), (QList<Kind>{Kind::CreateTable, Kind::CreateTable,
                                                        Kind::DropTable, Kind::RenameTable}));
    const model::Table *t = result.schema.table(QStringLiteral("main"), QStringLiteral("t"));
    QVERIFY(t);
    QCOMPARE(t->origin.toString(), QStringLiteral("2.sql:1:1"));
    QCOMPARE(t->lastChange.toString(), QStringLiteral("2.sql:7:1"));
    QCOMPARE(t->column(QStringLiteral("a"))->origin.toString(), QStringLiteral("2.sql:3:3"));
    QVERIFY(!t->column(QStringLiteral("a"))->nullable);
}

void TstSqliteReplay::columnAndConstraintOrigins()
{
    const LoadResult result = replay("CREATE TABLE p (id INTEGER PRIMARY KEY);\n"
                                     "CREATE TABLE c (\n"
                                     "    id INTEGER,\n"
                                     "    p_id INT CONSTRAINT c_p REFERENCES p (id),\n"
                                     "    CHECK (id > 0),\n"
                                     "    UNIQUE (p_id)\n"
                                     ");\n"
                                     "ALTER TABLE c ADD COLUMN note TEXT CHECK (note <> '');\n");
    QVERIFY2(result.diagnostics.isEmpty(), qPrintable(describe(result.diagnostics)));
    const model::Table *c = result.schema.table(QStringLiteral("main"), QStringLiteral("c"));
    QVERIFY(c);
    QCOMPARE(c->origin.toString(), QStringLiteral("m.sql:2:1"));
    QCOMPARE(c->column(QStringLiteral("id"))->origin.toString(), QStringLiteral("m.sql:3:5"));
    QCOMPARE(c->column(QStringLiteral("p_id"))->origin.toString(), QStringLiteral("m.sql:4:5"));
    QCOMPARE(c->column(QStringLiteral("note"))->origin.toString(), QStringLiteral("m.sql:8:26"));
    QCOMPARE(c->foreignKeys.size(), 1);
    QCOMPARE(c->foreignKeys[0].name, QStringLiteral("c_p"));
    QCOMPARE(c->foreignKeys[0].origin.toString(), QStringLiteral("m.sql:4:14"));
    // ADD COLUMN puts the new column after the last column of the stored CREATE TABLE.
    QCOMPARE(c->checks.size(), 2);
    QCOMPARE(c->checks[0].name, QStringLiteral("c_note_check"));
    QCOMPARE(c->checks[0].origin.toString(), QStringLiteral("m.sql:8:36"));
    QCOMPARE(c->checks[1].name, QStringLiteral("c_check"));
    QCOMPARE(c->checks[1].origin.toString(), QStringLiteral("m.sql:5:5"));
    QCOMPARE(c->uniques.size(), 1);
    QCOMPARE(c->uniques[0].name, QStringLiteral("c_p_id_key"));
    QCOMPARE(c->uniques[0].origin.toString(), QStringLiteral("m.sql:6:5"));
}

void TstSqliteReplay::dmlHasEffects()
{
    const LoadResult result = replay("CREATE TABLE u (e TEXT);\n"
                                     "INSERT INTO u VALUES ('a'), ('a');\n"
                                     "CREATE UNIQUE INDEX u_e ON u (e);\n"
                                     "DELETE FROM u WHERE rowid = 2;\n"
                                     "CREATE UNIQUE INDEX u_e ON u (e);\n");
    QCOMPARE(result.diagnostics.size(), 1);
    QCOMPARE(result.diagnostics[0].message, QStringLiteral("UNIQUE constraint failed: u.e"));
    QCOMPARE(result.diagnostics[0].location.line, 3);
    const model::Table *u = result.schema.table(QStringLiteral("main"), QStringLiteral("u"));
    QCOMPARE(u->indexes.size(), 1);
    QCOMPARE(u->indexes[0].origin.line, 5);
}

void TstSqliteReplay::neverWritesFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray attached = dir.filePath(QStringLiteral("attached.db")).toUtf8();
    const QByteArray vacuumed = dir.filePath(QStringLiteral("vacuumed.db")).toUtf8();
    const LoadResult result = replay("CREATE TABLE t (x);\n"
                                     "ATTACH DATABASE '" +
                                     attached +
                                     "' AS other;\n"
                                     "VACUUM INTO '" +
                                     vacuumed +
                                     "';\n"
                                     "PRAGMA temp_store = FILE;\n"
                                     "PRAGMA temp_store_directory = '" +
                                     dir.path().toUtf8() +
                                     "';\n"
                                     "CREATE TABLE after (y);\n");
    QCOMPARE(result.diagnostics.size(), 4);
    for (const Diagnostic &d : result.diagnostics) {
        QCOMPARE(d.rule, QStringLiteral("migration-error"));
        QVERIFY2(d.message.contains(QLatin1String("never writes files")), qPrintable(d.message));
    }
    QVERIFY(result.schema.table(QStringLiteral("main"), QStringLiteral("after")));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TstSqliteReplay::endlessAndHugeStatementsStop()
{
    // An endless recursive query stops at the step budget; a 100 MB value is over the 64 MB
    // limit. Both are errors at their line, and the statements after them still replay.
    QElapsedTimer timer;
    timer.start();
    const LoadResult result =
        replay("CREATE TABLE t (x);\n"
               "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
               "INSERT INTO t SELECT i FROM n;\n"
               "INSERT INTO t VALUES (zeroblob(100 * 1024 * 1024));\n"
               "CREATE TABLE after (y);\n");
    QVERIFY2(timer.elapsed() < 60'000, "the step budget did not stop the recursive query");
    QCOMPARE(result.diagnostics.size(), 2);
    QCOMPARE(result.diagnostics.at(0).rule, QStringLiteral("migration-error"));
    QVERIFY2(result.diagnostics.at(0).message.contains(QLatin1String("million steps")),
             qPrintable(result.diagnostics.at(0).message));
    QCOMPARE(result.diagnostics.at(0).location.line, 2);
    QCOMPARE(result.diagnostics.at(1).rule, QStringLiteral("migration-error"));
    QVERIFY2(result.diagnostics.at(1).message.contains(QLatin1String("too big")),
             qPrintable(result.diagnostics.at(1).message));
    QCOMPARE(result.diagnostics.at(1).location.line, 3);
    QVERIFY(result.schema.table(QStringLiteral("main"), QStringLiteral("after")));
}

void TstSqliteReplay::nulAndInvalidUtf8()
{
    const LoadResult result =
        replay({{QStringLiteral("nul.sql"),
                 QByteArray("CREATE TABLE a (x);\nCREATE TABLE b (x);\0garbage", 46)},
                {QStringLiteral("latin1.sql"), "-- K\xe4se\nCREATE TABLE k\xe4se (x);\n"}});
    QCOMPARE(result.diagnostics.size(), 2);
    QCOMPARE(result.diagnostics[0].rule, QStringLiteral("parse-error"));
    QCOMPARE(result.diagnostics[0].location.toString(), QStringLiteral("nul.sql:2:20"));
    QCOMPARE(result.diagnostics[1].rule, QStringLiteral("source-warning"));
    QCOMPARE(result.diagnostics[1].location.toString(), QStringLiteral("latin1.sql:1:5"));
    QCOMPARE(result.schema.tables.size(), 3);
    QCOMPARE(result.schema.tables[2].name, QStringLiteral("k\uFFFDse"));
}

void TstSqliteReplay::byteOrderMark()
{
    const LoadResult result = replay("\xEF\xBB\xBF"
                                     "CREATE TABLE t (x);");
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(result.schema.tables.size(), 1);
    QCOMPARE(result.schema.tables[0].origin.toString(), QStringLiteral("m.sql:1:1"));
}

void TstSqliteReplay::cancel()
{
    LoadOptions options;
    QList<int> calls;
    options.progress = [&](int done, int total) {
        calls.append(done);
        Q_UNUSED(total);
        return false;
    };
    const LoadResult result = replay({{QStringLiteral("1.sql"), "CREATE TABLE a (x);"},
                                      {QStringLiteral("2.sql"), "CREATE TABLE b (x);"}},
                                     options);
    QCOMPARE(calls, QList<int>{1});
    QCOMPARE(result.diagnostics.size(), 1);
    QVERIFY(result.diagnostics[0].message.contains(QLatin1String("cancelled")));
    QVERIFY(result.schema.tables.isEmpty());
}

void TstSqliteReplay::emptyPlan()
{
    const LoadResult result = replay(Files{});
    QVERIFY(result.diagnostics.isEmpty());
    QVERIFY(result.schema.tables.isEmpty());
    QCOMPARE(result.schema.namespaces.size(), 1);
}

void TstSqliteReplay::manyStatements()
{
    // A data-heavy migration: 20,000 INSERTs after the DDL.
    QByteArray sql = "CREATE TABLE big (id INTEGER PRIMARY KEY, v TEXT);\n";
    for (int i = 0; i < 20000; ++i)
        sql += "INSERT INTO big (v) VALUES ('row " + QByteArray::number(i) + "');\n";
    QElapsedTimer timer;
    timer.start();
    const LoadResult result = replay(sql);
    QVERIFY(result.diagnostics.isEmpty());
    QCOMPARE(result.stats.statements, 20001);
    QCOMPARE(result.stats.applied, 1);
    QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TstSqliteReplay)
#include "tst_sqlite_replay.moc"
