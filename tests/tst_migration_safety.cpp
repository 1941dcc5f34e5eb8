// The knowledge behind the migration-safety rules (issue 18) and the history rules' shape
// (issues 16 and 17): each layout's transaction, the statement log the loader keeps (locks,
// the state a statement found), history findings grouped per statement and about the
// schema's future, index-recreated's variants, inline suppressions, the review-file keys and
// the CLI's --pg-version, and `rules` equivalents. The per-rule trigger and near-miss cases are
// in tests/data/review/migrations (tst_review_rules); Squawk's own cases in tst_squawk.

#include "reviewtest.h"

#include "core/load/transactions.h"
#include "core/report/reviewreport.h"
#include "core/report/reviewrules.h"
#include "core/report/reviewsarif.h"
#include "core/review/config.h"
#include "core/review/equivalents.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace schemalens;
using Op = model::Operation;

namespace {

review::Findings findingsOf(const reviewtest::Reviewed &r, const QString &rule)
{
    return r.ofRule(rule);
}

// Rules of the migrations family that judge what a statement does to an existing table.
const QStringList &statementRules()
{
    static const QStringList rules = {
        QStringLiteral("not-null-no-default"),
        QStringLiteral("column-type-changed"),
        QStringLiteral("index-recreated"),
        QStringLiteral("index-not-concurrent"),
        QStringLiteral("constraint-not-valid"),
        QStringLiteral("set-not-null"),
        QStringLiteral("add-column-rewrite"),
        QStringLiteral("constraint-builds-index"),
        QStringLiteral("drop-index-not-concurrent"),
        QStringLiteral("reindex-not-concurrent"),
        QStringLiteral("detach-partition-not-concurrent"),
        QStringLiteral("table-rewrite-lock"),
        QStringLiteral("lock-timeout-missing"),
        QStringLiteral("drop-column"),
        QStringLiteral("rename-column"),
        QStringLiteral("rename-table"),
        QStringLiteral("drop-not-null"),
        QStringLiteral("enum-value-order"),
    };
    return rules;
}

const Op *firstOp(const reviewtest::Reviewed &r, const QString &file, Op::Kind kind)
{
    for (const model::Statement &s : r.loaded.schema.history.statements)
        if (s.origin.file.endsWith(file))
            for (const Op &op : s.operations)
                if (op.kind == kind)
                    return &op;
    return nullptr;
}

} // namespace

class TstMigrationSafety : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void transactionPolicy_data();
    void transactionPolicy();
    void statementLog_data();
    void statementLog();
    void transactionOfEachStatement();
    void overrideReachesTheLoader();
    void groupedPerStatement();
    void groupedPerMigration();
    void droppedLaterIsHistory();
    void newTablesAreNeverFlagged();
    void indexRecreatedVariants_data();
    void indexRecreatedVariants();
    void inlineIgnores();
    void reviewFileKeys();
    void rulesListEquivalents();
    void cliPgVersion();
};

