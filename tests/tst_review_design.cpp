// The design, security and migrations rule families on their own: their data cases with
// every other rule switched off (so a case checks these rules only), the fix SQL and
// messages they build, their thresholds, and a sweep over the corpus. Set
// SCHEMALENS_DSM_DUMP=1 to print every finding of the sweep.

#include "reviewtest.h"
#include "tests/corpus.h"

#include "core/review/config.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTest>

using namespace schemalens;

class TstReviewDesign : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cases_data();
    void cases();
    void tableFixes();
    void secretFixAndMessages();
    void rlsFixCopiesSiblingPolicy();
    void triggerInvariantNames();
    void thresholds();
    void migrationMessages();
    void sqliteRebuildIsNotMonolithic();
    void corpus_data();
    void corpus();
};

namespace {

const QStringList &families()
{
    static const QStringList f = {QStringLiteral("design"), QStringLiteral("security"),
                                  QStringLiteral("migrations")};
    return f;
}

bool isMine(const QString &rule)
{
    const review::Rule *r = review::findRule(rule);
    return r && families().contains(r->info.family);
}

// A review file that switches off every rule outside the three families.
review::ReviewConfig onlyMine(review::ReviewConfig config = {})
{
    for (const review::Rule &rule : review::allRules()) {
        if (!families().contains(rule.info.family))
            config.disabledRules.insert(rule.info.id);
    }
    return config;
}

QString objectOf(const review::Finding &f)
{
    if (f.object.table.isEmpty())
        return QFileInfo(f.object.file).fileName();
    return f.object.column.isEmpty() ? f.object.table
                                     : f.object.table + QLatin1Char('.') + f.object.column;
}

review::Findings ofRule(const reviewtest::Reviewed &r, const char *rule)
{
    return r.ofRule(QString::fromLatin1(rule));
}

} // namespace

void TstReviewDesign::cases_data()
{
    QTest::addColumn<QString>("path");
    const QDir root(QStringLiteral(SCHEMALENS_TEST_DATA "/review"));
    for (const QString &family : families()) {
        const QDir dir(root.filePath(family));
        for (const QFileInfo &entry :
             dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
            if (entry.isDir() || entry.suffix() == QLatin1String("sql"))
                QTest::newRow(qPrintable(family + QLatin1Char('/') + entry.fileName()))
                    << entry.absoluteFilePath();
        }
    }
}

// Same expectation format as tst_review_rules, restricted to this helper's rules.
void TstReviewDesign::cases()
{
    QFETCH(QString, path);
    QFile f(QFileInfo(path).isDir() ? path + QLatin1String("/expect.txt") : path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    static const QRegularExpression line(
        QStringLiteral("^\\s*--\\s*(expect|expect-none):\\s*([a-z0-9-]+)\\s*(\\S*)"));
    QMap<QString, QStringList> expected;
    for (const QString &text : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const auto m = line.match(text);
        if (!m.hasMatch() || !isMine(m.captured(2)))
            continue;
        QStringList &objects = expected[m.captured(2)];
        if (m.captured(1) == QLatin1String("expect"))
            objects.append(m.captured(3));
    }
    if (expected.isEmpty())
        QSKIP("no expectation for the design, security or migrations rules");
    // A case folder may carry its own review file (PostgreSQL version, transactions, opt-in
    // rules), as in tst_review_rules.
    review::ReviewConfig config;
    if (const QString file = QDir(path).filePath(QStringLiteral(".schemalens.json"));
        QFileInfo(path).isDir() && QFileInfo::exists(file)) {
        const auto parsed = review::loadConfigFile(file);
        QVERIFY2(parsed && parsed->problems.isEmpty(), qPrintable(file));
        config = parsed->config;
    }
    const auto reviewed = reviewtest::reviewPath(path, onlyMine(config));
    QVERIFY(reviewed);
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        QStringList actual;
        for (const review::Finding &finding : reviewed->ofRule(it.key())) {
            actual.append(objectOf(finding));
            QVERIFY2(!finding.message.isEmpty() && !finding.fix.isEmpty(), qPrintable(it.key()));
            QVERIFY2(finding.location.isValid(), qPrintable(it.key() + QLatin1String(" location")));
        }
        actual.sort();
        it->sort();
        QCOMPARE(actual, it.value());
    }
}

