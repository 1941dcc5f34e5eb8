// Unit checks of the indexes family beyond what the data-driven cases see: which index of a
// pair is reported, the messages, fix SQL in both dialects, thresholds from a review file.

#include "reviewtest.h"

#include <QTest>

using namespace schemalens;

class TstReviewIndexes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void redundantNamesCovererAndDrops();
    void redundantChainNamesLongest();
    void redundantUniqueNeverReportsConstraint();
    void redundantUniqueWarnsAboutDependentFk();
    void duplicateDropsTheLaterOne();
    void sqliteFixes();
    void schemaQualifiedFix();
    void overIndexedThresholdFromConfig();
    void missingCompositeFix();
    void jsonbFix();
    void vectorFixes();
};

namespace {

QStringList indexNames(const review::Findings &findings)
{
    QStringList names;
    for (const review::Finding &f : findings)
        names.append(f.object.index);
    names.sort();
    return names;
}

} // namespace

void TstReviewIndexes::redundantNamesCovererAndDrops()
{
    const auto r = reviewtest::reviewSql(QStringLiteral(
        "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, created_at timestamptz);\n"
        "CREATE INDEX orders_customer_idx ON orders (customer_id);\n"
        "CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at);\n"));
    QVERIFY(r);
    const review::Findings found = r->ofRule(QStringLiteral("redundant-index"));
    QCOMPARE(found.size(), 1);
    const review::Finding &f = found.first();
    QCOMPARE(f.object.kind, review::ObjectRef::Kind::Index);
    QCOMPARE(f.object.table, QStringLiteral("orders"));
    QCOMPARE(f.object.index, QStringLiteral("orders_customer_idx"));
    QCOMPARE(f.object.columns, QStringList{QStringLiteral("customer_id")});
    QVERIFY2(f.message.contains(QLatin1String("orders_customer_created_idx (customer_id, "
                                              "created_at)")),
             qPrintable(f.message));
    QCOMPARE(f.fix, QStringLiteral("DROP INDEX CONCURRENTLY orders_customer_idx;"));
    QCOMPARE(f.location.line, 2);
    QCOMPARE(f.severity, review::Severity::Warning);
}

void TstReviewIndexes::redundantChainNamesLongest()
{
    const auto r = reviewtest::reviewSql(
        QStringLiteral("CREATE TABLE t (id bigint PRIMARY KEY, a int, b int, c int);\n"
                       "CREATE INDEX t_a ON t (a);\n"
                       "CREATE INDEX t_ab ON t (a, b);\n"
                       "CREATE INDEX t_abc ON t (a, b, c);\n"));
    QVERIFY(r);
    const review::Findings found = r->ofRule(QStringLiteral("redundant-index"));
    QCOMPARE(indexNames(found), (QStringList{QStringLiteral("t_a"), QStringLiteral("t_ab")}));
    for (const review::Finding &f : found)
        QVERIFY2(f.message.contains(QLatin1String("index t_abc")), qPrintable(f.message));
    QVERIFY(found.at(0).fingerprint != found.at(1).fingerprint);
}

void TstReviewIndexes::redundantUniqueNeverReportsConstraint()
{
    const auto r = reviewtest::reviewSql(
        QStringLiteral("CREATE TABLE users (id bigint PRIMARY KEY, email text UNIQUE);\n"
                       "CREATE UNIQUE INDEX users_email_uidx ON users (email);\n"
                       "CREATE UNIQUE INDEX users_id_uidx ON users (id);\n"));
    QVERIFY(r);
    const review::Findings found = r->ofRule(QStringLiteral("redundant-index"));
    QCOMPARE(indexNames(found),
             (QStringList{QStringLiteral("users_email_uidx"), QStringLiteral("users_id_uidx")}));
    for (const review::Finding &f : found) {
        QVERIFY2(f.message.contains(QLatin1String("same key")), qPrintable(f.message));
        if (f.object.index == QLatin1String("users_id_uidx"))
            QVERIFY2(f.message.contains(QLatin1String("the primary key users_pkey")),
                     qPrintable(f.message));
        else
            QVERIFY2(f.message.contains(QLatin1String("unique constraint users_email_key")),
                     qPrintable(f.message));
    }
}