void TstMigrationSafety::transactionPolicy_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<bool>("noTransaction");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("override"); // -1 none, 0 false, 1 true
    QTest::addColumn<int>("mode");
    using Mode = load::TransactionPolicy::Mode;
    const QString plain = QStringLiteral("CREATE TABLE t (id int);");
    QTest::newRow("goose") << "goose" << false << plain << -1 << int(Mode::PerFile);
    QTest::newRow("goose NO TRANSACTION")
        << "goose" << true << plain << -1 << int(Mode::Autocommit);
    QTest::newRow("dbmate") << "dbmate" << false << plain << -1 << int(Mode::PerFile);
    QTest::newRow("diesel") << "diesel" << false << plain << -1 << int(Mode::PerFile);
    QTest::newRow("sqlx") << "sqlx" << false << plain << -1 << int(Mode::PerFile);
    QTest::newRow("sqlx no-transaction")
        << "sqlx" << false
        << QStringLiteral("-- no-transaction\nCREATE INDEX CONCURRENTLY i ON t (a);") << -1
        << int(Mode::Autocommit);
    QTest::newRow("drizzle") << "drizzle" << false << plain << -1 << int(Mode::PerFile);
    QTest::newRow("popx autocommit") << "popx" << true << plain << -1 << int(Mode::Autocommit);
    QTest::newRow("prisma") << "prisma" << false << plain << -1 << int(Mode::Implicit);
    QTest::newRow("golang-migrate")
        << "golang-migrate" << false << plain << -1 << int(Mode::Implicit);
    QTest::newRow("postgrator") << "postgrator" << false << plain << -1 << int(Mode::Implicit);
    QTest::newRow("flyway") << "flyway" << false << plain << -1 << int(Mode::Detect);
    QTest::newRow("supabase") << "supabase" << false << plain << -1 << int(Mode::Detect);
    QTest::newRow("sqitch") << "sqitch" << false << plain << -1 << int(Mode::Autocommit);
    QTest::newRow("plain folder") << "plain" << false << plain << -1 << int(Mode::Autocommit);
    QTest::newRow("review file: in transaction")
        << "sqitch" << false << plain << 1 << int(Mode::PerFile);
    QTest::newRow("review file: autocommit")
        << "goose" << false << plain << 0 << int(Mode::Autocommit);
    QTest::newRow("opt-out beats review file")
        << "goose" << true << plain << 1 << int(Mode::Autocommit);
}

void TstMigrationSafety::transactionPolicy()
{
    QFETCH(QString, layout);
    QFETCH(bool, noTransaction);
    QFETCH(QString, sql);
    QFETCH(int, override);
    QFETCH(int, mode);
    load::MigrationUnit unit;
    unit.noTransaction = noTransaction;
    unit.sql = sql.toUtf8();
    const std::optional<bool> o = override < 0 ? std::nullopt : std::optional<bool>(override == 1);
    const load::TransactionPolicy policy = load::transactionPolicy(layout, unit, o);
    QCOMPARE(int(policy.mode), mode);
    QVERIFY(!policy.why.isEmpty());
}

void TstMigrationSafety::statementLog_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("lock");
    QTest::addColumn<quint32>("flags");
    QTest::addColumn<bool>("existing");
    using L = model::LockMode;
    QTest::newRow("add column") << "ALTER TABLE t ADD COLUMN c text;" << int(Op::Kind::AddColumn)
                                << int(L::AccessExclusive) << quint32(0) << true;
    QTest::newRow("volatile default")
        << "ALTER TABLE t ADD COLUMN c uuid DEFAULT gen_random_uuid();" << int(Op::Kind::AddColumn)
        << int(L::AccessExclusive) << quint32(Op::HasDefault | Op::VolatileDefault) << true;
    QTest::newRow("stable default")
        << "ALTER TABLE t ADD COLUMN c timestamptz DEFAULT now();" << int(Op::Kind::AddColumn)
        << int(L::AccessExclusive) << quint32(Op::HasDefault) << true;
    QTest::newRow("foreign key not valid")
        << "ALTER TABLE t ADD CONSTRAINT f FOREIGN KEY (a) REFERENCES u (id) NOT VALID;"
        << int(Op::Kind::AddConstraint) << int(L::ShareRowExclusive) << quint32(Op::NotValid)
        << true;
    QTest::newRow("validate") << "ALTER TABLE t VALIDATE CONSTRAINT t_a_check;"
                              << int(Op::Kind::ValidateConstraint) << int(L::ShareUpdateExclusive)
                              << quint32(0) << true;
    QTest::newRow("set not null proven")
        << "ALTER TABLE t ALTER COLUMN a SET NOT NULL;" << int(Op::Kind::SetNotNull)
        << int(L::AccessExclusive) << quint32(Op::ProvenNotNull) << true;
    QTest::newRow("index") << "CREATE INDEX t_b ON t (b);" << int(Op::Kind::CreateIndex)
                           << int(L::Share) << quint32(0) << true;
    QTest::newRow("index concurrently")
        << "CREATE INDEX CONCURRENTLY IF NOT EXISTS t_b ON t (b);" << int(Op::Kind::CreateIndex)
        << int(L::ShareUpdateExclusive) << quint32(Op::Concurrently | Op::IfExists) << true;
    QTest::newRow("vacuum full") << "VACUUM (FULL) t;" << int(Op::Kind::Vacuum)
                                 << int(L::AccessExclusive) << quint32(Op::Full) << true;
    QTest::newRow("vacuum full false") << "VACUUM (FULL false) t;" << int(Op::Kind::Vacuum)
                                       << int(L::ShareUpdateExclusive) << quint32(0) << true;
    QTest::newRow("lock") << "BEGIN; LOCK TABLE t IN SHARE MODE; COMMIT;" << int(Op::Kind::Lock)
                          << int(L::Share) << quint32(0) << true;
    QTest::newRow("truncate cascade") << "TRUNCATE t CASCADE;" << int(Op::Kind::Truncate)
                                      << int(L::AccessExclusive) << quint32(Op::Cascade) << true;
    QTest::newRow("new table") << "CREATE TABLE n (id int); ALTER TABLE n ADD COLUMN c text;"
                               << int(Op::Kind::AddColumn) << int(L::AccessExclusive) << quint32(0)
                               << false;
}

