// Alembic revisions (versions/*.py) as a source:
//  - golden cases: every tests/data/alembic/<case>/input is loaded and its translated SQL
//    (expected.sql, compact) and model (expected.json) must equal the references
//    (refresh with tests/data/alembic/refresh.sh after a reviewed change);
//  - the oracle: Debian's python3-alembic turns tests/data/alembic/pg-oracle into SQL in
//    offline mode (`alembic upgrade head --sql`); that SQL loaded by the PostgreSQL loader and
//    the revisions loaded by the Alembic loader give the same model (0 differences);
//  - the revision graph (merges, several heads, missing parents, cycles, duplicates), the
//    dialect (folder, alembic.ini, env.py), SQLite batch rebuilds, unsupported code and bad
//    input (syntax errors, unknown op calls, custom types, a 10,000-line revision).
#include "core/load/discovery.h"
#include "core/load/loader.h"
#include "core/report/modeljson.h"
#include "tests/dslfacts.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace schemalens;

namespace {

QString dataDir()
{
    return QStringLiteral(SCHEMALENS_TEST_DATA "/alembic");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A revision file: `revision`, `down_revision` (a Python expression) and upgrade()'s body.
QByteArray revision(const QByteArray &id, const QByteArray &down, const QByteArray &body,
                    const QByteArray &imports = {})
{
    return "\"\"\"revision " + id + "\"\"\"\nfrom alembic import op\nimport sqlalchemy as sa\n" +
           imports + "\nrevision = \"" + id + "\"\ndown_revision = " + down +
           "\n\n\ndef upgrade():\n" + body + "\n\n\ndef downgrade():\n    pass\n";
}

QJsonObject normalized(QJsonObject root)
{
    const QJsonObject source = root.value(QLatin1String("source")).toObject();
    root.insert(
        QLatin1String("source"),
        QJsonObject{{QLatin1String("layout"), source.value(QLatin1String("layout"))},
                    {QLatin1String("dialect"), source.value(QLatin1String("dialect"))},
                    {QLatin1String("files"), source.value(QLatin1String("files"))},
                    {QLatin1String("statements"), source.value(QLatin1String("statements"))}});
    return root;
}

QByteArray compactSql(const load::LoadResult &result)
{
    QByteArray out;
    for (const load::MigrationUnit &unit : result.source.units) {
        out += "-- " + unit.path.toUtf8() + " (" + unit.version.toUtf8() + ")\n";
        for (const QByteArray &line : unit.sql.split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (!trimmed.isEmpty())
                out += trimmed + '\n';
        }
    }
    return out;
}

Result<load::LoadResult> loadFrom(const QString &path,
                                  load::Dialect dialect = load::Dialect::Unknown)
{
    load::LoadOptions options;
    options.discovery.dialect = dialect;
    return load::loadSource(path, options);
}

QString diagnosticsText(const load::LoadResult &r)
{
    QStringList lines;
    for (const load::Diagnostic &d : r.diagnostics)
        lines.append(d.location.toString() + QLatin1Char(' ') + d.rule + QLatin1Char(' ') +
                     d.message);
    return lines.join(QLatin1Char('\n'));
}

const load::Diagnostic *findDiagnostic(const load::LoadResult &r, const QString &rule,
                                       const QString &messagePart = QString())
{
    for (const load::Diagnostic &d : r.diagnostics) {
        if (d.rule == rule && (messagePart.isEmpty() || d.message.contains(messagePart)))
            return &d;
    }
    return nullptr;
}

const model::Table *table(const load::LoadResult &r, const QString &name)
{
    for (const model::Table &t : r.schema.tables) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

const model::Column *column(const load::LoadResult &r, const QString &tableName,
                            const QString &name)
{
    const model::Table *t = table(r, tableName);
    if (!t)
        return nullptr;
    for (const model::Column &c : t->columns) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

bool haveAlembic()
{
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"), QStringLiteral("import alembic, sqlalchemy")});
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!writeFile(to + QLatin1Char('/') + QDir(from).relativeFilePath(path), readFile(path)))
            return false;
    }
    return true;
}

} // namespace

class TstAlembic : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void missingGrammar();
    void golden_data();
    void golden();
    void oracle_data();
    void oracle();
    void graphOrder();
    void graphProblems_data();
    void graphProblems();
    void duplicateRevision();
    void customTypeOnce();
    void dialect();
    void sqliteBatch();
    void sqliteWithoutBatch();
    void helpersAndLoops();
    void unsupported_data();
    void unsupported();
    void badInput();
    void hugeRevision();
};

