// Soft-reference inference and the referential family's details that the data-driven rule
// cases (tests/data/review/referential/) do not see: which key a soft reference points at
// and why, the word helpers behind it, fix SQL per dialect, and messages naming the path.

#include "core/review/rules/referential_p.h"
#include "reviewtest.h"

#include <QTest>

using namespace schemalens;
using namespace schemalens::review;

class TstReviewInference : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void words_data();
    void words();
    void referenceStem_data();
    void referenceStem();
    void softReferences_data();
    void softReferences();
    void externalTarget();
    void keyTypes();
    void fixSql();
    void cascadePathMessage();
    void cycleMessage();
};

void TstReviewInference::words_data()
{
    QTest::addColumn<QString>("singular");
    QTest::addColumn<QString>("plural");
    QTest::newRow("s") << "user"
                       << "users";
    QTest::newRow("ies") << "category"
                         << "categories";
    QTest::newRow("vowel y") << "survey"
                             << "surveys";
    QTest::newRow("es") << "address"
                        << "addresses";
    QTest::newRow("ch") << "batch"
                        << "batches";
    QTest::newRow("status") << "status"
                            << "statuses";
    QTest::newRow("irregular") << "person"
                               << "people";
    QTest::newRow("last word only") << "payment_method"
                                    << "payment_methods";
    QTest::newRow("irregular last word") << "team_child"
                                         << "team_children";
}

void TstReviewInference::words()
{
    QFETCH(QString, singular);
    QFETCH(QString, plural);
    QCOMPARE(referential::pluralOf(singular), plural);
    QCOMPARE(referential::singularOf(plural), singular);
}

void TstReviewInference::referenceStem_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("stem");
    QTest::newRow("snake") << "user_id"
                           << "user";
    QTest::newRow("snake upper") << "USER_ID"
                                 << "user";
    QTest::newRow("camel") << "userId"
                           << "user";
    QTest::newRow("camel ID") << "teamMemberID"
                              << "team_member";
    QTest::newRow("pascal") << "TrackId"
                            << "track";
    QTest::newRow("not a reference") << "paid"
                                     << "";
    QTest::newRow("uuid") << "UUID"
                          << "";
    QTest::newRow("bare id") << "id"
                             << "";
}

void TstReviewInference::referenceStem()
{
    QFETCH(QString, column);
    QFETCH(QString, stem);
    QCOMPARE(referential::referenceStem(column), stem);
}

void TstReviewInference::softReferences_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("sqlite");
    QTest::addColumn<QStringList>("expected"); // "table.column->target.key:reason"

    QTest::newRow("name, plural, self, prefix")
        << QStringLiteral(
               "CREATE TABLE member (id bigint PRIMARY KEY);\n"
               "CREATE TABLE addresses (id bigint PRIMARY KEY);\n"
               "CREATE TABLE comments (id bigint PRIMARY KEY, member_id bigint, parent_id bigint,\n"
               "  shipping_address_id bigint);")
        << false
        << QStringList{QStringLiteral("comments.member_id->member.id:name"),
                       QStringLiteral("comments.parent_id->comments.id:self"),
                       QStringLiteral("comments.shipping_address_id->addresses.id:prefix")};
    QTest::newRow("plural and own-named key")
        << QStringLiteral("CREATE TABLE films (film_id integer PRIMARY KEY);\n"
                          "CREATE TABLE rentals (id integer PRIMARY KEY, film_id integer);")
        << false << QStringList{QStringLiteral("rentals.film_id->films.film_id:plural")};
    QTest::newRow("type family must match")
        << QStringLiteral("CREATE TABLE users (id uuid PRIMARY KEY);\n"
                          "CREATE TABLE a (id uuid PRIMARY KEY, user_id bigint);\n"
                          "CREATE TABLE b (id uuid PRIMARY KEY, user_id uuid);")
        << false << QStringList{QStringLiteral("b.user_id->users.id:plural")};
    QTest::newRow("same schema preferred, ambiguity skipped")
        << QStringLiteral(
               "CREATE SCHEMA billing; CREATE SCHEMA crm; CREATE SCHEMA ops;\n"
               "CREATE TABLE billing.accounts (id bigint PRIMARY KEY);\n"
               "CREATE TABLE crm.accounts (id bigint PRIMARY KEY);\n"
               "CREATE TABLE billing.invoices (id bigint PRIMARY KEY, account_id bigint);\n"
               "CREATE TABLE ops.tickets (id bigint PRIMARY KEY, account_id bigint);")
        << false << QStringList{QStringLiteral("invoices.account_id->accounts.id:plural")};
    QTest::newRow("sqlite affinity")
        << QStringLiteral("CREATE TABLE artists (id INTEGER PRIMARY KEY);\n"
                          "CREATE TABLE albums (id INTEGER PRIMARY KEY, artist_id INT,\n"
                          "  label_id TEXT);\n"
                          "CREATE TABLE labels (id INTEGER PRIMARY KEY);")
        << true << QStringList{QStringLiteral("albums.artist_id->artists.id:plural")};
}