void TstReviewDesign::tableFixes()
{
    // nullable-tenant: SET NOT NULL in PostgreSQL, a rebuild hint in SQLite.
    const QString sql =
        QStringLiteral("CREATE TABLE a (id int PRIMARY KEY, workspace_id int NOT NULL);\n"
                       "CREATE TABLE b (id int PRIMARY KEY, workspace_id int NOT NULL);\n"
                       "CREATE TABLE c (id int PRIMARY KEY, workspace_id int NOT NULL);\n"
                       "CREATE TABLE \"Tags\" (id int PRIMARY KEY, workspace_id int);\n");
    auto pg = reviewtest::reviewSql(sql, false, onlyMine());
    QVERIFY(pg);
    const review::Findings tenant = ofRule(*pg, "nullable-tenant");
    QCOMPARE(tenant.size(), 1);
    QVERIFY2(tenant.first().fix.contains(
                 QLatin1String("ALTER TABLE \"Tags\" ALTER COLUMN workspace_id SET NOT NULL;")),
             qPrintable(tenant.first().fix));
    QVERIFY(tenant.first().message.contains(QLatin1String("3 other table")));
    QCOMPARE(tenant.first().location.line, 4);
    auto lite = reviewtest::reviewSql(sql, true, onlyMine());
    QVERIFY(lite);
    QVERIFY(ofRule(*lite, "nullable-tenant").first().fix.contains(QLatin1String("rebuild")));

    // similar-tables names every table of the group, sorted, as schema.table.
    auto similar = reviewtest::reviewSql(
        QStringLiteral("CREATE TABLE b_items (id int PRIMARY KEY, a text, b text, c text, d int, "
                       "e int);\n"
                       "CREATE TABLE a_items (id int PRIMARY KEY, a text, b text, c text, d int, "
                       "e int);\n"
                       "CREATE TABLE c_items (id int PRIMARY KEY, a text, b text, c text, d int, "
                       "e int, f int);\n"),
        false, onlyMine());
    QVERIFY(similar);
    const review::Findings groups = ofRule(*similar, "similar-tables");
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.first().object.tables,
             (QStringList{QStringLiteral("public.a_items"), QStringLiteral("public.b_items"),
                          QStringLiteral("public.c_items")}));
    QCOMPARE(groups.first().object.table, QStringLiteral("a_items"));
}

void TstReviewDesign::secretFixAndMessages()
{
    auto r = reviewtest::reviewSql(
        QStringLiteral("CREATE TABLE users (id int PRIMARY KEY, password text, \"apiKey\" "
                       "varchar(64), user_password_id int, password_salt text);"),
        false, onlyMine());
    QVERIFY(r);
    const review::Findings found = ofRule(*r, "plaintext-secret");
    QCOMPARE(found.size(), 2);
    for (const review::Finding &f : found) {
        if (f.object.column == QLatin1String("password")) {
            QVERIFY(f.message.contains(QLatin1String("password")));
            QVERIFY2(f.fix.contains(QLatin1String(
                         "ALTER TABLE users RENAME COLUMN password TO password_hash;")),
                     qPrintable(f.fix));
            QVERIFY(f.fix.contains(QLatin1String("argon2id")));
        } else {
            QCOMPARE(f.object.column, QStringLiteral("apiKey"));
            QVERIFY(f.message.contains(QLatin1String("apikey")));
            QVERIFY2(f.fix.contains(QLatin1String("RENAME COLUMN \"apiKey\" TO \"apiKey_hash\"")),
                     qPrintable(f.fix));
        }
    }
}

void TstReviewDesign::rlsFixCopiesSiblingPolicy()
{
    auto r = reviewtest::reviewSql(
        QStringLiteral(
            "CREATE TABLE notes (id int PRIMARY KEY, owner_id int NOT NULL);\n"
            "ALTER TABLE notes ENABLE ROW LEVEL SECURITY;\n"
            "CREATE POLICY p ON notes USING (owner_id = current_setting('app.uid')::int);\n"
            "CREATE TABLE files (id int PRIMARY KEY, owner_id int NOT NULL);\n"
            "CREATE TABLE locked (id int PRIMARY KEY);\n"
            "ALTER TABLE locked ENABLE ROW LEVEL SECURITY;\n"
            "ALTER TABLE locked FORCE ROW LEVEL SECURITY;\n"),
        false, onlyMine());
    QVERIFY(r);
    const review::Findings missing = ofRule(*r, "rls-missing");
    QCOMPARE(missing.size(), 1);
    QCOMPARE(missing.first().object.columns, QStringList{QStringLiteral("owner_id")});
    QVERIFY2(missing.first().fix.contains(QLatin1String("ALTER TABLE files ENABLE ROW LEVEL "
                                                        "SECURITY;")),
             qPrintable(missing.first().fix));
    QVERIFY2(missing.first().fix.contains(QLatin1String("current_setting('app.uid')")),
             qPrintable(missing.first().fix));
    const review::Findings noPolicy = ofRule(*r, "rls-no-policy");
    QCOMPARE(noPolicy.size(), 1);
    QVERIFY(noPolicy.first().message.contains(QLatin1String("forced")));
    QCOMPARE(noPolicy.first().location.line, 6); // where RLS was enabled
}