void TstAlembic::init()
{
    SCHEMALENS_REQUIRE_GRAMMAR(load::treesitter::Grammar::Python);
}

void TstAlembic::missingGrammar()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(
        dir.filePath(QStringLiteral("migrations/versions/1.py")),
        revision("one", "None", "    op.create_table(\"t\", sa.Column(\"id\", sa.Integer()))")));
    dslfacts::checkMissingGrammar(load::treesitter::Grammar::Python, dir.path());
}

void TstAlembic::golden_data()
{
    QTest::addColumn<QString>("caseDir");
    const QDir dir(dataDir());
    int cases = 0;
    for (const QString &c : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo::exists(dir.filePath(c + QStringLiteral("/input")))) {
            QTest::newRow(c.toUtf8().constData()) << dir.filePath(c);
            ++cases;
        }
    }
    QVERIFY2(cases >= 3, "golden cases missing");
}

void TstAlembic::golden()
{
    QFETCH(QString, caseDir);
    const Result<load::LoadResult> result = loadFrom(caseDir + QStringLiteral("/input"));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().toString()));
    QCOMPARE(result->source.layout, QStringLiteral("alembic"));
    const QString name = QFileInfo(caseDir).fileName();
    const QByteArray actualSql = compactSql(result.value());
    if (qEnvironmentVariableIsSet("SCHEMALENS_REFRESH_GOLDEN")) { // tests/data/alembic/refresh.sh
        QVERIFY(writeFile(caseDir + QStringLiteral("/expected.sql"), actualSql));
        QVERIFY(writeFile(caseDir + QStringLiteral("/expected.json"),
                          QJsonDocument(normalized(report::modelToJson(result.value())))
                              .toJson(QJsonDocument::Indented)));
        return;
    }
    if (actualSql != readFile(caseDir + QStringLiteral("/expected.sql"))) {
        const QString path =
            QDir::temp().filePath(QStringLiteral("alembic-golden-%1.sql").arg(name));
        writeFile(path, actualSql);
        QFAIL(qPrintable(QStringLiteral("translated SQL differs; actual in %1").arg(path)));
    }
    const QByteArray actual = QJsonDocument(normalized(report::modelToJson(result.value())))
                                  .toJson(QJsonDocument::Indented);
    const QByteArray expected =
        QJsonDocument(
            normalized(QJsonDocument::fromJson(readFile(caseDir + QStringLiteral("/expected.json")))
                           .object()))
            .toJson(QJsonDocument::Indented);
    if (actual != expected) {
        const QList<QByteArray> a = actual.split('\n');
        const QList<QByteArray> e = expected.split('\n');
        qsizetype line = 0;
        while (line < a.size() && line < e.size() && a[line] == e[line])
            ++line;
        const QString path =
            QDir::temp().filePath(QStringLiteral("alembic-golden-%1.json").arg(name));
        writeFile(path, actual);
        QFAIL(qPrintable(
            QStringLiteral("model differs at line %1:\n  actual:   %2\n  expected: %3\n"
                           "whole actual model: %4")
                .arg(line + 1)
                .arg(QString::fromUtf8(a.value(line)), QString::fromUtf8(e.value(line)), path)));
    }
}

void TstAlembic::oracle_data()
{
    // Test projects with an env.py for offline mode and a postgresql:// URL.
    QTest::addColumn<QString>("project");
    QTest::newRow("pg-oracle") << dataDir() + QStringLiteral("/pg-oracle");
    QTest::newRow("pg-ops") << dataDir() + QStringLiteral("/pg-ops/input");
}