void TstReviewInference::softReferences()
{
    QFETCH(QString, sql);
    QFETCH(bool, sqlite);
    QFETCH(QStringList, expected);
    const auto reviewed = reviewtest::reviewSql(sql, sqlite);
    QVERIFY(reviewed);
    QStringList actual;
    for (const SoftReference &soft : reviewed->result.softReferences)
        actual.append(soft.table->name + QLatin1Char('.') + soft.column + QLatin1String("->") +
                      soft.target->name + QLatin1Char('.') + soft.targetColumn + QLatin1Char(':') +
                      soft.reason);
    QCOMPARE(actual, expected);
}

// A platform table the source only references (Supabase's auth.users) is a valid target.
void TstReviewInference::externalTarget()
{
    const auto reviewed = reviewtest::reviewSql(
        QStringLiteral("CREATE TABLE profiles (id uuid PRIMARY KEY REFERENCES auth.users (id));\n"
                       "CREATE TABLE notes (id bigint PRIMARY KEY, user_id uuid NOT NULL);"));
    QVERIFY(reviewed);
    QCOMPARE(reviewed->result.softReferences.size(), 1);
    const SoftReference &soft = reviewed->result.softReferences.constFirst();
    QCOMPARE(soft.column, QStringLiteral("user_id"));
    QCOMPARE(soft.target->schema, QStringLiteral("auth"));
    QVERIFY(soft.target->external);
}

void TstReviewInference::keyTypes()
{
    const auto reviewed = reviewtest::reviewSql(QStringLiteral(
        "CREATE DOMAIN ref AS bigint;\n"
        "CREATE TABLE t (a character varying(36), b text, c bigserial, d ref, e char(3),\n"
        "  f integer[], g timestamp(3) without time zone);"));
    QVERIFY(reviewed);
    const load::MigrationPlan &plan = reviewed->loaded.source;
    const ReviewContext context(reviewed->loaded.schema, plan, ReviewConfig{});
    const model::Table *t = context.table(QStringLiteral("public"), QStringLiteral("t"));
    QVERIFY(t);
    auto type = [&](const char *column) {
        return referential::keyType(context, *t->column(QString::fromLatin1(column)));
    };
    QCOMPARE(type("a"), QStringLiteral("text"));
    QCOMPARE(type("b"), QStringLiteral("text"));
    QCOMPARE(type("c"), QStringLiteral("bigint"));
    QCOMPARE(type("d"), QStringLiteral("bigint"));
    QCOMPARE(type("e"), QStringLiteral("character"));
    QCOMPARE(type("f"), QStringLiteral("integer[]"));
    QCOMPARE(type("g"), QStringLiteral("timestamp without time zone"));
}

