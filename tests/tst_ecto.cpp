// Ecto migrations (priv/repo/migrations/*.exs) as a source:
//  - golden cases: every tests/data/ecto/<case>/input is loaded and its translated SQL
//    (expected.sql, compact) and model (expected.json) must equal the references
//    (refresh with tests/data/ecto/refresh.sh after a reviewed change);
//  - a project with a hand-checked structure.sql of what ecto_sql builds: both models agree
//    (0 differences);
//  - type mapping row by row against ecto_sql's PostgreSQL adapter;
//  - origins on the .exs lines, @disable_ddl_transaction, discovery, unsupported code and
//    bad input (syntax errors, truncated and binary files, a 10,000-line migration).
#include "core/load/discovery.h"
#include "core/load/loader.h"
#include "core/report/modeljson.h"
#include "tests/dslfacts.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace schemalens;

namespace {

QString dataDir()
{
    return QStringLiteral(SCHEMALENS_TEST_DATA "/ecto");
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

// A migration module around `body` (the statements of change/0).
QByteArray migration(const QByteArray &body, const QByteArray &attributes = {})
{
    return "defmodule App.Repo.Migrations.T do\n  use Ecto.Migration\n" + attributes +
           "\n  def change do\n" + body + "\n  end\nend\n";
}

// Keeps what the loader decides (the plan's files, statements, the model, diagnostics).
QJsonObject normalized(QJsonObject root)
{
    const QJsonObject source = root.value(QLatin1String("source")).toObject();
    root.insert(
        QLatin1String("source"),
        QJsonObject{{QLatin1String("layout"), source.value(QLatin1String("layout"))},
                    {QLatin1String("files"), source.value(QLatin1String("files"))},
                    {QLatin1String("statements"), source.value(QLatin1String("statements"))}});
    return root;
}

// The translated SQL of every unit, without the layout's blank lines and padding.
QByteArray compactSql(const load::LoadResult &result)
{
    QByteArray out;
    for (const load::MigrationUnit &unit : result.source.units) {
        out += "-- " + unit.path.toUtf8() + (unit.noTransaction ? " (no transaction)" : "") + "\n";
        for (const QByteArray &line : unit.sql.split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (!trimmed.isEmpty())
                out += trimmed + '\n';
        }
    }
    return out;
}

Result<load::LoadResult> loadFrom(const QString &path)
{
    return load::loadSource(path);
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

QString diagnosticsText(const load::LoadResult &r)
{
    QStringList lines;
    for (const load::Diagnostic &d : r.diagnostics)
        lines.append(d.location.toString() + QLatin1Char(' ') + d.rule + QLatin1Char(' ') +
                     d.message);
    return lines.join(QLatin1Char('\n'));
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

} // namespace

class TstEcto : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void missingGrammar();
    void golden_data();
    void golden();
    void structureSql();
    void typeMapping_data();
    void typeMapping();
    void origins();
    void noTransaction();
    void discovery();
    void repoConfig();
    void helpersAndLoops();
    void unsupported_data();
    void unsupported();
    void badInput_data();
    void badInput();
    void hugeMigration();
};

void TstEcto::init()
{
    SCHEMALENS_REQUIRE_GRAMMAR(load::treesitter::Grammar::Elixir);
}

void TstEcto::missingGrammar()
{
    QTemporaryDir dir;
    const QString migrations = dir.filePath(QStringLiteral("priv/repo/migrations"));
    QVERIFY(QDir().mkpath(migrations));
    QFile file(migrations + QStringLiteral("/20240101000000_create_users.exs"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("defmodule App.Repo.Migrations.CreateUsers do\n  use Ecto.Migration\n\n"
               "  def change do\n    create table(:users) do\n      add :name, :string\n"
               "    end\n  end\nend\n");
    file.close();
    dslfacts::checkMissingGrammar(load::treesitter::Grammar::Elixir, dir.path());
}

void TstEcto::golden_data()
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
    QVERIFY2(cases >= 4, "golden cases missing");
}

void TstEcto::golden()
{
    QFETCH(QString, caseDir);
    const Result<load::LoadResult> result = loadFrom(caseDir + QStringLiteral("/input"));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().toString()));
    QCOMPARE(result->source.layout, QStringLiteral("ecto"));

    const QByteArray actualSql = compactSql(result.value());
    const QByteArray expectedSql = readFile(caseDir + QStringLiteral("/expected.sql"));
    const QByteArray actualJson = QJsonDocument(normalized(report::modelToJson(result.value())))
                                      .toJson(QJsonDocument::Indented);
    const QByteArray expectedJson =
        QJsonDocument(
            normalized(QJsonDocument::fromJson(readFile(caseDir + QStringLiteral("/expected.json")))
                           .object()))
            .toJson(QJsonDocument::Indented);
    const QString name = QFileInfo(caseDir).fileName();
    if (qEnvironmentVariableIsSet("SCHEMALENS_REFRESH_GOLDEN")) { // tests/data/ecto/refresh.sh
        QVERIFY(writeFile(caseDir + QStringLiteral("/expected.sql"), actualSql));
        QVERIFY(writeFile(caseDir + QStringLiteral("/expected.json"), actualJson));
        return;
    }
    if (actualSql != expectedSql) {
        writeFile(QDir::temp().filePath(QStringLiteral("ecto-golden-%1.sql").arg(name)), actualSql);
        QFAIL(qPrintable(
            QStringLiteral("translated SQL differs; actual in %1")
                .arg(QDir::temp().filePath(QStringLiteral("ecto-golden-%1.sql").arg(name)))));
    }
    if (actualJson != expectedJson) {
        const QList<QByteArray> a = actualJson.split('\n');
        const QList<QByteArray> e = expectedJson.split('\n');
        qsizetype line = 0;
        while (line < a.size() && line < e.size() && a[line] == e[line])
            ++line;
        const QString path = QDir::temp().filePath(QStringLiteral("ecto-golden-%1.json").arg(name));
        writeFile(path, actualJson);
        QFAIL(qPrintable(
            QStringLiteral("model differs at line %1:\n  actual:   %2\n  expected: %3\n"
                           "whole actual model: %4")
                .arg(line + 1)
                .arg(QString::fromUtf8(a.value(line)), QString::fromUtf8(e.value(line)), path)));
    }
}

void TstEcto::structureSql()
{
    // The Ecto project and the structure.sql ecto_sql would dump for it, checked by hand.
    const QString base = dataDir() + QStringLiteral("/shop");
    const Result<load::LoadResult> ecto = loadFrom(base + QStringLiteral("/input"));
    QVERIFY2(ecto.ok(), ecto.ok() ? "" : qPrintable(ecto.error().toString()));
    QCOMPARE(ecto->source.layout, QStringLiteral("ecto"));
    QCOMPARE(ecto->source.units.size(), 6);
    QVERIFY2(ecto->diagnostics.isEmpty(), qPrintable(diagnosticsText(ecto.value())));
    const Result<load::LoadResult> sql = loadFrom(base + QStringLiteral("/structure.sql"));
    QVERIFY2(sql.ok(), sql.ok() ? "" : qPrintable(sql.error().toString()));
    QVERIFY2(sql->diagnostics.isEmpty(), qPrintable(diagnosticsText(sql.value())));
    const QStringList differences = dslfacts::differences(ecto->schema, sql->schema);
    QVERIFY2(differences.isEmpty(), qPrintable(differences.join(QLatin1Char('\n'))));
    // The comparison is not vacuous.
    QVERIFY2(dslfacts::factsOf(ecto->schema).size() > 50,
             qPrintable(QString::number(dslfacts::factsOf(ecto->schema).size())));
}

void TstEcto::typeMapping_data()
{
    // Ecto type and options -> PostgreSQL type as format_type() prints it, per ecto_sql's
    // Ecto.Adapters.Postgres.Connection (column_type/2, ecto_to_db/1).
    QTest::addColumn<QByteArray>("add");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("defaultExpr");
    QTest::newRow("string") << QByteArray(":string") << "character varying(255)"
                            << "";
    QTest::newRow("string size") << QByteArray(":string, size: 40") << "character varying(40)"
                                 << "";
    QTest::newRow("text") << QByteArray(":text") << "text"
                          << "";
    QTest::newRow("integer") << QByteArray(":integer") << "integer"
                             << "";
    QTest::newRow("bigint") << QByteArray(":bigint") << "bigint"
                            << "";
    QTest::newRow("id") << QByteArray(":id") << "integer"
                        << "";
    QTest::newRow("binary_id") << QByteArray(":binary_id") << "uuid"
                               << "";
    QTest::newRow("uuid") << QByteArray(":uuid") << "uuid"
                          << "";
    QTest::newRow("map") << QByteArray(":map") << "jsonb"
                         << "";
    QTest::newRow("map of") << QByteArray("{:map, :string}") << "jsonb"
                            << "";
    QTest::newRow("binary") << QByteArray(":binary") << "bytea"
                            << "";
    QTest::newRow("bitstring") << QByteArray(":bitstring") << "bit varying"
                               << "";
    QTest::newRow("boolean") << QByteArray(":boolean, default: false") << "boolean"
                             << "false";
    QTest::newRow("float") << QByteArray(":float") << "double precision"
                           << "";
    QTest::newRow("decimal") << QByteArray(":decimal") << "numeric"
                             << "";
    QTest::newRow("decimal precision")
        << QByteArray(":decimal, precision: 12, scale: 4") << "numeric(12,4)"
        << "";
    QTest::newRow("numeric precision only")
        << QByteArray(":numeric, precision: 8") << "numeric(8,0)"
        << "";
    QTest::newRow("date") << QByteArray(":date") << "date"
                          << "";
    QTest::newRow("time") << QByteArray(":time") << "time(0) without time zone"
                          << "";
    QTest::newRow("time_usec") << QByteArray(":time_usec") << "time without time zone"
                               << "";
    QTest::newRow("utc_datetime") << QByteArray(":utc_datetime") << "timestamp(0) without time zone"
                                  << "";
    QTest::newRow("utc_datetime_usec")
        << QByteArray(":utc_datetime_usec") << "timestamp without time zone"
        << "";
    QTest::newRow("naive_datetime")
        << QByteArray(":naive_datetime") << "timestamp(0) without time zone"
        << "";
    QTest::newRow("naive_datetime_usec precision")
        << QByteArray(":naive_datetime_usec, precision: 3") << "timestamp(3) without time zone"
        << "";
    QTest::newRow("timestamptz") << QByteArray(":timestamptz") << "timestamp with time zone"
                                 << "";
    QTest::newRow("duration") << QByteArray(":duration") << "interval"
                              << "";
    QTest::newRow("array") << QByteArray("{:array, :string}") << "character varying(255)[]"
                           << "";
    QTest::newRow("array default")
        << QByteArray("{:array, :integer}, default: [1, 2]") << "integer[]"
        << "ARRAY[1, 2]::integer[]";
    QTest::newRow("citext") << QByteArray(":citext") << "citext"
                            << "";
    QTest::newRow("quoted atom") << QByteArray(":\"varchar(7)\"") << "character varying(7)"
                                 << "";
    QTest::newRow("string default")
        << QByteArray(":string, default: \"it's\"") << "character varying(255)"
        << "'it''s'";
    QTest::newRow("fragment default") << QByteArray(":utc_datetime, default: fragment(\"now()\")")
                                      << "timestamp(0) without time zone"
                                      << "now()";
    QTest::newRow("map default") << QByteArray(":map, default: %{\"b\" => 1, a: true}") << "jsonb"
                                 << "'{\"a\":true,\"b\":1}'";
    QTest::newRow("nil default") << QByteArray(":integer, default: nil") << "integer"
                                 << "";
    QTest::newRow("serial") << QByteArray(":serial") << "integer"
                            << "nextval('t_c_seq'::regclass)";
    QTest::newRow("identity") << QByteArray(":identity") << "bigint"
                              << "";
    QTest::newRow("generated") << QByteArray(":integer, generated: \"ALWAYS AS (1 + 1) STORED\"")
                               << "integer"
                               << "";
}

void TstEcto::typeMapping()
{
    QFETCH(QByteArray, add);
    QFETCH(QString, type);
    QFETCH(QString, defaultExpr);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("priv/repo/migrations/1_t.exs")),
                      migration("    create table(:t, primary_key: false) do\n      add :c, " +
                                add + "\n    end")));
    const Result<load::LoadResult> r = loadFrom(dir.path());
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
    QVERIFY2(r->diagnostics.isEmpty(),
             qPrintable(diagnosticsText(r.value()) + QLatin1Char('\n') +
                        QString::fromUtf8(r->source.units.first().sql.trimmed())));
    const model::Column *c = column(r.value(), QStringLiteral("t"), QStringLiteral("c"));
    QVERIFY(c);
    QCOMPARE(c->type, type);
    QCOMPARE(c->defaultExpr.value_or(QString()), defaultExpr);
}