void TstAlembic::oracle()
{
    QFETCH(QString, project);
    if (!haveAlembic())
        QSKIP("python3-alembic and python3-sqlalchemy are not installed (apt-get install "
              "python3-alembic python3-sqlalchemy, or bash packaging/install-deps.sh): the "
              "Alembic offline-mode oracle cannot run");
    QTemporaryDir dir;
    QVERIFY(copyTree(project, dir.path()));
    QProcess alembic;
    alembic.setWorkingDirectory(dir.path());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    alembic.setProcessEnvironment(env);
    alembic.start(QStringLiteral("/usr/bin/python3"),
                  {QStringLiteral("-m"), QStringLiteral("alembic"), QStringLiteral("upgrade"),
                   QStringLiteral("head"), QStringLiteral("--sql")});
    QVERIFY(alembic.waitForFinished(120000));
    const QByteArray sql = alembic.readAllStandardOutput();
    QVERIFY2(alembic.exitCode() == 0, alembic.readAllStandardError().constData());
    QVERIFY(sql.contains("CREATE TABLE "));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("offline/offline.sql")), sql));

    const Result<load::LoadResult> fromSql =
        loadFrom(dir.filePath(QStringLiteral("offline/offline.sql")));
    QVERIFY(fromSql.ok());
    QVERIFY2(fromSql->diagnostics.isEmpty(), qPrintable(diagnosticsText(fromSql.value())));
    const Result<load::LoadResult> fromRevisions = loadFrom(project);
    QVERIFY(fromRevisions.ok());
    QCOMPARE(fromRevisions->source.layout, QStringLiteral("alembic"));
    QCOMPARE(fromRevisions->source.dialect, load::Dialect::PostgreSQL);
    QVERIFY2(fromRevisions->diagnostics.isEmpty(),
             qPrintable(diagnosticsText(fromRevisions.value())));
    const QStringList differences = dslfacts::differences(fromRevisions->schema, fromSql->schema);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    QVERIFY(dslfacts::factsOf(fromSql->schema).size() > 20);
}

void TstAlembic::graphOrder()
{
    // Applied by the graph, not by file name: c (the base) first, the merge last.
    QTemporaryDir dir;
    const QString v = dir.filePath(QStringLiteral("migrations/versions/"));
    QVERIFY(writeFile(
        v + QStringLiteral("a_first_by_name.py"),
        revision("bbb", "\"ccc\"", "    op.add_column(\"t\", sa.Column(\"b\", sa.Integer()))")));
    QVERIFY(writeFile(v + QStringLiteral("b_merge.py"),
                      revision("mmm", "(\"bbb\", \"ddd\")", "    op.drop_column(\"t\", \"b\")")));
    QVERIFY(writeFile(
        v + QStringLiteral("c_base.py"),
        revision("ccc", "None",
                 "    op.create_table(\"t\", sa.Column(\"id\", sa.Integer(), primary_key=True))")));
    QVERIFY(writeFile(
        v + QStringLiteral("d_other_branch.py"),
        revision("ddd", "'ccc'", "    op.add_column(\"t\", sa.Column(\"d\", sa.Integer()))")));
    QVERIFY(writeFile(v + QStringLiteral("__init__.py"), ""));
    QVERIFY(writeFile(v + QStringLiteral("helpers.py"), "def f():\n    return 1\n"));
    const Result<load::LoadResult> r = loadFrom(dir.path());
    QVERIFY(r.ok());
    QCOMPARE(r->source.layout, QStringLiteral("alembic"));
    QStringList order;
    for (const load::MigrationUnit &u : r->source.units)
        order.append(u.version);
    QCOMPARE(order, (QStringList{QStringLiteral("ccc"), QStringLiteral("bbb"),
                                 QStringLiteral("ddd"), QStringLiteral("mmm")}));
    QVERIFY2(r->diagnostics.isEmpty(), qPrintable(diagnosticsText(r.value())));
    QVERIFY(column(r.value(), QStringLiteral("t"), QStringLiteral("d")));
    QVERIFY(!column(r.value(), QStringLiteral("t"), QStringLiteral("b")));
    bool helperSkipped = false;
    for (const load::SkippedFile &s : r->source.skipped)
        helperSkipped = helperSkipped || s.path.endsWith(QLatin1String("helpers.py"));
    QVERIFY(helperSkipped);
    QCOMPARE(r->source.units.first().description, QStringLiteral("revision ccc"));
}

void TstAlembic::graphProblems_data()
{
    QTest::addColumn<QByteArrayList>("downRevisions"); // of revisions r0, r1, r2
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::newRow("two heads") << QByteArrayList{"None", "\"r0\"", "\"r0\""} << "2 heads"
                               << "r1.py" << 5; // revision() writes `revision =` on line 5
    QTest::newRow("missing parent") << QByteArrayList{"None", "\"r0\"", "\"gone\""} << "gone"
                                    << "r2.py" << 6; // and `down_revision =` on line 6
    QTest::newRow("cycle") << QByteArrayList{"None", "\"r2\"", "\"r1\""} << "cycle"
                           << "r1.py" << 6;
}