void TstReviewDesign::triggerInvariantNames()
{
    // The PostgreSQL case reads the function body from the file; the fix scopes the index.
    auto r = reviewtest::reviewPath(
        QStringLiteral(SCHEMALENS_TEST_DATA "/review/design/trigger-invariant.sql"), onlyMine());
    QVERIFY(r);
    const review::Findings found = ofRule(*r, "trigger-invariant");
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().fix.startsWith(QLatin1String(
                 "CREATE UNIQUE INDEX addresses_one_is_default ON addresses (user_id) WHERE "
                 "is_default;")),
             qPrintable(found.first().fix));
    QVERIFY(found.first().message.contains(QLatin1String("addresses_single_default")));
    QVERIFY(found.first().message.contains(QLatin1String("per user_id")));
}

void TstReviewDesign::thresholds()
{
    QString columns;
    for (int i = 0; i < 25; ++i)
        columns += QStringLiteral(", c%1 int").arg(i);
    const QString sql = QStringLiteral("CREATE TABLE t (id int PRIMARY KEY%1);").arg(columns);
    auto byDefault = reviewtest::reviewSql(sql, false, onlyMine());
    QVERIFY(byDefault);
    QCOMPARE(ofRule(*byDefault, "wide-table").size(), 1);
    QVERIFY(ofRule(*byDefault, "wide-table").first().message.contains(QLatin1String("26 columns")));
    review::ReviewConfig config;
    config.thresholds[QStringLiteral("wide-table")][QStringLiteral("maxColumns")] = 30;
    auto relaxed = reviewtest::reviewSql(sql, false, onlyMine(config));
    QVERIFY(relaxed);
    QCOMPARE(ofRule(*relaxed, "wide-table").size(), 0);
    // A number beyond any int (3e90, from a fuzzed review file) means "never", not undefined
    // behaviour in the rule's int comparison (UBSan reports it).
    config.thresholds[QStringLiteral("wide-table")][QStringLiteral("maxColumns")] = 3e90;
    auto never = reviewtest::reviewSql(sql, false, onlyMine(config));
    QVERIFY(never);
    QCOMPARE(ofRule(*never, "wide-table").size(), 0);

    // migration-count and monolithic-migration with lowered thresholds.
    review::ReviewConfig tight;
    tight.thresholds[QStringLiteral("migration-count")][QStringLiteral("maxMigrations")] = 2;
    tight.thresholds[QStringLiteral("monolithic-migration")][QStringLiteral("maxTables")] = 1;
    auto history = reviewtest::reviewMigrations(
        {{QStringLiteral("V1__a.sql"), QStringLiteral("CREATE TABLE a (id int PRIMARY KEY);\n"
                                                      "CREATE TABLE b (id int PRIMARY KEY);")},
         {QStringLiteral("V2__b.sql"), QStringLiteral("CREATE TABLE c (id int PRIMARY KEY);\n"
                                                      "CREATE TABLE d (id int PRIMARY KEY);")},
         {QStringLiteral("V3__c.sql"), QStringLiteral("CREATE TABLE e (id int PRIMARY KEY);")}},
        false, onlyMine(tight));
    QVERIFY(history);
    const review::Findings count = ofRule(*history, "migration-count");
    QCOMPARE(count.size(), 1);
    QVERIFY(count.first().message.contains(QLatin1String("3 migrations")));
    QCOMPARE(QFileInfo(count.first().location.file).fileName(), QStringLiteral("V3__c.sql"));
    const review::Findings mono = ofRule(*history, "monolithic-migration");
    // V1 is the initial schema (reported once, softly, as the core schema), V2 goes over the
    // threshold, V3 creates one table.
    QCOMPARE(mono.size(), 2);
    const auto v2 = std::find_if(mono.cbegin(), mono.cend(), [](const review::Finding &f) {
        return QFileInfo(f.object.file).fileName() == QLatin1String("V2__b.sql");
    });
    QVERIFY(v2 != mono.cend());
    QCOMPARE(v2->object.tables,
             (QStringList{QStringLiteral("public.c"), QStringLiteral("public.d")}));
    QCOMPARE(v2->confidence, review::Confidence::High);
}