void TstEcto::origins()
{
    const Result<load::LoadResult> r = loadFrom(dataDir() + QStringLiteral("/shop/input"));
    QVERIFY(r.ok());
    // 20230102000000_create_users.exs: create on line 7, email on line 10; the check on 23.
    const model::Table *users = table(r.value(), QStringLiteral("users"));
    QVERIFY(users);
    QCOMPARE(users->origin.file,
             QStringLiteral("priv/repo/migrations/20230102000000_create_users.exs"));
    QCOMPARE(users->origin.line, 7);
    const model::Column *email =
        column(r.value(), QStringLiteral("users"), QStringLiteral("email"));
    QCOMPARE(email->origin.line, 10);
    QCOMPARE(email->origin.column, 7);
    // modify :name in 20230104000000_alter_users.exs line 7 is its last change.
    const model::Column *name = column(r.value(), QStringLiteral("users"), QStringLiteral("name"));
    QCOMPARE(name->lastChange.file,
             QStringLiteral("priv/repo/migrations/20230104000000_alter_users.exs"));
    QCOMPARE(name->lastChange.line, 7);
    for (const model::CheckConstraint &c : users->checks) {
        QCOMPARE(c.name, QStringLiteral("role_must_be_known"));
        QCOMPARE(c.origin.line, 23);
    }
    // The index created by execute's heredoc sits on the SQL's own line (15).
    bool found = false;
    for (const model::Index &i : users->indexes) {
        if (i.name == QLatin1String("users_tags_gin")) {
            found = true;
            QCOMPARE(i.origin.line, 15);
        }
    }
    QVERIFY(found);
    // The History has the rename of score, at line 12 of the alter migration.
    bool renamed = false;
    for (const model::Change &change : r->schema.history.changes) {
        if (change.kind == model::Change::Kind::RenameColumn &&
            change.newValue == QLatin1String("karma")) {
            renamed = true;
            QCOMPARE(change.origin.line, 12);
            QCOMPARE(change.origin.ordinal, 3);
        }
    }
    QVERIFY(renamed);
}