void TstAlembic::graphProblems()
{
    QFETCH(QByteArrayList, downRevisions);
    QFETCH(QString, words);
    QFETCH(QString, file);
    QFETCH(int, line);
    QTemporaryDir dir;
    const QString v = dir.filePath(QStringLiteral("alembic/versions/"));
    for (int i = 0; i < 3; ++i) {
        const QByteArray id = "r" + QByteArray::number(i);
        const QByteArray body =
            i == 0
                ? QByteArray("    op.create_table(\"t\", sa.Column(\"id\", sa.Integer(), "
                             "primary_key=True))")
                : QByteArray("    op.add_column(\"t\", sa.Column(\"c" + id + "\", sa.Integer()))");
        QVERIFY(writeFile(v + QString::fromLatin1(id) + QStringLiteral(".py"),
                          revision(id, downRevisions.at(i), body)));
    }
    const Result<load::LoadResult> r = loadFrom(dir.path());
    QVERIFY(r.ok());
    const load::Diagnostic *d = findDiagnostic(r.value(), QStringLiteral("revision-graph"), words);
    QVERIFY2(d, qPrintable(diagnosticsText(r.value())));
    QVERIFY2(d->location.file.endsWith(file), qPrintable(d->location.file));
    QCOMPARE(d->location.line, line);
    // One problem, one finding; and every revision is still applied.
    int graphFindings = 0;
    for (const load::Diagnostic &x : r->diagnostics)
        graphFindings += x.rule == QLatin1String("revision-graph") ? 1 : 0;
    QCOMPARE(graphFindings, words == QLatin1String("cycle") ? 2 : 1);
    QCOMPARE(r->source.units.size(), 3);
    QVERIFY(table(r.value(), QStringLiteral("t")));
}

void TstAlembic::duplicateRevision()
{
    // Two files declare one revision id: the first (by file name) is applied, the other is
    // skipped and reported at its `revision =` line.
    QTemporaryDir dir;
    const QString v = dir.filePath(QStringLiteral("migrations/versions/"));
    QVERIFY(writeFile(
        v + QStringLiteral("a.py"),
        revision("one", "None", "    op.create_table(\"a\", sa.Column(\"id\", sa.Integer()))")));
    QVERIFY(writeFile(
        v + QStringLiteral("b.py"),
        revision("one", "None", "    op.create_table(\"b\", sa.Column(\"id\", sa.Integer()))")));
    const Result<load::LoadResult> r = loadFrom(dir.path());
    QVERIFY(r.ok());
    QCOMPARE(r->source.units.size(), 1);
    QVERIFY(table(r.value(), QStringLiteral("a")));
    QVERIFY(!table(r.value(), QStringLiteral("b")));
    const load::Diagnostic *d =
        findDiagnostic(r.value(), QStringLiteral("revision-graph"), QStringLiteral("a.py"));
    QVERIFY2(d, qPrintable(diagnosticsText(r.value())));
    QVERIFY(d->location.file.endsWith(QLatin1String("b.py")));
    QCOMPARE(d->location.line, 5);
}

void TstAlembic::customTypeOnce()
{
    // One project type on many columns is one thing to know: one finding, at its first use.
    QTemporaryDir dir;
    QByteArray body = "    op.create_table(\"t\",\n";
    for (int i = 0; i < 20; ++i)
        body += "        sa.Column(\"c" + QByteArray::number(i) + "\", app.types.GUID()),\n";
    body += "    )";
    QVERIFY(writeFile(dir.filePath(QStringLiteral("migrations/versions/1.py")),
                      revision("one", "None", body, "import app.types\n")));
    const Result<load::LoadResult> r = loadFrom(dir.path());
    QVERIFY(r.ok());
    QCOMPARE(r->diagnostics.size(), 1);
    const load::Diagnostic &d = r->diagnostics.first();
    QCOMPARE(d.rule, QStringLiteral("custom-type"));
    QCOMPARE(d.location.line, 12);
    QVERIFY2(d.message.contains(QLatin1String("20")) &&
                 d.message.contains(QLatin1String("app.types.GUID")),
             qPrintable(d.message));
    QCOMPARE(column(r.value(), QStringLiteral("t"), QStringLiteral("c19"))->type,
             QStringLiteral("\"app.types.GUID\""));
}

