// The ranked review (core/review/ranking.h): confidence lowered where the schema explains the
// choice (a COMMENT ON, a migration comment, a library's table), the rank, the Top issues and
// --min-confidence.

#include "core/review/context.h"
#include "core/review/libraries.h"
#include "core/review/ranking.h"
#include "reviewtest.h"

#include <QTest>

using namespace schemalens;

namespace {

const review::Finding *findingOn(const reviewtest::Reviewed &r, const QString &rule,
                                 const QString &table, const QString &column = {})
{
    for (const review::Finding &f : r.result.findings) {
        if (f.rule == rule && f.object.table == table &&
            (column.isEmpty() || f.object.column == column))
            return &f;
    }
    return nullptr;
}

review::Finding made(const char *rule, review::Severity severity, review::Confidence confidence,
                     double rank, const char *table)
{
    review::Finding f;
    f.rule = QString::fromLatin1(rule);
    f.severity = severity;
    f.confidence = confidence;
    f.rank = rank;
    f.object.kind = review::ObjectRef::Kind::Table;
    f.object.schema = QStringLiteral("public");
    f.object.table = QString::fromLatin1(table);
    return f;
}

} // namespace

class TstReviewRanking : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void commentOnExplainsTheChoice();
    void migrationCommentExplainsTheChoice();
    void commentWithoutReasonChangesNothing();
    void libraryTablesAreLowConfidence();
    void libraryCatalogue_data();
    void libraryCatalogue();
    void rankOrder();
    void rankFollowsReach();
    void topIssuesGroupAndOrder();
    void minConfidenceLeavesOut();
    void commentsAtStatement();
};

void TstReviewRanking::commentOnExplainsTheChoice()
{
    const auto r = reviewtest::reviewSql(QStringLiteral(
        "CREATE TABLE shipments (id bigint PRIMARY KEY, status text NOT NULL,\n"
        "  carrier_status text NOT NULL);\n"
        "COMMENT ON COLUMN shipments.carrier_status IS 'kept as text on purpose: the carriers "
        "add states without notice';\n"));
    QVERIFY(r);
    const review::Finding *explained =
        findingOn(*r, QStringLiteral("enum-like-no-check"), QStringLiteral("shipments"),
                  QStringLiteral("carrier_status"));
    QVERIFY(explained);
    QCOMPARE(explained->confidence, review::Confidence::Low);
    QVERIFY2(explained->rationale.contains(QLatin1String("carriers add states")),
             qPrintable(explained->rationale));
    const review::Finding *plain = findingOn(*r, QStringLiteral("enum-like-no-check"),
                                             QStringLiteral("shipments"), QStringLiteral("status"));
    QVERIFY(plain);
    QCOMPARE(plain->confidence, review::Confidence::Medium); // the name alone
    QVERIFY(plain->rank > explained->rank);
}

void TstReviewRanking::migrationCommentExplainsTheChoice()
{
    const auto r = reviewtest::reviewMigrations(
        {{QStringLiteral("001_init.sql"),
          QStringLiteral("CREATE TABLE webhooks (\n"
                         "    id bigint PRIMARY KEY,\n"
                         "    -- the provider's own event names, stored as they come: no CHECK "
                         "because the list is theirs\n"
                         "    event_type text NOT NULL,\n"
                         "    status text NOT NULL DEFAULT 'pending'\n"
                         ");\n")}});
    QVERIFY(r);
    const review::Finding *f = findingOn(*r, QStringLiteral("enum-like-no-check"),
                                         QStringLiteral("webhooks"), QStringLiteral("event_type"));
    if (f) // event_type may be left out as open-ended; when reported, it is of low confidence
        QCOMPARE(f->confidence, review::Confidence::Low);
    const review::Finding *status = findingOn(*r, QStringLiteral("enum-like-no-check"),
                                              QStringLiteral("webhooks"), QStringLiteral("status"));
    QVERIFY(status);
    QCOMPARE(status->confidence, review::Confidence::High); // a label-like default
}

void TstReviewRanking::commentWithoutReasonChangesNothing()
{
    const auto r = reviewtest::reviewSql(
        QStringLiteral("CREATE TABLE tickets (id bigint PRIMARY KEY, status text NOT NULL "
                       "DEFAULT 'open');\n"
                       "COMMENT ON COLUMN tickets.status IS 'The state of the ticket';\n"));
    QVERIFY(r);
    const review::Finding *f = findingOn(*r, QStringLiteral("enum-like-no-check"),
                                         QStringLiteral("tickets"), QStringLiteral("status"));
    QVERIFY(f);
    QCOMPARE(f->confidence, review::Confidence::High);
}