void TstEcto::noTransaction()
{
    const Result<load::LoadResult> r = loadFrom(dataDir() + QStringLiteral("/shop/input"));
    QVERIFY(r.ok());
    for (const load::MigrationUnit &unit : r->source.units)
        QCOMPARE(unit.noTransaction, unit.path.endsWith(QLatin1String("_index_status.exs")));
}

void TstEcto::discovery()
{
    QTemporaryDir dir;
    // Ecto orders by integer version: 2 before 10; other .exs and .sql files are not applied.
    QVERIFY(writeFile(dir.filePath(QStringLiteral("mix.exs")),
                      "defmodule A.MixProject do\n  defp deps, do: [{:ecto_sql, \"~> 3.0\"}, "
                      "{:postgrex, \">= 0.0.0\"}]\nend\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("priv/repo/migrations/10_b.exs")),
                      migration("    create table(:b)")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("priv/repo/migrations/2_a.exs")),
                      migration("    create table(:a)")));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("priv/repo/migrations/helper.exs")),
                      "# not a migration\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("priv/repo/seeds.exs")), "IO.puts(1)\n"));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("deps/other/priv/repo/migrations/1_x.exs")),
                      migration("    create table(:x)")));
    for (const QString &source :
         {dir.path(), dir.filePath(QStringLiteral("priv/repo/migrations"))}) {
        const Result<load::MigrationPlan> plan = load::discover(source);
        QVERIFY(plan.ok());
        QCOMPARE(plan->layout, QStringLiteral("ecto"));
        QCOMPARE(plan->dialect, load::Dialect::PostgreSQL);
        QCOMPARE(plan->units.size(), 2);
        QCOMPARE(plan->units.at(0).version, QStringLiteral("2"));
        QCOMPARE(plan->units.at(1).version, QStringLiteral("10"));
        QCOMPARE(plan->units.at(0).description, QStringLiteral("a"));
        bool helperSkipped = false;
        for (const load::SkippedFile &s : plan->skipped)
            helperSkipped = helperSkipped || s.path.endsWith(QLatin1String("helper.exs"));
        QVERIFY(helperSkipped);
    }
    const Result<load::MigrationPlan> plan = load::discover(dir.path());
    QVERIFY(plan->dialectEvidence.contains(QLatin1String("postgrex")));
    const Result<load::LoadResult> r = loadFrom(dir.path());
    QVERIFY(table(r.value(), QStringLiteral("a")) && table(r.value(), QStringLiteral("b")));
    QVERIFY(!table(r.value(), QStringLiteral("x"))); // deps/ is not the project's
}