void TstAlembic::dialect()
{
    // versions/postgresql and versions/sqlite: PostgreSQL unless SQLite is asked for.
    QTemporaryDir dir;
    const QByteArray body =
        "    op.create_table(\"t\", sa.Column(\"id\", sa.Integer(), primary_key=True),\n"
        "                    sa.Column(\"at\", sa.DateTime(), server_default=sa.func.now()))";
    QVERIFY(writeFile(dir.filePath(QStringLiteral("migrations/versions/postgresql/1.py")),
                      revision("p1", "None", body)));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("migrations/versions/sqlite/1.py")),
                      revision("s1", "None", body)));
    const Result<load::LoadResult> pg = loadFrom(dir.path());
    QVERIFY(pg.ok());
    QCOMPARE(pg->source.dialect, load::Dialect::PostgreSQL);
    QCOMPARE(pg->source.units.first().version, QStringLiteral("p1"));
    QCOMPARE(column(pg.value(), QStringLiteral("t"), QStringLiteral("id"))
                 ->defaultExpr.value_or(QString()),
             QStringLiteral("nextval('t_id_seq'::regclass)"));
    QCOMPARE(column(pg.value(), QStringLiteral("t"), QStringLiteral("at"))
                 ->defaultExpr.value_or(QString()),
             QStringLiteral("now()"));
    const Result<load::LoadResult> lite = loadFrom(dir.path(), load::Dialect::SQLite);
    QVERIFY(lite.ok());
    QCOMPARE(lite->source.dialect, load::Dialect::SQLite);
    QCOMPARE(lite->source.units.first().version, QStringLiteral("s1"));
    QCOMPARE(column(lite.value(), QStringLiteral("t"), QStringLiteral("at"))->type,
             QStringLiteral("DATETIME"));
    QCOMPARE(column(lite.value(), QStringLiteral("t"), QStringLiteral("at"))
                 ->defaultExpr.value_or(QString()),
             QStringLiteral("CURRENT_TIMESTAMP"));

    // alembic.ini's sqlalchemy.url, then env.py's URLs.
    QTemporaryDir ini;
    QVERIFY(writeFile(ini.filePath(QStringLiteral("alembic.ini")),
                      "[alembic]\nscript_location = alembic\nsqlalchemy.url = sqlite:///app.db\n"));
    QVERIFY(writeFile(ini.filePath(QStringLiteral("alembic/versions/1.py")),
                      revision("a", "None", body)));
    Result<load::MigrationPlan> plan = load::discover(ini.path());
    QVERIFY(plan.ok());
    QCOMPARE(plan->dialect, load::Dialect::SQLite);
    QVERIFY(plan->dialectEvidence.contains(QLatin1String("alembic.ini")));
    QTemporaryDir env;
    QVERIFY(writeFile(env.filePath(QStringLiteral("migrations/env.py")),
                      "import os\nurl = os.environ.get(\"DATABASE_URL\", "
                      "\"postgresql+psycopg2://app@localhost/app\")\n"));
    QVERIFY(writeFile(env.filePath(QStringLiteral("migrations/versions/1.py")),
                      revision("a", "None", body)));
    plan = load::discover(env.path());
    QVERIFY(plan.ok());
    QCOMPARE(plan->dialect, load::Dialect::PostgreSQL);
    QVERIFY(plan->dialectEvidence.contains(QLatin1String("env.py")));
}