void TstReviewDesign::migrationMessages()
{
    auto r = reviewtest::reviewPath(
        QStringLiteral(SCHEMALENS_TEST_DATA "/review/migrations/column-type-changed"), onlyMine());
    QVERIFY(r);
    const review::Findings changed = ofRule(*r, "column-type-changed");
    QCOMPARE(changed.size(), 1);
    QVERIFY2(changed.first().message.contains(QString::fromUtf8("integer → double precision")),
             qPrintable(changed.first().message));
    QCOMPARE(QFileInfo(changed.first().location.file).fileName(), QStringLiteral("V2__types.sql"));
    QCOMPARE(changed.first().location.line, 2);

    auto nn = reviewtest::reviewPath(
        QStringLiteral(SCHEMALENS_TEST_DATA "/review/migrations/not-null-no-default"), onlyMine());
    QVERIFY(nn);
    const review::Findings notNull = ofRule(*nn, "not-null-no-default");
    QCOMPARE(notNull.size(), 1);
    QCOMPARE(notNull.first().location.line, 3);
    QVERIFY2(notNull.first().fix.contains(
                 QLatin1String("ALTER TABLE users ADD COLUMN email text NOT NULL DEFAULT")),
             qPrintable(notNull.first().fix));

    auto idx = reviewtest::reviewPath(
        QStringLiteral(SCHEMALENS_TEST_DATA "/review/migrations/index-recreated"), onlyMine());
    QVERIFY(idx);
    bool sawIndex = false;
    for (const review::Finding &f : ofRule(*idx, "index-recreated")) {
        if (f.object.index == QLatin1String("accounts_email")) {
            sawIndex = true;
            QVERIFY(f.message.contains(QLatin1String("unique")));
            QVERIFY2(f.fix.contains(QLatin1String("CREATE UNIQUE INDEX CONCURRENTLY "
                                                  "accounts_email_new ON accounts")),
                     qPrintable(f.fix));
        } else {
            QCOMPARE(f.object.constraint, QStringLiteral("accounts_pkey"));
            QVERIFY(f.fix.contains(QLatin1String("PRIMARY KEY USING INDEX")));
        }
    }
    QVERIFY(sawIndex);

    auto conc = reviewtest::reviewPath(
        QStringLiteral(SCHEMALENS_TEST_DATA "/review/migrations/index-not-concurrent"), onlyMine());
    QVERIFY(conc);
    const review::Findings nc = ofRule(*conc, "index-not-concurrent");
    QCOMPARE(nc.size(), 1);
    QVERIFY2(nc.first().fix.startsWith(QLatin1String(
                 "CREATE INDEX CONCURRENTLY orders_placed_at ON orders (placed_at);")),
             qPrintable(nc.first().fix));
}

void TstReviewDesign::sqliteRebuildIsNotMonolithic()
{
    // The history rules that are PostgreSQL only do not run on SQLite at all.
    auto r = reviewtest::reviewMigrations(
        {{QStringLiteral("V1__a.sql"), QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY, v "
                                                      "TEXT);")},
         {QStringLiteral("V2__b.sql"), QStringLiteral("CREATE INDEX a_v ON a (v);\n"
                                                      "DROP INDEX a_v;\nCREATE INDEX a_v ON a "
                                                      "(v, id);")}},
        true, onlyMine());
    QVERIFY(r);
    QCOMPARE(ofRule(*r, "index-not-concurrent").size(), 0);
    QCOMPARE(ofRule(*r, "index-recreated").size(), 0);
}

void TstReviewDesign::corpus_data()
{
    QTest::addColumn<QString>("path");
    const QStringList entries = testcorpus::entries();
    if (entries.isEmpty()) // a row of its own, which skips: QTest aborts on a table with none
        QTest::newRow("corpus absent") << QString();
    for (const QString &entry : entries)
        QTest::newRow(qPrintable(entry)) << testcorpus::path(entry);
}

// Every corpus entry loads and reviews with these rules without crashing, and findings
// carry what a reader needs. Known false positives stay fixed.
void TstReviewDesign::corpus()
{
    QFETCH(QString, path);
    SCHEMALENS_REQUIRE_CORPUS();
    const auto r = reviewtest::reviewPath(path, onlyMine());
    QVERIFY(r);
    const bool dump = qEnvironmentVariableIsSet("SCHEMALENS_DSM_DUMP");
    QMap<QString, int> counts;
    for (const review::Finding &f : r->result.findings) {
        if (!isMine(f.rule))
            continue;
        ++counts[f.rule];
        QVERIFY2(!f.message.isEmpty() && f.location.isValid(), qPrintable(f.rule));
        if (f.rule == QLatin1String("plaintext-secret")) {
            // Stream positions, CSRF nonces and LLM token counts are not secrets.
            static const QRegularExpression notSecret(
                QStringLiteral("(csrf|stream|_tokens$|token_(id|hash|expires))"));
            QVERIFY2(!notSecret.match(f.object.column).hasMatch(), qPrintable(f.object.column));
        }
        if (dump)
            qInfo().noquote() << f.rule << objectOf(f) << f.message << f.location.toString();
    }
    QStringList summary;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        summary.append(it.key() + QLatin1Char('=') + QString::number(it.value()));
    qInfo().noquote() << QFileInfo(path).fileName() << summary.join(QLatin1Char(' '));
}

QTEST_GUILESS_MAIN(TstReviewDesign)
#include "tst_review_design.moc"