void TstEcto::repoConfig()
{
    // config :app, App.Repo, migration_primary_key / migration_timestamps /
    // migration_foreign_key change every create table and references().
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("mix.exs")), "defmodule A.MixProject do\nend\n"));
    QVERIFY(writeFile(
        dir.filePath(QStringLiteral("config/config.exs")),
        "import Config\n"
        "config :app, App.OtherRepo, migration_primary_key: [type: :serial]\n"
        "config :app, App.Repo,\n"
        "  migration_primary_key: [name: :uuid, type: :binary_id],\n"
        "  migration_timestamps: [type: :utc_datetime_usec, inserted_at: :created_at]\n"));
    QVERIFY(writeFile(
        dir.filePath(QStringLiteral("priv/repo/migrations/1_t.exs")),
        migration(
            "    create table(:a) do\n      timestamps()\n    end\n"
            "    create table(:b) do\n      add :a_id, references(:a, column: :uuid)\n    end")));
    const Result<load::LoadResult> r = loadFrom(dir.path());
    QVERIFY(r.ok());
    QVERIFY2(r->diagnostics.isEmpty(), qPrintable(diagnosticsText(r.value())));
    const model::Table *a = table(r.value(), QStringLiteral("a"));
    QVERIFY(a && a->primaryKey);
    QCOMPARE(a->primaryKey->columns, QStringList{QStringLiteral("uuid")});
    QCOMPARE(column(r.value(), QStringLiteral("a"), QStringLiteral("uuid"))->type,
             QStringLiteral("uuid"));
    QCOMPARE(column(r.value(), QStringLiteral("a"), QStringLiteral("created_at"))->type,
             QStringLiteral("timestamp without time zone"));
    QVERIFY(!column(r.value(), QStringLiteral("a"), QStringLiteral("inserted_at")));
    // references() takes the primary key's type from the same configuration.
    QCOMPARE(column(r.value(), QStringLiteral("b"), QStringLiteral("a_id"))->type,
             QStringLiteral("uuid"));
}