void TstAlembic::sqliteBatch()
{
    // SQLite: batch_alter_table rebuilds the table (move and copy) with the changes.
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("alembic.ini")),
                      "[alembic]\nsqlalchemy.url = sqlite:///x.db\n"));
    const QString v = dir.filePath(QStringLiteral("alembic/versions/"));
    QVERIFY(writeFile(
        v + QStringLiteral("1.py"),
        revision(
            "one", "None",
            "    op.create_table(\"teams\", sa.Column(\"id\", sa.Integer(), primary_key=True))\n"
            "    op.create_table(\n"
            "        \"users\",\n"
            "        sa.Column(\"id\", sa.Integer(), primary_key=True),\n"
            "        sa.Column(\"email\", sa.String(100)),\n"
            "        sa.Column(\"old\", sa.Text()),\n"
            "        sa.Column(\"team\", sa.Integer()),\n"
            "        sa.UniqueConstraint(\"email\", name=\"uq_users_email\"),\n"
            "    )\n"
            "    op.create_index(\"ix_users_team\", \"users\", [\"team\"])")));
    QVERIFY(writeFile(
        v + QStringLiteral("2.py"),
        revision("two", "\"one\"",
                 "    with op.batch_alter_table(\"users\") as batch_op:\n"
                 "        batch_op.alter_column(\"email\", nullable=False, "
                 "existing_type=sa.String(100))\n"
                 "        batch_op.drop_column(\"old\")\n"
                 "        batch_op.alter_column(\"team\", new_column_name=\"team_id\")\n"
                 "        batch_op.create_foreign_key(\"fk_users_team\", \"teams\", [\"team_id\"], "
                 "[\"id\"], ondelete=\"CASCADE\")\n"
                 "        batch_op.add_column(sa.Column(\"born\", sa.Date(), "
                 "server_default=sa.text(\"(date('now'))\")))\n"
                 "        batch_op.drop_constraint(\"uq_users_email\", type_=\"unique\")\n"
                 "        batch_op.drop_constraint(\"no_such_constraint\")\n"
                 "    op.create_index(\"ix_users_born\", \"users\", [\"born\"])")));
    const Result<load::LoadResult> r = loadFrom(dir.path());
    QVERIFY(r.ok());
    QCOMPARE(r->source.dialect, load::Dialect::SQLite);
    const model::Table *users = table(r.value(), QStringLiteral("users"));
    QVERIFY(users);
    QVERIFY(!column(r.value(), QStringLiteral("users"), QStringLiteral("email"))->nullable);
    QVERIFY(!column(r.value(), QStringLiteral("users"), QStringLiteral("old")));
    QVERIFY(column(r.value(), QStringLiteral("users"), QStringLiteral("team_id")));
    QVERIFY(column(r.value(), QStringLiteral("users"), QStringLiteral("born")));
    QCOMPARE(users->foreignKeys.size(), 1);
    QCOMPARE(users->foreignKeys.first().onDelete, QStringLiteral("cascade"));
    QCOMPARE(users->foreignKeys.first().columns, QStringList{QStringLiteral("team_id")});
    QVERIFY(users->uniques.isEmpty());
    QStringList indexes;
    for (const model::Index &i : users->indexes)
        indexes.append(i.name);
    indexes.sort();
    QCOMPARE(indexes,
             (QStringList{QStringLiteral("ix_users_born"), QStringLiteral("ix_users_team")}));
    for (const model::Index &i : users->indexes) {
        if (i.name == QLatin1String("ix_users_team"))
            QCOMPARE(i.elements.first().column, QStringLiteral("team_id"));
    }
    // The one unknown constraint is reported at its line; the rest still applies.
    const load::Diagnostic *d = findDiagnostic(r.value(), QStringLiteral("migration-error"),
                                               QStringLiteral("no_such_constraint"));
    QVERIFY2(d, qPrintable(diagnosticsText(r.value())));
    QCOMPARE(d->location.line, 17);
    QCOMPARE(r->diagnostics.size(), 1);
    // The rebuild is pinned to the with statement (line 10 of 2.py).
    bool rebuilt = false;
    for (const model::Change &c : r->schema.history.changes)
        rebuilt = rebuilt || (c.origin.file.endsWith(QLatin1String("2.py")) && c.origin.line == 10);
    QVERIFY(rebuilt);
}

void TstAlembic::sqliteWithoutBatch()
{
    // What SQLite cannot do outside batch mode is reported where Alembic would fail.
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("alembic.ini")),
                      "[alembic]\nsqlalchemy.url = sqlite:///x.db\n"));
    QVERIFY(writeFile(
        dir.filePath(QStringLiteral("alembic/versions/1.py")),
        revision(
            "one", "None",
            "    op.create_table(\"t\", sa.Column(\"id\", sa.Integer(), primary_key=True), "
            "sa.Column(\"a\", sa.Integer()))\n"
            "    op.alter_column(\"t\", \"a\", nullable=False)\n"
            "    op.create_unique_constraint(\"uq\", \"t\", [\"a\"])\n"
            "    op.alter_column(\"t\", \"a\", new_column_name=\"b\")\n"
            "    op.add_column(\"t\", sa.Column(\"c\", sa.String(5), server_default=\"x\"))")));
    const Result<load::LoadResult> r = loadFrom(dir.path());
    QVERIFY(r.ok());
    const load::Diagnostic *alter = findDiagnostic(r.value(), QStringLiteral("migration-error"),
                                                   QStringLiteral("ALTER COLUMN"));
    QVERIFY2(alter, qPrintable(diagnosticsText(r.value())));
    QCOMPARE(alter->location.line, 11);
    const load::Diagnostic *unique =
        findDiagnostic(r.value(), QStringLiteral("migration-error"), QStringLiteral("constraint"));
    QVERIFY(unique);
    QCOMPARE(unique->location.line, 12);
    QVERIFY(column(r.value(), QStringLiteral("t"), QStringLiteral("b")));
    QCOMPARE(column(r.value(), QStringLiteral("t"), QStringLiteral("c"))
                 ->defaultExpr.value_or(QString()),
             QStringLiteral("'x'"));
}