void TstMigrationSafety::statementLog()
{
    QFETCH(QString, sql);
    QFETCH(int, kind);
    QFETCH(int, lock);
    QFETCH(quint32, flags);
    QFETCH(bool, existing);
    const auto r = reviewtest::reviewMigrations(
        {{QStringLiteral("V1__init.sql"),
          QStringLiteral("CREATE TABLE u (id bigint PRIMARY KEY);\n"
                         "CREATE TABLE t (id bigint PRIMARY KEY, a text, b text);\n"
                         "ALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a IS NOT NULL);")},
         {QStringLiteral("V2__change.sql"), sql}},
        false, review::ReviewConfig{.migrationsInTransaction = false});
    QVERIFY(r);
    const Op *op = firstOp(*r, QStringLiteral("V2__change.sql"), Op::Kind(kind));
    QVERIFY2(op, "operation not recorded");
    QCOMPARE(int(op->lock), lock);
    QCOMPARE(op->flags & ~quint32(Op::Unqualified), flags);
    QCOMPARE(op->existingTable, existing);
}

void TstMigrationSafety::transactionOfEachStatement()
{
    // goose wraps the file; the file's COMMIT ends the tool's transaction early.
    const auto r = reviewtest::reviewMigrations(
        {{QStringLiteral("00001_init.sql"),
          QStringLiteral("-- +goose Up\nCREATE TABLE t (id int);")},
         {QStringLiteral("00002_more.sql"),
          QStringLiteral("-- +goose Up\nALTER TABLE t ADD COLUMN a text;\nCOMMIT;\n"
                         "ALTER TABLE t ADD COLUMN b text;\nBEGIN;\n"
                         "ALTER TABLE t ADD COLUMN c text;\nCOMMIT;")}});
    QVERIFY(r);
    QList<bool> inTransaction;
    QList<bool> explicitBlock;
    for (const model::Statement &s : r->loaded.schema.history.statements)
        if (s.origin.file.endsWith(QLatin1String("00002_more.sql"))) {
            inTransaction.append(s.inTransaction);
            explicitBlock.append(s.explicitTransaction);
        }
    QCOMPARE(inTransaction, (QList<bool>{true, true, false, false, true, true}));
    QCOMPARE(explicitBlock, (QList<bool>{false, false, false, false, true, true}));
    QCOMPARE(r->loaded.schema.history.runs.size(), 2);
    QVERIFY(r->loaded.schema.history.runs.last().toolTransaction);
    QCOMPARE(findingsOf(*r, QStringLiteral("transaction-nesting")).size(), 1); // the COMMIT
}