void TstEcto::helpersAndLoops()
{
    // Followed exactly: loops over literal lists, helper functions with plain parameters,
    // and functions that return the SQL for execute. Their changes sit on the calling line.
    QTemporaryDir dir;
    const QByteArray file = "defmodule App.Repo.Migrations.T do\n"                        // 1
                            "  use Ecto.Migration\n"                                      // 2
                            "  @pairs [{:a, :string}, {:b, :integer}]\n"                  // 3
                            "  defp audited(name, extra) do\n"                            // 4
                            "    create table(name) do\n"                                 // 5
                            "      add :note, :text\n"                                    // 6
                            "      for {column, type} <- extra, do: add(column, type)\n"  // 7
                            "    end\n"                                                   // 8
                            "  end\n"                                                     // 9
                            "  defp view_sql, do: \"CREATE VIEW v AS SELECT 1 AS one\"\n" // 10
                            "  def change do\n"                                           // 11
                            "    for {table, type} <- @pairs do\n"                        // 12
                            "      create table(table) do\n"                              // 13
                            "        add :value, type\n"                                  // 14
                            "      end\n"                                                 // 15
                            "    end\n"                                                   // 16
                            "    audited(:log, [at: :utc_datetime, who: :string])\n"      // 17
                            "    execute(view_sql())\n"                                   // 18
                            "  end\n"
                            "end\n";
    QVERIFY(writeFile(dir.filePath(QStringLiteral("priv/repo/migrations/1_t.exs")), file));
    const Result<load::LoadResult> r = loadFrom(dir.path());
    QVERIFY(r.ok());
    QVERIFY2(r->diagnostics.isEmpty(), qPrintable(diagnosticsText(r.value())));
    QCOMPARE(column(r.value(), QStringLiteral("a"), QStringLiteral("value"))->type,
             QStringLiteral("character varying(255)"));
    QCOMPARE(column(r.value(), QStringLiteral("b"), QStringLiteral("value"))->type,
             QStringLiteral("integer"));
    QCOMPARE(table(r.value(), QStringLiteral("a"))->origin.line, 12);
    QCOMPARE(table(r.value(), QStringLiteral("b"))->origin.line, 12);
    QCOMPARE(column(r.value(), QStringLiteral("log"), QStringLiteral("at"))->type,
             QStringLiteral("timestamp(0) without time zone"));
    QVERIFY(column(r.value(), QStringLiteral("log"), QStringLiteral("who")));
    QCOMPARE(table(r.value(), QStringLiteral("log"))->origin.line, 17);
    QCOMPARE(r->schema.views.size(), 1);
    QCOMPARE(r->schema.views.first().origin.line, 18);
}