void TstReviewRanking::libraryTablesAreLowConfidence()
{
    const auto r = reviewtest::reviewSql(QStringLiteral(
        "CREATE TABLE solid_queue_processes (id bigint PRIMARY KEY, kind varchar NOT NULL,\n"
        "  metadata text, created_at timestamp NOT NULL);\n"
        "CREATE TABLE orders (id bigint PRIMARY KEY, kind text NOT NULL);\n"));
    QVERIFY(r);
    const review::Finding *library = findingOn(*r, QStringLiteral("enum-like-no-check"),
                                               QStringLiteral("solid_queue_processes"));
    QVERIFY(library);
    QCOMPARE(library->confidence, review::Confidence::Low);
    QVERIFY(library->rationale.contains(QLatin1String("Solid Queue")));
    const review::Finding *own =
        findingOn(*r, QStringLiteral("enum-like-no-check"), QStringLiteral("orders"));
    QVERIFY(own);
    QVERIFY(own->confidence != review::Confidence::Low);
}

void TstReviewRanking::libraryCatalogue_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QString>("library");
    QTest::newRow("oban") << QStringLiteral("public") << QStringLiteral("oban_jobs")
                          << QStringList{QStringLiteral("id")} << QStringLiteral("Oban");
    QTest::newRow("pg-boss schema")
        << QStringLiteral("pgboss") << QStringLiteral("job") << QStringList{QStringLiteral("id")}
        << QStringLiteral("pg-boss");
    QTest::newRow("river") << QStringLiteral("public") << QStringLiteral("river_job")
                           << QStringList{QStringLiteral("id")} << QStringLiteral("River");
    QTest::newRow("session store")
        << QStringLiteral("public") << QStringLiteral("session")
        << QStringList{QStringLiteral("sid"), QStringLiteral("sess"), QStringLiteral("expire")}
        << QStringLiteral("connect-pg-simple");
    // Generic names need the library's columns: an application's own sessions table is not.
    QTest::newRow("own sessions") << QStringLiteral("public") << QStringLiteral("sessions")
                                  << QStringList{QStringLiteral("id"), QStringLiteral("user_id"),
                                                 QStringLiteral("token")}
                                  << QString();
    QTest::newRow("laravel jobs") << QStringLiteral("public") << QStringLiteral("jobs")
                                  << QStringList{QStringLiteral("id"), QStringLiteral("queue"),
                                                 QStringLiteral("payload"),
                                                 QStringLiteral("attempts"),
                                                 QStringLiteral("reserved_at")}
                                  << QStringLiteral("Laravel");
    QTest::newRow("own jobs") << QStringLiteral("public") << QStringLiteral("jobs")
                              << QStringList{QStringLiteral("id"), QStringLiteral("title"),
                                             QStringLiteral("company")}
                              << QString();
    QTest::newRow("auth.js account") << QStringLiteral("public") << QStringLiteral("Account")
                                     << QStringList{QStringLiteral("id"),
                                                    QStringLiteral("userId"),
                                                    QStringLiteral("provider"),
                                                    QStringLiteral("providerAccountId"),
                                                    QStringLiteral("refresh_token"),
                                                    QStringLiteral("access_token"),
                                                    QStringLiteral("expires_at"),
                                                    QStringLiteral("id_token"),
                                                    QStringLiteral("session_state")}
                                     << QStringLiteral("Auth.js");
    QTest::newRow("better auth account")
        << QStringLiteral("public") << QStringLiteral("account")
        << QStringList{QStringLiteral("id"),           QStringLiteral("account_id"),
                       QStringLiteral("provider_id"),  QStringLiteral("user_id"),
                       QStringLiteral("access_token"), QStringLiteral("refresh_token"),
                       QStringLiteral("id_token"),     QStringLiteral("password")}
        << QStringLiteral("Better Auth");
    // An application's own accounts (a ledger's, a CRM's) are not the adapter's.
    QTest::newRow("own account") << QStringLiteral("public") << QStringLiteral("account")
                                 << QStringList{QStringLiteral("id"), QStringLiteral("provider"),
                                                QStringLiteral("balance")}
                                 << QString();
    QTest::newRow("prefix alone") << QStringLiteral("public") << QStringLiteral("oban_")
                                  << QStringList{QStringLiteral("id")} << QString();
}

void TstReviewRanking::libraryCatalogue()
{
    QFETCH(QString, schema);
    QFETCH(QString, table);
    QFETCH(QStringList, columns);
    QFETCH(QString, library);
    model::Table t;
    t.schema = schema;
    t.name = table;
    for (const QString &c : columns) {
        model::Column column;
        column.name = c;
        t.columns.append(column);
    }
    QCOMPARE(review::owningLibrary(t), library);
}

void TstReviewRanking::rankOrder()
{
    using review::Confidence;
    using review::Severity;
    const double error = review::rankOf(Severity::Error, Confidence::High, 1, 0, 1);
    const double warning = review::rankOf(Severity::Warning, Confidence::High, 1, 0, 1);
    const double info = review::rankOf(Severity::Info, Confidence::High, 1, 0, 1);
    QVERIFY(error > warning && warning > info);
    // A high-confidence warning outranks any info; a low-confidence warning drops below a
    // high-confidence info.
    QVERIFY(warning > review::rankOf(Severity::Info, Confidence::High, 50, 100, 50));
    QVERIFY(review::rankOf(Severity::Warning, Confidence::Low, 1, 0, 1) < info);
    QVERIFY(review::rankOf(Severity::Error, Confidence::High, 1000, 1000, 1000) <= 100);
}