void TstMigrationSafety::overrideReachesTheLoader()
{
    const QList<QPair<QString, QString>> files = {
        {QStringLiteral("V1__init.sql"), QStringLiteral("CREATE TABLE t (id int, a text);")},
        {QStringLiteral("V2__index.sql"),
         QStringLiteral(
             "CREATE INDEX CONCURRENTLY t_a ON t (a);\nALTER TABLE t ADD COLUMN b text;")}};
    const auto errors = [](const reviewtest::Reviewed &r) {
        int n = 0;
        for (const load::Diagnostic &d : r.loaded.diagnostics)
            n += d.rule == QLatin1String("migration-error") &&
                 d.message.startsWith(QLatin1String(
                     "CREATE INDEX CONCURRENTLY cannot run inside a transaction block"));
        return n;
    };
    // Flyway runs a file holding CONCURRENTLY without a transaction.
    const auto flyway = reviewtest::reviewMigrations(files);
    QVERIFY(flyway);
    QCOMPARE(errors(*flyway), 0);
    const auto wrapped = reviewtest::reviewMigrations(
        files, false, review::ReviewConfig{.migrationsInTransaction = true});
    QVERIFY(wrapped);
    QCOMPARE(errors(*wrapped), 1);
    // The rejected index is not in the model, as on the server.
    model::Table *t = wrapped->loaded.schema.table(QStringLiteral("public"), QStringLiteral("t"));
    QVERIFY(t && !t->index(QStringLiteral("t_a")));
}

void TstMigrationSafety::groupedPerStatement()
{
    const auto r = reviewtest::reviewMigrations(
        {{QStringLiteral("V1__init.sql"),
          QStringLiteral("CREATE TABLE users (id bigint PRIMARY KEY);")},
         {QStringLiteral("V2__profile.sql"),
          QStringLiteral(
              "ALTER TABLE users ADD COLUMN a text NOT NULL, ADD COLUMN b text NOT NULL,\n"
              "  ADD COLUMN c text NOT NULL;\n"
              "ALTER TABLE users ADD COLUMN d text NOT NULL;")}});
    QVERIFY(r);
    const review::Findings found = findingsOf(*r, QStringLiteral("not-null-no-default"));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.at(0).object.columns,
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    QCOMPARE(found.at(1).object.column, QStringLiteral("d"));
}

void TstMigrationSafety::groupedPerMigration()
{
    // Lock and compatibility hazards: one finding per migration, listing what it touches; a
    // statement under an inline ignore keeps its own finding (so the ignore silences only it).
    const auto r = reviewtest::reviewMigrations(
        {{QStringLiteral("V1__init.sql"),
          QStringLiteral("CREATE TABLE a (id bigint PRIMARY KEY, x text, y text);\n"
                         "CREATE TABLE b (id bigint PRIMARY KEY, z text, w text);")},
         {QStringLiteral("V2__drop.sql"),
          QStringLiteral("ALTER TABLE a DROP COLUMN x, DROP COLUMN y;\n"
                         "ALTER TABLE b DROP COLUMN z;\n"
                         "-- schemalens-ignore drop-column: nobody reads w any more\n"
                         "ALTER TABLE b DROP COLUMN w;")}});
    QVERIFY(r);
    const review::Findings dropped = findingsOf(*r, QStringLiteral("drop-column"));
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.first().object.kind, review::ObjectRef::Kind::Migration);
    QCOMPARE(dropped.first().object.columns,
             (QStringList{QStringLiteral("public.a.x"), QStringLiteral("public.a.y"),
                          QStringLiteral("public.b.z")}));
    QCOMPARE(r->result.suppressed.size(), 1);

    // Per-column type choices: one finding per schema when there are several.
    const auto types = reviewtest::reviewSql(QStringLiteral(
        "CREATE TABLE a (id integer PRIMARY KEY, at timestamp);\n"
        "CREATE TABLE b (id integer PRIMARY KEY, at timestamp, seen timestamp);\n"
        "CREATE SCHEMA other;\nCREATE TABLE other.c (id integer PRIMARY KEY);\n"
        "CREATE TABLE d (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, doc jsonb);"));
    QVERIFY(types);
    const review::Findings keys = findingsOf(*types, QStringLiteral("int-key-overflow"));
    QCOMPARE(keys.size(), 2);
    QStringList kinds;
    for (const review::Finding &f : keys)
        kinds.append(review::ObjectRef::kindName(f.object.kind) + QLatin1Char(':') +
                     (f.object.schema));
    kinds.sort();
    QCOMPARE(kinds, (QStringList{QStringLiteral("column:other"), QStringLiteral("schema:public")}));
    const review::Findings stamps = findingsOf(*types, QStringLiteral("timestamp-without-tz"));
    QCOMPARE(stamps.size(), 1);
    QCOMPARE(stamps.first().object.columns.size(), 3);
}