void TstEcto::unsupported_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("line");      // of the reported construct, in the file
    QTest::addColumn<QString>("words"); // part of the message
    QTest::addColumn<QString>("kept");  // a table that is still created
    // Line 5 is the first line of change/0's body.
    QTest::newRow("for loop")
        << QByteArray("    create table(:kept)\n    for t <- tables(), do: create(table(t))") << 6
        << "loop"
        << "kept";
    QTest::newRow("if")
        << QByteArray("    if true do\n      create table(:x)\n    end\n    create table(:kept)")
        << 5 << "conditional"
        << "kept";
    QTest::newRow("repo call") << QByteArray(
                                      "    repo().query!(\"select 1\")\n    create table(:kept)")
                               << 5 << "repo().query!"
                               << "kept";
    QTest::newRow("execute fn")
        << QByteArray("    execute(fn -> repo().query!(\"x\") end)\n    create table(:kept)") << 5
        << "function"
        << "kept";
    QTest::newRow("helper") << QByteArray("    make_tables(%{name: :x})\n    create table(:kept)")
                            << 5 << "helper function make_tables"
                            << "kept";
    QTest::newRow("unknown variable") << QByteArray("    create table(:kept) do\n      add :a, "
                                                    ":string, default: MyApp.default()\n    end")
                                      << 6 << "default of column a"
                                      << "kept";
    QTest::newRow("dynamic table name")
        << QByteArray("    create table(name)\n    create table(:kept)") << 5
        << "not known statically"
        << "kept";
    QTest::newRow("custom type")
        << QByteArray("    create table(:kept) do\n      add :amount, Money.Ecto.Type\n    end")
        << 6 << "Money.Ecto.Type"
        << "kept";
    QTest::newRow("interpolation")
        << QByteArray(
               "    execute \"CREATE TABLE #{prefix()}.x (id int)\"\n    create table(:kept)")
        << 5 << "prefix"
        << "kept";
}

void TstEcto::unsupported()
{
    QFETCH(QByteArray, body);
    QFETCH(int, line);
    QFETCH(QString, words);
    QFETCH(QString, kept);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("priv/repo/migrations/1_t.exs")),
                      "defmodule App.Repo.Migrations.T do\n  use Ecto.Migration\n  defp "
                      "make_tables(%{name: n}), do: create(table(n))\n"
                      "  def change do\n" +
                          body + "\n  end\nend\n"));
    const Result<load::LoadResult> r = loadFrom(dir.path());
    QVERIFY(r.ok());
    const bool custom = words == QLatin1String("Money.Ecto.Type");
    const load::Diagnostic *d = findDiagnostic(
        r.value(), custom ? QStringLiteral("custom-type") : QStringLiteral("unsupported"), words);
    QVERIFY2(d, qPrintable(diagnosticsText(r.value())));
    QCOMPARE(d->location.line, line);
    QCOMPARE(d->location.file, QStringLiteral("priv/repo/migrations/1_t.exs"));
    QVERIFY(table(r.value(), kept));
    if (!custom) {
        int counted = 0;
        for (auto it = r->stats.unsupported.cbegin(); it != r->stats.unsupported.cend(); ++it)
            counted += it.key().startsWith(QLatin1String("ecto: ")) ? it.value() : 0;
        QVERIFY(counted >= 1);
    } else {
        QCOMPARE(column(r.value(), kept, QStringLiteral("amount"))->type,
                 QStringLiteral("\"Money.Ecto.Type\""));
    }
}