void TstReviewIndexes::redundantUniqueWarnsAboutDependentFk()
{
    const auto r = reviewtest::reviewSql(QStringLiteral(
        "CREATE TABLE users (id bigint PRIMARY KEY);\n"
        "CREATE UNIQUE INDEX users_id_uidx ON users (id);\n"
        "CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));\n"));
    QVERIFY(r);
    const review::Findings found = r->ofRule(QStringLiteral("redundant-index"));
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().fix.startsWith(
                 QLatin1String("DROP INDEX CONCURRENTLY users_id_uidx;\n-- if an FK")),
             qPrintable(found.first().fix));
    QVERIFY(found.first().fix.contains(QLatin1String("posts")));
}

void TstReviewIndexes::duplicateDropsTheLaterOne()
{
    const auto r = reviewtest::reviewSql(
        QStringLiteral("CREATE TABLE users (id bigint PRIMARY KEY, email text);\n"
                       "CREATE INDEX users_email_idx ON users (email);\n"
                       "CREATE INDEX idx_users_email ON users (email);\n"));
    QVERIFY(r);
    const review::Findings found = r->ofRule(QStringLiteral("duplicate-index"));
    QCOMPARE(found.size(), 1);
    const review::Finding &f = found.first();
    QCOMPARE(f.object.index, QStringLiteral("idx_users_email"));
    QVERIFY2(f.message.contains(QLatin1String("duplicates users_email_idx")),
             qPrintable(f.message));
    QCOMPARE(f.fix, QStringLiteral("-- keep users_email_idx\nDROP INDEX CONCURRENTLY "
                                   "idx_users_email;"));
    QCOMPARE(f.location.line, 3);
    QVERIFY(r->ofRule(QStringLiteral("redundant-index")).isEmpty());
}

void TstReviewIndexes::sqliteFixes()
{
    const auto r = reviewtest::reviewSql(
        QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, product_id INTEGER,\n"
                       "  state TEXT, account_id INTEGER);\n"
                       "CREATE INDEX orders_product ON orders (product_id);\n"
                       "CREATE INDEX orders_product_id ON orders (product_id);\n"
                       "CREATE INDEX orders_id ON orders (id);\n"
                       "CREATE INDEX orders_account ON orders (account_id);\n"
                       "CREATE INDEX orders_state ON orders (state);\n"),
        true);
    QVERIFY(r);
    const review::Findings duplicates = r->ofRule(QStringLiteral("duplicate-index"));
    QCOMPARE(duplicates.size(), 1);
    QCOMPARE(duplicates.first().fix,
             QStringLiteral("-- keep orders_product\nDROP INDEX orders_product_id;"));
    const review::Findings redundant = r->ofRule(QStringLiteral("redundant-index"));
    QCOMPARE(redundant.size(), 1);
    QCOMPARE(redundant.first().fix, QStringLiteral("DROP INDEX orders_id;"));
    const review::Findings composite = r->ofRule(QStringLiteral("missing-composite-index"));
    QCOMPARE(composite.size(), 1);
    QVERIFY2(composite.first().fix.startsWith(QLatin1String(
                 "CREATE INDEX orders_account_id_state_idx ON orders (account_id, state);")),
             qPrintable(composite.first().fix));
    QVERIFY(composite.first().fix.endsWith(QLatin1String("DROP INDEX orders_account;")));
}

void TstReviewIndexes::schemaQualifiedFix()
{
    const auto r = reviewtest::reviewSql(QStringLiteral(
        "CREATE SCHEMA app;\n"
        "CREATE TABLE app.\"Order\" (id bigint PRIMARY KEY, \"customerId\" bigint);\n"
        "CREATE INDEX \"Order_customerId_idx\" ON app.\"Order\" (\"customerId\");\n"
        "CREATE INDEX \"Order_customerId_key\" ON app.\"Order\" (\"customerId\");\n"));
    QVERIFY(r);
    const review::Findings found = r->ofRule(QStringLiteral("duplicate-index"));
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().fix.endsWith(
                 QLatin1String("DROP INDEX CONCURRENTLY app.\"Order_customerId_key\";")),
             qPrintable(found.first().fix));
    QCOMPARE(found.first().object.schema, QStringLiteral("app"));
}