void TstAlembic::helpersAndLoops()
{
    // Followed exactly: loops over literal lists, helpers with plain parameters, functions
    // returning SQL. Their changes sit on the calling line.
    QTemporaryDir dir;
    const QByteArray file =
        "from alembic import op\n"                   // 1
        "import sqlalchemy as sa\n"                  // 2
        "revision = \"one\"\n"                       // 3
        "down_revision = None\n"                     // 4
        "COLOURS = [(\"red\", 1), (\"green\", 2)]\n" // 5
        "def add_colour(name: str, code):\n"         // 6
        "    op.create_table(name, sa.Column(\"code\", sa.Integer(), "
        "server_default=str(code)))\n"                                       // 7
        "def view_sql():\n"                                                  // 8
        "    \"\"\"the view\"\"\"\n"                                         // 9
        "    select = \"SELECT 1 AS one\"\n"                                 // 10
        "    return \"CREATE VIEW v AS \" + select\n"                        // 11
        "def upgrade():\n"                                                   // 12
        "    for name, code in COLOURS:\n"                                   // 13
        "        op.create_table(name, sa.Column(\"code\", sa.Integer()))\n" // 14
        "    add_colour(\"blue\", 3)\n"                                      // 15
        "    op.execute(view_sql())\n";                                      // 16
    QVERIFY(writeFile(dir.filePath(QStringLiteral("migrations/versions/1.py")), file));
    const Result<load::LoadResult> r = loadFrom(dir.path());
    QVERIFY(r.ok());
    // str(code) is not followed: reported once, the rest applies.
    QCOMPARE(r->diagnostics.size(), 1);
    QCOMPARE(r->diagnostics.first().location.line, 7);
    QCOMPARE(table(r.value(), QStringLiteral("red"))->origin.line, 13);
    QCOMPARE(table(r.value(), QStringLiteral("green"))->origin.line, 13);
    QCOMPARE(table(r.value(), QStringLiteral("blue"))->origin.line, 15);
    QCOMPARE(r->schema.views.size(), 1);
    QCOMPARE(r->schema.views.first().origin.line, 16);
}

void TstAlembic::unsupported_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("line"); // upgrade()'s body starts on line 10
    QTest::addColumn<QString>("words");
    QTest::newRow("unknown op") << QByteArray("    op.frobnicate(\"t\")") << "unsupported" << 10
                                << "op.frobnicate";
    QTest::newRow("loop") << QByteArray("    for name in names():\n        op.create_table(name)")
                          << "unsupported" << 10 << "loop";
    QTest::newRow("if")
        << QByteArray(
               "    if op.get_context().dialect.name == \"postgresql\":\n        op.execute(\"x\")")
        << "unsupported" << 10 << "conditional";
    QTest::newRow("helper") << QByteArray("    make()") << "unsupported" << 10 << "make()";
    QTest::newRow("connection")
        << QByteArray("    conn = op.get_bind()\n    conn.execute(sa.text(\"update t set a = 1\"))")
        << "unsupported" << 11 << "conn.execute";
    QTest::newRow("dynamic name") << QByteArray("    op.drop_table(compute_name())")
                                  << "unsupported" << 10 << "compute_name";
    QTest::newRow("custom type")
        << QByteArray(
               "    op.add_column(\"kept\", sa.Column(\"uid\", myapp.db.UUID(), nullable=False))")
        << "custom-type" << 10 << "myapp.db.UUID";
    QTest::newRow("f-string") << QByteArray("    op.execute(f\"DROP TABLE {prefix}_x\")")
                              << "unsupported" << 10 << "prefix";
}

void TstAlembic::unsupported()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, rule);
    QFETCH(int, line);
    QFETCH(QString, words);
    QTemporaryDir dir;
    const QString v = dir.filePath(QStringLiteral("migrations/versions/"));
    QVERIFY(writeFile(
        v + QStringLiteral("1.py"),
        revision(
            "one", "None",
            "    op.create_table(\"kept\", sa.Column(\"id\", sa.Integer(), primary_key=True))")));
    QVERIFY(writeFile(
        v + QStringLiteral("2.py"),
        "from alembic import op\nimport sqlalchemy as sa\nimport myapp.db\n\nrevision = \"two\"\n"
        "down_revision = \"one\"\n\n\ndef upgrade():\n" +
            body +
            "\n    op.add_column(\"kept\", sa.Column(\"after\", sa.Integer()))\n\n\ndef "
            "make(*names):\n  "
            "  pass\n"));
    const Result<load::LoadResult> r = loadFrom(dir.path());
    QVERIFY(r.ok());
    const load::Diagnostic *d = findDiagnostic(r.value(), rule, words);
    QVERIFY2(d, qPrintable(diagnosticsText(r.value())));
    QCOMPARE(d->location.line, line);
    QVERIFY(d->location.file.endsWith(QLatin1String("versions/2.py")));
    // Loading goes on after it.
    QVERIFY(column(r.value(), QStringLiteral("kept"), QStringLiteral("after")));
    if (rule == QLatin1String("custom-type"))
        QCOMPARE(column(r.value(), QStringLiteral("kept"), QStringLiteral("uid"))->type,
                 QStringLiteral("\"myapp.db.UUID\""));
}