void TstEcto::badInput_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("line");
    QTest::newRow("syntax error")
        << QByteArray("defmodule A.Repo.Migrations.T do\n  use Ecto.Migration\n  def change do\n"
                      "    create table(:a)\n    create table(:b, ]\n  end\nend\n")
        << "parse-error" << 5;
    QTest::newRow("truncated")
        << QByteArray("defmodule A.Repo.Migrations.T do\n  use Ecto.Migration\n  def change do\n"
                      "    create table(:a)\n    create table(:b) do\n      add :x,")
        << "parse-error" << 6;
    QTest::newRow("no module") << QByteArray("IO.puts(\"hello\")\n") << "source-warning" << 1;
    QTest::newRow("no change")
        << QByteArray(
               "defmodule A.Repo.Migrations.T do\n  use Ecto.Migration\n  def down, do: :ok\nend\n")
        << "source-warning" << 1;
    QTest::newRow("empty") << QByteArray() << "source-warning" << 1;
    QTest::newRow("not utf-8") << QByteArray("defmodule A do\n  \xff\xfe\nend\n") << "parse-error"
                               << 2;
    QTest::newRow("migration error")
        << QByteArray("defmodule A.Repo.Migrations.T do\n  use Ecto.Migration\n  def change do\n"
                      "    alter table(:missing) do\n      add :x, :string\n    end\n  end\nend\n")
        << "migration-error" << 5;
}

void TstEcto::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, rule);
    QFETCH(int, line);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(QStringLiteral("priv/repo/migrations/1_bad.exs")), content));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("priv/repo/migrations/2_good.exs")),
                      migration("    create table(:good)")));
    const Result<load::LoadResult> r = loadFrom(dir.path());
    QVERIFY(r.ok());
    const load::Diagnostic *d = findDiagnostic(r.value(), rule);
    if (!d) { // unreadable files are reported by discovery, in the plan
        for (const load::Diagnostic &p : r->source.diagnostics)
            d = p.rule == rule ? &p : d;
    }
    QVERIFY2(d, qPrintable(diagnosticsText(r.value())));
    QCOMPARE(d->location.line, line);
    // The rest still loads.
    QVERIFY(table(r.value(), QStringLiteral("good")));
}

void TstEcto::hugeMigration()
{
    // A 10,000-line migration: 2,300 tables of four lines each plus indexes, loads whole.
    QByteArray body;
    for (int i = 0; i < 2300; ++i) {
        body += "    create table(:t" + QByteArray::number(i) +
                ") do\n      add :name, :string\n"
                "      add :n, :integer, default: " +
                QByteArray::number(i) + "\n    end\n";
        if (i % 2 == 0)
            body += "    create index(:t" + QByteArray::number(i) + ", [:name])\n";
    }
    QTemporaryDir dir;
    const QByteArray file = migration(body);
    QVERIFY(file.count('\n') > 10000);
    QVERIFY(writeFile(dir.filePath(QStringLiteral("priv/repo/migrations/1_huge.exs")), file));
    const Result<load::LoadResult> r = loadFrom(dir.path());
    QVERIFY(r.ok());
    QVERIFY2(r->diagnostics.isEmpty(), qPrintable(diagnosticsText(r.value()).left(2000)));
    QCOMPARE(r->schema.tables.size(), 2300);
    const model::Column *n = column(r.value(), QStringLiteral("t2299"), QStringLiteral("n"));
    QVERIFY(n);
    QCOMPARE(n->origin.line,
             file.left(file.indexOf("add :n, :integer, default: 2299")).count('\n') + 1);
}

QTEST_GUILESS_MAIN(TstEcto)
#include "tst_ecto.moc"