void TstReviewInference::fixSql()
{
    const QString schema =
        QStringLiteral("CREATE TABLE users (id bigint PRIMARY KEY);\n"
                       "CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint NOT NULL,\n"
                       "  editor_id bigint REFERENCES users ON DELETE SET NULL);");
    const auto pg = reviewtest::reviewSql(schema);
    QVERIFY(pg);
    const Findings soft = pg->ofRule(QStringLiteral("soft-fk"));
    QCOMPARE(soft.size(), 1);
    QCOMPARE(soft.constFirst().fix,
             QStringLiteral("ALTER TABLE posts ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY "
                            "(user_id) REFERENCES users (id) NOT VALID;\n"
                            "ALTER TABLE posts VALIDATE CONSTRAINT posts_user_id_fkey;"));
    QCOMPARE(soft.constFirst().object.refTable, QStringLiteral("users"));
    QStringList indexFixes;
    for (const Finding &f : pg->ofRule(QStringLiteral("fk-missing-index")))
        indexFixes.append(f.fix);
    indexFixes.sort();
    QCOMPARE(indexFixes,
             (QStringList{QStringLiteral("CREATE INDEX CONCURRENTLY posts_editor_id_idx ON posts "
                                         "(editor_id);"),
                          QStringLiteral("CREATE INDEX CONCURRENTLY posts_user_id_idx ON posts "
                                         "(user_id);")}));

    const auto lite = reviewtest::reviewSql(
        QString(schema).replace(QLatin1String("bigint"), QLatin1String("INTEGER")), true);
    QVERIFY(lite);
    const Findings liteSoft = lite->ofRule(QStringLiteral("soft-fk"));
    QCOMPARE(liteSoft.size(), 1);
    QVERIFY2(liteSoft.constFirst().fix.startsWith(QLatin1String("-- SQLite cannot add")),
             qPrintable(liteSoft.constFirst().fix));
    QVERIFY(liteSoft.constFirst().fix.endsWith(
        QLatin1String("FOREIGN KEY (user_id) REFERENCES users (id)")));
    for (const Finding &f : lite->ofRule(QStringLiteral("fk-missing-index")))
        QVERIFY2(f.fix.startsWith(QLatin1String("CREATE INDEX posts_")), qPrintable(f.fix));
}

void TstReviewInference::cascadePathMessage()
{
    const auto reviewed = reviewtest::reviewSql(QStringLiteral(
        "CREATE TABLE customers (id bigint PRIMARY KEY);\n"
        "CREATE TABLE orders (id bigint PRIMARY KEY,\n"
        "  customer_id bigint REFERENCES customers ON DELETE CASCADE);\n"
        "CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint REFERENCES orders);"));
    QVERIFY(reviewed);
    const Findings blocked = reviewed->ofRule(QStringLiteral("cascade-blocked"));
    QCOMPARE(blocked.size(), 1);
    const Finding &f = blocked.constFirst();
    QVERIFY2(f.message.contains(QStringLiteral("customers → orders")), qPrintable(f.message));
    QCOMPARE(f.object.tables,
             (QStringList{QStringLiteral("public.customers"), QStringLiteral("public.orders"),
                          QStringLiteral("public.invoices")}));
    QVERIFY2(f.fix.contains(QLatin1String("ON DELETE CASCADE")), qPrintable(f.fix));
}

void TstReviewInference::cycleMessage()
{
    const auto reviewed = reviewtest::reviewSql(QStringLiteral(
        "CREATE TABLE a (id bigint PRIMARY KEY, b_id bigint NOT NULL);\n"
        "CREATE TABLE b (id bigint PRIMARY KEY, a_id bigint REFERENCES a DEFERRABLE);\n"
        "ALTER TABLE a ADD CONSTRAINT a_b_fkey FOREIGN KEY (b_id) REFERENCES b;"));
    QVERIFY(reviewed);
    const Findings cycles = reviewed->ofRule(QStringLiteral("circular-fk"));
    QCOMPARE(cycles.size(), 1);
    QCOMPARE(cycles.constFirst().message, QStringLiteral("Foreign keys form a cycle: a → b → a"));
    QCOMPARE(cycles.constFirst().object.tables,
             (QStringList{QStringLiteral("public.a"), QStringLiteral("public.b")}));
}

QTEST_GUILESS_MAIN(TstReviewInference)
#include "tst_review_inference.moc"