void TstReviewIndexes::overIndexedThresholdFromConfig()
{
    const QString sql =
        QStringLiteral("CREATE TABLE t (id bigint PRIMARY KEY, a int, b int, c int, d int);\n"
                       "CREATE INDEX ON t (a); CREATE INDEX ON t (b); CREATE INDEX ON t (c);\n"
                       "CREATE INDEX ON t (d);\n");
    const auto defaults = reviewtest::reviewSql(sql);
    QVERIFY(defaults);
    QVERIFY(defaults->ofRule(QStringLiteral("over-indexed-table")).isEmpty());
    review::ReviewConfig config;
    config.thresholds[QStringLiteral("over-indexed-table")][QStringLiteral("maxIndexes")] = 3;
    const auto tuned = reviewtest::reviewSql(sql, false, config);
    QVERIFY(tuned);
    const review::Findings found = tuned->ofRule(QStringLiteral("over-indexed-table"));
    QCOMPARE(found.size(), 1);
    QVERIFY2(found.first().message.contains(QLatin1String("t has 4 non-unique indexes")),
             qPrintable(found.first().message));
    QVERIFY(found.first().fix.contains(QLatin1String("pg_stat_user_indexes")));
    QCOMPARE(found.first().severity, review::Severity::Info);
}

void TstReviewIndexes::missingCompositeFix()
{
    const auto r = reviewtest::reviewSql(QStringLiteral(
        "CREATE TABLE tickets (id bigint PRIMARY KEY, tenant_id bigint, user_id bigint,\n"
        "  status text, created_at timestamptz);\n"
        "CREATE INDEX tickets_user_idx ON tickets (user_id);\n"
        "CREATE INDEX tickets_tenant_idx ON tickets (tenant_id);\n"
        "CREATE INDEX tickets_created_idx ON tickets (created_at);\n"
        "CREATE INDEX tickets_status_idx ON tickets (status);\n"));
    QVERIFY(r);
    const review::Findings found = r->ofRule(QStringLiteral("missing-composite-index"));
    QCOMPARE(found.size(), 1); // one per table: tenant before user, status before time
    const review::Finding &f = found.first();
    QCOMPARE(f.object.columns,
             (QStringList{QStringLiteral("tenant_id"), QStringLiteral("status")}));
    QVERIFY2(
        f.fix.startsWith(QLatin1String("CREATE INDEX CONCURRENTLY tickets_tenant_id_status_idx "
                                       "ON tickets (tenant_id, status);")),
        qPrintable(f.fix));
    QVERIFY(f.fix.endsWith(QLatin1String("DROP INDEX CONCURRENTLY tickets_tenant_idx;")));

    // A soft-delete marker asks for a partial index instead.
    const auto soft = reviewtest::reviewSql(QStringLiteral(
        "CREATE TABLE charges (id bigint PRIMARY KEY, organization_id bigint, deleted_at "
        "timestamptz);\n"
        "CREATE INDEX charges_org_idx ON charges (organization_id);\n"
        "CREATE INDEX charges_deleted_idx ON charges (deleted_at);\n"));
    QVERIFY(soft);
    const review::Findings live = soft->ofRule(QStringLiteral("missing-composite-index"));
    QCOMPARE(live.size(), 1);
    QCOMPARE(live.first().fix,
             QStringLiteral("CREATE INDEX CONCURRENTLY charges_organization_id_live_idx ON charges "
                            "(organization_id) WHERE deleted_at IS NULL;"));
}