void TstReviewRanking::rankFollowsReach()
{
    // The same problem on a table everything references outranks it on a leaf table.
    const auto r = reviewtest::reviewSql(QStringLiteral(
        "CREATE TABLE accounts (id bigint PRIMARY KEY, status text NOT NULL DEFAULT 'active');\n"
        "CREATE TABLE a (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts (id));\n"
        "CREATE TABLE b (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts (id));\n"
        "CREATE TABLE c (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts (id));\n"
        "CREATE TABLE notes (id bigint PRIMARY KEY, status text NOT NULL DEFAULT 'draft');\n"));
    QVERIFY(r);
    const review::Finding *hub =
        findingOn(*r, QStringLiteral("enum-like-no-check"), QStringLiteral("accounts"));
    const review::Finding *leaf =
        findingOn(*r, QStringLiteral("enum-like-no-check"), QStringLiteral("notes"));
    QVERIFY(hub && leaf);
    QVERIFY2(hub->rank > leaf->rank,
             qPrintable(QStringLiteral("%1 %2").arg(hub->rank).arg(leaf->rank)));
}

void TstReviewRanking::topIssuesGroupAndOrder()
{
    using review::Confidence;
    using review::Severity;
    const review::Findings findings = {
        made("enum-like-no-check", Severity::Warning, Confidence::Medium, 25, "a"),
        made("parse-error", Severity::Error, Confidence::High, 60, "b"),
        made("enum-like-no-check", Severity::Warning, Confidence::High, 36, "c"),
        made("wide-table", Severity::Info, Confidence::Low, 5, "d"),
        made("enum-like-no-check", Severity::Warning, Confidence::High, 38, "e"),
        made("similar-tables", Severity::Info, Confidence::Medium, 10, "f"),
    };
    const QList<review::TopIssue> top = review::topIssues(findings);
    QCOMPARE(top.size(), 3); // wide-table is of low confidence: left out
    QCOMPARE(top.at(0).rule, QStringLiteral("parse-error"));
    QCOMPARE(top.at(1).rule, QStringLiteral("enum-like-no-check"));
    QCOMPARE(top.at(1).findings, QList<int>({4, 2, 0})); // by rank within the item
    QCOMPARE(top.at(2).rule, QStringLiteral("similar-tables"));
    QCOMPARE(review::topIssues(findings, 1).size(), 1);
}

void TstReviewRanking::minConfidenceLeavesOut()
{
    const QString sql = QStringLiteral(
        "CREATE TABLE oban_jobs (id bigint PRIMARY KEY, state text NOT NULL);\n"
        "CREATE TABLE orders (id bigint PRIMARY KEY, state text NOT NULL DEFAULT 'new');\n");
    const auto all = reviewtest::reviewSql(sql);
    QVERIFY(all);
    QVERIFY(findingOn(*all, QStringLiteral("enum-like-no-check"), QStringLiteral("oban_jobs")));
    QCOMPARE(all->result.belowConfidence, 0);

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("schema.sql")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(sql.toUtf8());
    file.close();
    auto loaded = load::loadSource(file.fileName(), {});
    QVERIFY(loaded);
    review::ReviewOptions options;
    options.minConfidence = review::Confidence::Medium;
    const review::ReviewResult result = review::runReview(loaded.value(), options);
    for (const review::Finding &f : result.findings)
        QVERIFY(f.confidence != review::Confidence::Low);
    QVERIFY(result.belowConfidence >= 1);
    QCOMPARE(result.summary.warnings + result.summary.errors + result.summary.infos,
             int(result.findings.size()));
}

void TstReviewRanking::commentsAtStatement()
{
    load::MigrationPlan plan;
    load::MigrationUnit unit;
    unit.path = QStringLiteral("V2__x.sql");
    unit.sql = QByteArrayLiteral("CREATE TABLE a (id int);\n"
                                 "-- customers moved to the billing database\n"
                                 "ALTER TABLE orders\n"
                                 "    DROP CONSTRAINT orders_customer_id_fkey;\n"
                                 "CREATE TABLE b (\n"
                                 "    id int, -- the key\n"
                                 "    name text\n"
                                 ");\n");
    plan.units.append(unit);
    const model::Schema schema;
    const review::ReviewConfig config;
    const review::ReviewContext context(schema, plan, config);
    model::Origin drop{QStringLiteral("V2__x.sql"), 4, 5, 1};
    QCOMPARE(context.commentsAt(drop, true),
             QStringLiteral("customers moved to the billing database"));
    QCOMPARE(context.commentsAt(drop, false), QString()); // only what is at the line itself
    model::Origin id{QStringLiteral("V2__x.sql"), 6, 5, 1};
    QCOMPARE(context.commentsAt(id), QStringLiteral("the key"));
    model::Origin name{QStringLiteral("V2__x.sql"), 7, 5, 1};
    QCOMPARE(context.commentsAt(name), QString()); // a sibling's comment is not its own
    QCOMPARE(context.commentsAt(model::Origin{QStringLiteral("other.sql"), 1, 1, 0}), QString());
}

QTEST_GUILESS_MAIN(TstReviewRanking)
#include "tst_review_ranking.moc"