void TstMigrationSafety::droppedLaterIsHistory()
{
    const auto r = reviewtest::reviewMigrations(
        {{QStringLiteral("V1__init.sql"),
          QStringLiteral("CREATE TABLE old (id bigint PRIMARY KEY, a text);\n"
                         "CREATE TABLE kept (id bigint PRIMARY KEY, a text);")},
         {QStringLiteral("V2__change.sql"),
          QStringLiteral("ALTER TABLE old ADD COLUMN b text NOT NULL;\n"
                         "ALTER TABLE old ALTER COLUMN a SET NOT NULL;\n"
                         "CREATE INDEX old_a ON old (a);\n"
                         "ALTER TABLE kept RENAME TO renamed;\n"
                         "ALTER TABLE renamed ALTER COLUMN a SET NOT NULL;")},
         {QStringLiteral("V3__drop.sql"), QStringLiteral("DROP TABLE old;")}});
    QVERIFY(r);
    QCOMPARE(findingsOf(*r, QStringLiteral("not-null-no-default")).size(), 0);
    QCOMPARE(findingsOf(*r, QStringLiteral("index-not-concurrent")).size(), 0);
    // A renamed table lives on under its new name.
    const review::Findings setNotNull = findingsOf(*r, QStringLiteral("set-not-null"));
    QCOMPARE(setNotNull.size(), 1);
    QCOMPARE(setNotNull.first().object.table, QStringLiteral("renamed"));
    // The drop itself is reported: the table had rows before V3.
    QCOMPARE(findingsOf(*r, QStringLiteral("drop-table")).size(), 1);
}

void TstMigrationSafety::newTablesAreNeverFlagged()
{
    // Every hazard the history rules know, on tables created in the same migration.
    const QString hazards =
        QStringLiteral("CREATE TABLE a (id integer, email text, n integer, mail text);\n"
                       "CREATE TABLE b (id bigint PRIMARY KEY, a_id integer);\n"
                       "CREATE TYPE s AS ENUM ('x');\n"
                       "ALTER TABLE a ADD PRIMARY KEY (id);\n"
                       "ALTER TABLE a ADD COLUMN c text NOT NULL;\n"
                       "ALTER TABLE a ADD COLUMN u uuid DEFAULT gen_random_uuid();\n"
                       "ALTER TABLE a ALTER COLUMN email SET NOT NULL;\n"
                       "ALTER TABLE a ALTER COLUMN email DROP NOT NULL;\n"
                       "ALTER TABLE a ALTER COLUMN n TYPE text;\n"
                       "ALTER TABLE a ADD CONSTRAINT a_email_key UNIQUE (email);\n"
                       "ALTER TABLE b ADD CONSTRAINT b_a_fk FOREIGN KEY (a_id) REFERENCES a (id);\n"
                       "ALTER TABLE a ADD CONSTRAINT a_n_check CHECK (length(n) > 0);\n"
                       "CREATE INDEX a_mail ON a (mail);\n"
                       "DROP INDEX a_mail;\n"
                       "CREATE UNIQUE INDEX a_mail_key ON a (mail);\n"
                       "DROP INDEX a_mail_key;\n"
                       "CREATE UNIQUE INDEX a_mail_key ON a (mail);\n"
                       "REINDEX TABLE a;\n"
                       "ALTER TABLE a RENAME COLUMN mail TO address;\n"
                       "ALTER TABLE a DROP COLUMN address;\n"
                       "ALTER TABLE b RENAME TO c;\n"
                       "ALTER TYPE s ADD VALUE 'y';\n");
    const auto r = reviewtest::reviewMigrations(
        {{QStringLiteral("V1__init.sql"),
          QStringLiteral("CREATE TABLE other (id bigint PRIMARY KEY);")},
         {QStringLiteral("V2__new.sql"), hazards}});
    QVERIFY(r);
    QVERIFY2(r->loaded.diagnostics.isEmpty(), qPrintable(r->loaded.diagnostics.value(0).message));
    QStringList flagged;
    for (const review::Finding &f : r->result.findings)
        if (statementRules().contains(f.rule))
            flagged.append(f.rule + QLatin1String(": ") + f.message);
    QVERIFY2(flagged.isEmpty(), qPrintable(flagged.join(QLatin1Char('\n'))));
}