void TstAlembic::badInput()
{
    // A syntax error: reported with its line; the calls before it still apply, the other
    // revisions too. A file that is not UTF-8 is refused by discovery with its position.
    QTemporaryDir dir;
    const QString v = dir.filePath(QStringLiteral("migrations/versions/"));
    QVERIFY(writeFile(
        v + QStringLiteral("1.py"),
        revision("one", "None",
                 "    op.create_table(\"a\", sa.Column(\"id\", sa.Integer(), primary_key=True))\n"
                 "    op.create_table(\"b\", sa.Column(\"id\", sa.Integer(), primary_key=True)\n"
                 "    op.create_table(\"c\",, )")));
    QVERIFY(writeFile(
        v + QStringLiteral("2.py"),
        revision("two", "\"one\"", "    op.create_table(\"d\", sa.Column(\"id\", sa.Integer()))")));
    QVERIFY(writeFile(v + QStringLiteral("3.py"),
                      QByteArray("revision = \"three\"\ndown_revision = \"two\"\n\xff\xfe\n")));
    const Result<load::LoadResult> r = loadFrom(dir.path());
    QVERIFY(r.ok());
    const load::Diagnostic *d = findDiagnostic(r.value(), QStringLiteral("parse-error"));
    QVERIFY2(d, qPrintable(diagnosticsText(r.value())));
    QVERIFY(d->location.file.endsWith(QLatin1String("1.py")));
    QVERIFY2(d->location.line >= 11 && d->location.line <= 12, qPrintable(d->location.toString()));
    QVERIFY(table(r.value(), QStringLiteral("a")));
    QVERIFY(table(r.value(), QStringLiteral("d")));
    bool refused = false;
    for (const load::Diagnostic &p : r->source.diagnostics)
        refused = refused || p.location.file.endsWith(QLatin1String("3.py"));
    QVERIFY(refused);
}

void TstAlembic::hugeRevision()
{
    // A 10,000-line revision (1,000 tables of ten lines) loads whole, with origins on its lines.
    QByteArray body;
    for (int i = 0; i < 1000; ++i) {
        body += "    op.create_table(\n        \"t" + QByteArray::number(i) +
                "\",\n"
                "        sa.Column(\"id\", sa.Integer(), primary_key=True),\n"
                "        sa.Column(\"name\", sa.String(50), nullable=False),\n"
                "        sa.Column(\"n\", sa.Integer(), server_default=\"" +
                QByteArray::number(i) +
                "\"),\n"
                "    )\n"
                "    op.create_index(\n        \"ix_t" +
                QByteArray::number(i) +
                "_name\",\n"
                "        \"t" +
                QByteArray::number(i) + "\", [\"name\"])\n\n";
    }
    QTemporaryDir dir;
    const QByteArray file = revision("big", "None", body);
    QVERIFY(file.count('\n') > 10000);
    QVERIFY(writeFile(dir.filePath(QStringLiteral("migrations/versions/big.py")), file));
    for (const load::Dialect dialect : {load::Dialect::PostgreSQL, load::Dialect::SQLite}) {
        const Result<load::LoadResult> r = loadFrom(dir.path(), dialect);
        QVERIFY(r.ok());
        QVERIFY2(r->diagnostics.isEmpty(), qPrintable(diagnosticsText(r.value()).left(2000)));
        QCOMPARE(r->schema.tables.size(), 1000);
        const model::Column *n = column(r.value(), QStringLiteral("t999"), QStringLiteral("n"));
        QVERIFY(n);
        QCOMPARE(n->origin.line, file.left(file.indexOf("server_default=\"999\"")).count('\n') + 1);
    }
}

QTEST_GUILESS_MAIN(TstAlembic)
#include "tst_alembic.moc"