void TstReviewIndexes::jsonbFix()
{
    // The schema indexes JSONB elsewhere: judged column by column.
    const auto r = reviewtest::reviewSql(QStringLiteral(
        "CREATE TABLE products (id bigint PRIMARY KEY, attributes jsonb, payload jsonb);\n"
        "CREATE TABLE pages (id bigint PRIMARY KEY, labels jsonb);\n"
        "CREATE INDEX pages_labels ON pages USING gin (labels);\n"));
    QVERIFY(r);
    const review::Findings found = r->ofRule(QStringLiteral("jsonb-no-gin"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().object.column, QStringLiteral("attributes"));
    QVERIFY2(found.first().fix.startsWith(
                 QLatin1String("CREATE INDEX CONCURRENTLY products_attributes_idx ON products "
                               "USING gin (attributes jsonb_path_ops);")),
             qPrintable(found.first().fix));
    // No JSONB column indexed anywhere: one finding for the schema, listing them all.
    const auto none = reviewtest::reviewSql(QStringLiteral(
        "CREATE TABLE products (id bigint PRIMARY KEY, attributes jsonb, payload jsonb);\n"
        "CREATE TABLE events (id bigint PRIMARY KEY, body jsonb NOT NULL);\n"));
    QVERIFY(none);
    const review::Findings schemaLevel = none->ofRule(QStringLiteral("jsonb-no-gin"));
    QCOMPARE(schemaLevel.size(), 1);
    QCOMPARE(schemaLevel.first().object.kind, review::ObjectRef::Kind::Schema);
    QCOMPARE(schemaLevel.first().object.columns,
             QStringList({QStringLiteral("public.products.attributes"),
                          QStringLiteral("public.products.payload"),
                          QStringLiteral("public.events.body")}));
    QCOMPARE(schemaLevel.first().confidence, review::Confidence::Medium);
    // SQLite has no jsonb: the rule does not run there.
    const auto lite = reviewtest::reviewSql(
        QStringLiteral("CREATE TABLE products (id INTEGER PRIMARY KEY, attributes jsonb);\n"),
        true);
    QVERIFY(lite);
    QVERIFY(lite->ofRule(QStringLiteral("jsonb-no-gin")).isEmpty());
}

void TstReviewIndexes::vectorFixes()
{
    const auto r = reviewtest::reviewSql(
        QStringLiteral("CREATE EXTENSION vector;\n"
                       "CREATE TABLE a (id bigint PRIMARY KEY, embedding vector(1536));\n"
                       "CREATE TABLE b (id bigint PRIMARY KEY, embedding vector(3072));\n"
                       "CREATE TABLE c (id bigint PRIMARY KEY, embedding vector(384));\n"
                       "CREATE INDEX c_embedding_ivf ON c USING ivfflat (embedding vector_l2_ops) "
                       "WITH (lists = 100);\n"));
    QVERIFY(r);
    const review::Findings found = r->ofRule(QStringLiteral("vector-index"));
    QCOMPARE(found.size(), 3);
    for (const review::Finding &f : found) {
        if (f.object.table == QLatin1String("a")) {
            QVERIFY2(
                f.fix.startsWith(QLatin1String("CREATE INDEX CONCURRENTLY a_embedding_idx ON a "
                                               "USING hnsw (embedding vector_cosine_ops);")),
                qPrintable(f.fix));
        } else if (f.object.table == QLatin1String("b")) {
            QVERIFY2(f.fix.contains(QLatin1String("USING hnsw ((embedding::halfvec(3072)) "
                                                  "halfvec_cosine_ops);")),
                     qPrintable(f.fix));
        } else {
            QCOMPARE(f.object.index, QStringLiteral("c_embedding_ivf"));
            QCOMPARE(f.object.column, QStringLiteral("embedding"));
            QCOMPARE(f.fix, QStringLiteral("CREATE INDEX CONCURRENTLY c_embedding_hnsw_idx ON c "
                                           "USING hnsw (embedding vector_l2_ops);\n"
                                           "DROP INDEX CONCURRENTLY c_embedding_ivf;"));
        }
    }
}

QTEST_GUILESS_MAIN(TstReviewIndexes)
#include "tst_review_indexes.moc"