void TstMigrationSafety::indexRecreatedVariants_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<int>("expected");
    QTest::newRow("same name")
        << "DROP INDEX t_email;\nCREATE UNIQUE INDEX t_email ON t (lower(email));" << 1;
    QTest::newRow("renamed and partial") << "DROP INDEX t_email;\nCREATE UNIQUE INDEX t_email_live "
                                            "ON t (email) WHERE deleted_at IS NULL;"
                                         << 1;
    QTest::newRow("other columns of the same key")
        << "ALTER TABLE t DROP CONSTRAINT t_tenant_email_key;\n"
           "CREATE UNIQUE INDEX t_tenant_email_active ON t (tenant_id, email, active);"
        << 1;
    QTest::newRow("unrelated unique index")
        << "DROP INDEX t_email;\nCREATE UNIQUE INDEX t_code ON t (code);" << 0;
    QTest::newRow("built first, then dropped")
        << "CREATE UNIQUE INDEX CONCURRENTLY t_email_new ON t (lower(email));\n"
           "DROP INDEX CONCURRENTLY t_email;"
        << 0;
    QTest::newRow("swap in one statement")
        << "CREATE UNIQUE INDEX CONCURRENTLY t_pk_new ON t (id);\n"
           "ALTER TABLE t DROP CONSTRAINT t_pkey, ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX "
           "t_pk_new;"
        << 0;
    QTest::newRow("separate migrations") << "DROP INDEX t_email;" << 0;
}

void TstMigrationSafety::indexRecreatedVariants()
{
    QFETCH(QString, sql);
    QFETCH(int, expected);
    const auto r = reviewtest::reviewMigrations(
        {{QStringLiteral("V1__init.sql"),
          QStringLiteral(
              "CREATE TABLE t (id bigint CONSTRAINT t_pkey PRIMARY KEY, tenant_id bigint,\n"
              "  email text, code text, active boolean, deleted_at timestamptz,\n"
              "  CONSTRAINT t_tenant_email_key UNIQUE (tenant_id, email));\n"
              "CREATE UNIQUE INDEX t_email ON t (email);")},
         {QStringLiteral("V2__change.sql"), sql},
         {QStringLiteral("V3__later.sql"),
          QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS t_email ON t (email);")}});
    QVERIFY(r);
    QCOMPARE(findingsOf(*r, QStringLiteral("index-recreated")).size(), expected);
}

void TstMigrationSafety::inlineIgnores()
{
    const auto r = reviewtest::reviewMigrations(
        {{QStringLiteral("V1__init.sql"),
          QStringLiteral("CREATE TABLE users (id bigint PRIMARY KEY, a text, b text, c text);")},
         {QStringLiteral("V2__drop.sql"),
          QStringLiteral("-- schemalens-ignore drop-column, rename-column: unused since 4.2\n"
                         "ALTER TABLE users\n  DROP COLUMN a;\n"
                         "SELECT '-- schemalens-ignore drop-column: in a string, not a comment';\n"
                         "ALTER TABLE users DROP COLUMN b;\n"
                         "/* schemalens-ignore-file set-not-null: backfilled by the worker */\n"
                         "ALTER TABLE users ALTER COLUMN c SET NOT NULL;\n")}});
    QVERIFY(r);
    const review::Findings dropped = findingsOf(*r, QStringLiteral("drop-column"));
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.first().object.column, QStringLiteral("b"));
    QCOMPARE(findingsOf(*r, QStringLiteral("set-not-null")).size(), 0);
    QStringList reasons;
    for (const review::Finding &f : r->result.suppressed) {
        QVERIFY(f.suppressedInSource);
        reasons.append(f.rule + QLatin1String(": ") + f.suppressedBecause);
    }
    reasons.sort();
    QCOMPARE(reasons, (QStringList{QStringLiteral("drop-column: unused since 4.2"),
                                   QStringLiteral("set-not-null: backfilled by the worker")}));
    QCOMPARE(findingsOf(*r, QStringLiteral("unused-ignore")).size(), 0);

    // SARIF marks them as suppressed in the source, with the reason.
    report::ReviewReport input;
    input.loaded = &r->loaded;
    input.result = &r->result;
    const QJsonObject sarif = report::reviewToSarif(input);
    int inSource = 0;
    for (const QJsonValue &run : sarif.value(QLatin1String("runs")).toArray())
        for (const QJsonValue &result : run.toObject().value(QLatin1String("results")).toArray())
            for (const QJsonValue &s :
                 result.toObject().value(QLatin1String("suppressions")).toArray())
                inSource += s.toObject().value(QLatin1String("kind")).toString() ==
                            QLatin1String("inSource");
    QCOMPARE(inSource, 2);
}

void TstMigrationSafety::reviewFileKeys()
{
    const auto good =
        review::parseConfig(R"({"postgresVersion": 12, "migrationsInTransaction": false})");
    QVERIFY(good);
    QVERIFY(good->problems.isEmpty());
    QCOMPARE(good->config.postgresVersion, 12);
    QCOMPARE(good->config.migrationsInTransaction, std::optional<bool>(false));
    const auto bad =
        review::parseConfig(R"({"postgresVersion": "fifteen", "migrationsInTransaction": 1})");
    QVERIFY(bad);
    QCOMPARE(bad->problems.size(), 2);
    QCOMPARE(bad->problems.at(0).path, QStringLiteral("$.migrationsInTransaction"));
    QCOMPARE(bad->config.postgresVersion, 15);
    const auto optIn = review::parseConfig(R"({"rules": {"unqualified-table": true}})");
    QVERIFY(optIn && optIn->config.enabledRules.contains(QStringLiteral("unqualified-table")));
}

void TstMigrationSafety::rulesListEquivalents()
{
    const QJsonObject json = report::rulesToJson(review::allRules());
    QHash<QString, QStringList> equivalents;
    for (const QJsonValue &v : json.value(QLatin1String("rules")).toArray()) {
        QStringList list;
        for (const QJsonValue &e : v.toObject().value(QLatin1String("equivalents")).toArray())
            list.append(e.toString());
        equivalents.insert(v.toObject().value(QLatin1String("id")).toString(), list);
    }
    QVERIFY(equivalents.value(QStringLiteral("index-not-concurrent"))
                .contains(QStringLiteral("squawk:require-concurrent-index-creation")));
    QVERIFY(equivalents.value(QStringLiteral("constraint-not-valid"))
                .contains(QStringLiteral("strong_migrations:add_foreign_key")));
    QVERIFY(
        equivalents.value(QStringLiteral("rename-table")).contains(QStringLiteral("atlas:BC101")));
    // Every Squawk rule has a counterpart.
    const QStringList squawk = {QStringLiteral("adding-field-with-default"),
                                QStringLiteral("adding-foreign-key-constraint"),
                                QStringLiteral("adding-not-nullable-field"),
                                QStringLiteral("adding-required-field"),
                                QStringLiteral("adding-serial-primary-key-field"),
                                QStringLiteral("ban-alter-domain-with-add-constraint"),
                                QStringLiteral("ban-char-field"),
                                QStringLiteral("ban-concurrent-index-creation-in-transaction"),
                                QStringLiteral("ban-create-domain-with-constraint"),
                                QStringLiteral("ban-drop-column"),
                                QStringLiteral("ban-drop-database"),
                                QStringLiteral("ban-drop-not-null"),
                                QStringLiteral("ban-drop-table"),
                                QStringLiteral("ban-duplicate-column-assignments"),
                                QStringLiteral("ban-truncate-cascade"),
                                QStringLiteral("ban-uncommitted-transaction"),
                                QStringLiteral("changing-column-type"),
                                QStringLiteral("constraint-missing-not-valid"),
                                QStringLiteral("disallowed-unique-constraint"),
                                QStringLiteral("identifier-too-long"),
                                QStringLiteral("prefer-bigint-over-int"),
                                QStringLiteral("prefer-bigint-over-smallint"),
                                QStringLiteral("prefer-identity"),
                                QStringLiteral("prefer-repack"),
                                QStringLiteral("prefer-robust-stmts"),
                                QStringLiteral("prefer-text-field"),
                                QStringLiteral("prefer-timestamptz"),
                                QStringLiteral("renaming-column"),
                                QStringLiteral("renaming-table"),
                                QStringLiteral("require-concurrent-index-creation"),
                                QStringLiteral("require-concurrent-index-deletion"),
                                QStringLiteral("require-concurrent-partition-detach"),
                                QStringLiteral("require-concurrent-reindex"),
                                QStringLiteral("require-enum-value-ordering"),
                                QStringLiteral("require-table-schema"),
                                QStringLiteral("require-timeout-settings"),
                                QStringLiteral("transaction-nesting"),
                                QStringLiteral("require-lock-timeout"),
                                QStringLiteral("require-statement-timeout")};
    QSet<QString> covered;
    for (const QStringList &list : std::as_const(equivalents))
        for (const QString &e : list)
            if (e.startsWith(QLatin1String("squawk:")))
                covered.insert(e.mid(7));
    QStringList missing;
    for (const QString &rule : squawk)
        if (!covered.contains(rule))
            missing.append(rule);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
    // The text listing shows them too.
    QVERIFY(report::rulesToText(review::allRules())
                .contains(QLatin1String("squawk:require-concurrent-index-creation")));
}

void TstMigrationSafety::cliPgVersion()
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("m"));
    QDir().mkpath(root);
    const QList<QPair<QString, QByteArray>> files = {
        {QStringLiteral("V1__init.sql"), "CREATE TABLE users (id bigint PRIMARY KEY);\n"},
        {QStringLiteral("V2__locale.sql"),
         "ALTER TABLE users ADD COLUMN locale text NOT NULL DEFAULT 'en';\n"}};
    for (const auto &[name, sql] : files) {
        QFile f(QDir(root).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(sql);
    }
    const auto rewrites = [&](const QStringList &extra, int *exitCode) {
        QProcess p;
        p.start(QStringLiteral(SCHEMALENS_CLI),
                QStringList{QStringLiteral("review"), root, QStringLiteral("--format"),
                            QStringLiteral("json")} +
                    extra);
        p.waitForFinished(120000);
        *exitCode = p.exitCode();
        int n = 0;
        const QJsonObject review = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        for (const QJsonValue &f : review.value(QLatin1String("findings")).toArray())
            n += f.toObject().value(QLatin1String("rule")).toString() ==
                 QLatin1String("add-column-rewrite");
        return n;
    };
    int exitCode = -1;
    QCOMPARE(rewrites({}, &exitCode), 0);
    QCOMPARE(exitCode, 0);
    QCOMPARE(rewrites({QStringLiteral("--pg-version"), QStringLiteral("10")}, &exitCode), 1);
    QCOMPARE(exitCode, 0);
    rewrites({QStringLiteral("--pg-version"), QStringLiteral("ten")}, &exitCode);
    QCOMPARE(exitCode, 2);
}

QTEST_GUILESS_MAIN(TstMigrationSafety)
#include "tst_migration_safety.moc"
