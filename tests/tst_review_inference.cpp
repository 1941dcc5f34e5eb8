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
    void sameColumnSet_data();
    void sameColumnSet();
    void softReferences_data();
    void softReferences();
    void externalTarget();
    void keyTypes();
    void fixSql();
    void cascadePathMessage();
    void cycleMessage();
    void deliberateReferences_data();
    void deliberateReferences();
    void onDeleteOneFinding();
    void partialIndexPredicates_data();
    void partialIndexPredicates();
    void polymorphicVerdicts();
    void confidence();
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
    QTest::newRow("role names: the owner's family table")
        << QStringLiteral(
               "CREATE TABLE users (id uuid PRIMARY KEY);\n"
               "CREATE TABLE revisions (id uuid PRIMARY KEY);\n"
               "CREATE TABLE documents (id uuid PRIMARY KEY, current_revision_id uuid,\n"
               "  owner_user_id uuid, revision_id uuid);\n"
               "CREATE TABLE document_revisions (id uuid PRIMARY KEY,\n"
               "  document_id uuid REFERENCES documents, parent_revision_id uuid);\n"
               "CREATE TABLE document_users (id uuid PRIMARY KEY,\n"
               "  document_id uuid REFERENCES documents, user_id uuid REFERENCES users);")
        << false
        << QStringList{
               QStringLiteral("documents.current_revision_id->document_revisions.id:family"),
               QStringLiteral("documents.owner_user_id->users.id:prefix"),
               QStringLiteral("documents.revision_id->revisions.id:plural"),
               QStringLiteral("document_revisions.parent_revision_id->document_revisions.id:self")};
    QTest::newRow("role names: blob keys in sqlite")
        << QStringLiteral("CREATE TABLE projects (id BLOB PRIMARY KEY, latest_build_id BLOB,\n"
                          "  latest_note_id TEXT);\n"
                          "CREATE TABLE project_builds (id BLOB PRIMARY KEY,\n"
                          "  project_id BLOB REFERENCES projects (id));\n"
                          "CREATE TABLE project_notes (id BLOB PRIMARY KEY,\n"
                          "  project_id BLOB REFERENCES projects (id));")
        << true
        << QStringList{QStringLiteral("projects.latest_build_id->project_builds.id:family")};
    QTest::newRow("ids of other systems")
        << QStringLiteral(
               "CREATE TABLE customers (id bigint PRIMARY KEY);\n"
               "CREATE TABLE providers (id bigint PRIMARY KEY);\n"
               "CREATE TABLE accounts (id bigint PRIMARY KEY, stripe_customer_id bigint,\n"
               "  provider_id bigint, external_customer_id bigint);")
        << false << QStringList{QStringLiteral("accounts.provider_id->providers.id:plural")};
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
    const ReviewConfig config;
    const ReviewContext context(reviewed->loaded.schema, plan, config);
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
    // The soft reference carries its missing index (fk-missing-index does not repeat it).
    QCOMPARE(soft.constFirst().fix,
             QStringLiteral("ALTER TABLE posts ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY "
                            "(user_id) REFERENCES users (id) NOT VALID;\n"
                            "ALTER TABLE posts VALIDATE CONSTRAINT posts_user_id_fkey;\n"
                            "CREATE INDEX CONCURRENTLY posts_user_id_idx ON posts (user_id);"));
    QVERIFY2(soft.constFirst().message.contains(QLatin1String("nor an index")),
             qPrintable(soft.constFirst().message));
    QCOMPARE(soft.constFirst().object.refTable, QStringLiteral("users"));
    QStringList indexFixes;
    for (const Finding &f : pg->ofRule(QStringLiteral("fk-missing-index")))
        indexFixes.append(f.fix);
    QCOMPARE(indexFixes,
             (QStringList{QStringLiteral("CREATE INDEX CONCURRENTLY "
                                         "posts_editor_id_idx ON posts (editor_id);")}));

    const auto lite = reviewtest::reviewSql(
        QString(schema).replace(QLatin1String("bigint"), QLatin1String("INTEGER")), true);
    QVERIFY(lite);
    const Findings liteSoft = lite->ofRule(QStringLiteral("soft-fk"));
    QCOMPARE(liteSoft.size(), 1);
    QVERIFY2(liteSoft.constFirst().fix.startsWith(QLatin1String("-- SQLite cannot add")),
             qPrintable(liteSoft.constFirst().fix));
    QVERIFY(liteSoft.constFirst().fix.endsWith(
        QLatin1String("FOREIGN KEY (user_id) REFERENCES users (id)\n"
                      "CREATE INDEX posts_user_id_idx ON posts (user_id);")));
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

// References whose constraint is missing by decision are still inferred (the diagram draws
// them) but marked, and soft-fk says nothing about them one by one.
void TstReviewInference::deliberateReferences_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("expected"); // "table.column:deliberate"
    const QString root = QStringLiteral(SCHEMALENS_TEST_DATA "/review/referential/");
    QTest::newRow("dropped by a migration")
        << root + QStringLiteral("soft-fk-dropped")
        << QStringList{QStringLiteral("events.tenant_id:dropped"),
                       QStringLiteral("logs.tenant_id:dropped"),
                       QStringLiteral("metrics.tenant_id:target-dropped"),
                       QStringLiteral("comments.user_id:")};
    QTest::newRow("dropped by a sqlite rebuild")
        << root + QStringLiteral("soft-fk-dropped.sqlite")
        << QStringList{QStringLiteral("notes.user_id:dropped"), QStringLiteral("likes.user_id:")};
    QTest::newRow("conventions of a target and of a table family")
        << root + QStringLiteral("soft-fk-convention.sql")
        << QStringList{QStringLiteral("notes.author_id:"),
                       QStringLiteral("messages.room_id:no-fks@public.rooms"),
                       QStringLiteral("receipts.room_id:no-fks@public.rooms"),
                       QStringLiteral("aliases.room_id:no-fks@public.rooms"),
                       QStringLiteral("tags.room_id:no-fks@public.rooms"),
                       QStringLiteral("invites.room_id:no-fks@public.rooms"),
                       QStringLiteral("stats_daily.book_id:no-fks:stats"),
                       QStringLiteral("stats_weekly.book_id:no-fks:stats"),
                       QStringLiteral("stats_authors.author_id:no-fks:stats")};
    QTest::newRow("no foreign keys at all")
        << root + QStringLiteral("soft-fk-no-fks.sql")
        << QStringList{
               QStringLiteral("events.tenant_id:no-fks"), QStringLiteral("jobs.tenant_id:no-fks"),
               QStringLiteral("workers.tenant_id:no-fks"), QStringLiteral("workers.job_id:no-fks")};
}

void TstReviewInference::deliberateReferences()
{
    QFETCH(QString, path);
    QFETCH(QStringList, expected);
    const auto reviewed = reviewtest::reviewPath(path);
    QVERIFY(reviewed);
    QStringList actual;
    for (const SoftReference &soft : reviewed->result.softReferences)
        actual.append(soft.table->name + QLatin1Char('.') + soft.column + QLatin1Char(':') +
                      soft.deliberate);
    QCOMPARE(actual, expected);
}

// One foreign key, one finding about its ON DELETE policy, naming every angle.
void TstReviewInference::onDeleteOneFinding()
{
    const auto reviewed = reviewtest::reviewPath(
        QStringLiteral(SCHEMALENS_TEST_DATA "/review/referential/on-delete-one-finding.sql"));
    QVERIFY(reviewed);
    const Findings blocked = reviewed->ofRule(QStringLiteral("cascade-blocked"));
    QCOMPARE(blocked.size(), 1);
    const QString &message = blocked.constFirst().message;
    QVERIFY2(message.contains(QStringLiteral("blocks the cascade users → orders")),
             qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("; it is also unlike 2 of the 3 order_id → orders "
                                             "foreign keys (ON DELETE CASCADE)")),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("; it also states no ON DELETE")), qPrintable(message));
    const Findings inconsistent = reviewed->ofRule(QStringLiteral("cascade-inconsistent"));
    QCOMPARE(inconsistent.size(), 1);
    QVERIFY2(inconsistent.constFirst().message.contains(QLatin1String("states no ON DELETE")),
             qPrintable(inconsistent.constFirst().message));
    QVERIFY2(inconsistent.constFirst().fix.contains(QLatin1String("ON DELETE CASCADE")),
             qPrintable(inconsistent.constFirst().fix));

    // Schema-wide: the majority policy is named.
    const auto schema = reviewtest::reviewPath(
        QStringLiteral(SCHEMALENS_TEST_DATA "/review/referential/fk-no-on-delete-schema.sql"));
    QVERIFY(schema);
    const Findings unstated = schema->ofRule(QStringLiteral("fk-no-on-delete"));
    QCOMPARE(unstated.size(), 1);
    QVERIFY2(unstated.constFirst().message.contains(
                 QLatin1String("while 5 of the 6 foreign keys of the schema do (mostly ON DELETE "
                               "CASCADE)")),
             qPrintable(unstated.constFirst().message));
    QCOMPARE(unstated.constFirst().confidence, Confidence::Medium);
}

void TstReviewInference::partialIndexPredicates_data()
{
    QTest::addColumn<QString>("predicate");
    QTest::addColumn<bool>("serves");
    QTest::newRow("implied by the lookup") << "(user_id IS NOT NULL)" << true;
    QTest::newRow("quoted, implied") << "(\"userId\" IS NOT NULL)" << true;
    QTest::newRow("live rows") << "(deleted_at IS NULL)" << true;
    QTest::newRow("live rows, camel") << "(\"deletedAt\" IS NULL)" << true;
    QTest::newRow("not archived") << "(NOT archived)" << true;
    QTest::newRow("is_deleted false") << "(is_deleted = false)" << true;
    QTest::newRow("both") << "((user_id IS NOT NULL) AND (deleted_at IS NULL))" << true;
    QTest::newRow("another column not null") << "(created_at IS NOT NULL)" << false;
    QTest::newRow("a status") << "(status = 'open'::text)" << false;
    QTest::newRow("or") << "((deleted_at IS NULL) OR (user_id IS NOT NULL))" << false;
    QTest::newRow("the key is null") << "(user_id IS NULL)" << false;
}

void TstReviewInference::partialIndexPredicates()
{
    QFETCH(QString, predicate);
    QFETCH(bool, serves);
    QCOMPARE(ReviewContext::servesForeignKeyLookups(
                 predicate, {QStringLiteral("user_id"), QStringLiteral("userId")}),
             serves);
}

void TstReviewInference::polymorphicVerdicts()
{
    const auto reviewed = reviewtest::reviewPath(
        QStringLiteral(SCHEMALENS_TEST_DATA "/review/referential/polymorphic-fk-values.sql"));
    QVERIFY(reviewed);
    const ReviewConfig config;
    const ReviewContext context(reviewed->loaded.schema, reviewed->loaded.source, config);
    const QSet<QString> names = referential::tableNames(context);
    QStringList verdicts;
    for (const model::Table *table : context.tables()) {
        for (const referential::PolymorphicPair &pair :
             referential::polymorphicPairs(context, *table, names))
            verdicts.append(table->name + QLatin1Char('.') + pair.idColumn + QLatin1Char(':') +
                            (pair.explanation.isEmpty()
                                 ? QStringLiteral("targets ") + pair.targets.join(QLatin1Char(','))
                                 : pair.explanation));
    }
    QCOMPARE(verdicts, (QStringList{QStringLiteral("comments.commentable_id:targets "
                                                   "public.posts,public.photos"),
                                    QStringLiteral("notifications.recipient_id:targets "
                                                   "public.users"),
                                    QStringLiteral("subscriptions.plan_id:kinds"),
                                    QStringLiteral("deployments.environment_id:kinds"),
                                    QStringLiteral("payment_methods.provider_method_id:external"),
                                    QStringLiteral("remote_files.file_id:identity")}));
    const Findings found = reviewed->ofRule(QStringLiteral("polymorphic-fk"));
    QCOMPARE(found.size(), 2);
    QCOMPARE(found.constFirst().confidence, Confidence::High);
    QVERIFY2(found.constFirst().message.contains(QLatin1String("into posts, photos")) ||
                 found.constLast().message.contains(QLatin1String("into posts, photos")),
             qPrintable(found.constFirst().message));
}

// Confidence follows the evidence: a declared key's problem is High, an inference Medium or
// Low.
void TstReviewInference::confidence()
{
    const auto reviewed = reviewtest::reviewSql(QStringLiteral(
        "CREATE TABLE users (id bigint PRIMARY KEY);\n"
        "CREATE TABLE addresses (id bigint PRIMARY KEY);\n"
        "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users,\n"
        "  customer_user_id bigint, billing_address_id bigint);\n"
        "CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint, author_id bigint REFERENCES "
        "users);\n"
        "CREATE INDEX orders_billing ON orders (billing_address_id);"));
    QVERIFY(reviewed);
    QMap<QString, Confidence> byColumn;
    for (const Finding &f : reviewed->ofRule(QStringLiteral("soft-fk")))
        byColumn.insert(f.object.table + QLatin1Char('.') + f.object.column, f.confidence);
    QCOMPARE(byColumn.value(QStringLiteral("posts.user_id")), Confidence::Medium); // exact name
    QCOMPARE(byColumn.value(QStringLiteral("orders.customer_user_id")), Confidence::Low);
    QCOMPARE(byColumn.value(QStringLiteral("orders.billing_address_id")),
             Confidence::Medium); // an index corroborates the role name
    for (const Finding &f : reviewed->ofRule(QStringLiteral("fk-missing-index")))
        QCOMPARE(f.confidence, Confidence::High);
}

// Key column sets compared in place (dangling-reference asks it for every foreign key and
// every key of its target): order and repeats do not matter, missing or extra columns do.
void TstReviewInference::sameColumnSet_data()
{
    QTest::addColumn<QStringList>("a");
    QTest::addColumn<QStringList>("b");
    QTest::addColumn<bool>("same");
    const QString id = QStringLiteral("id"), org = QStringLiteral("org_id"),
                  slug = QStringLiteral("slug");
    QTest::newRow("equal") << QStringList{id} << QStringList{id} << true;
    QTest::newRow("order") << QStringList{org, id} << QStringList{id, org} << true;
    QTest::newRow("repeat in a") << QStringList{id, id, org} << QStringList{org, id} << true;
    QTest::newRow("repeat in b") << QStringList{org, id} << QStringList{id, org, org} << true;
    QTest::newRow("subset") << QStringList{id} << QStringList{id, org} << false;
    QTest::newRow("superset") << QStringList{id, org} << QStringList{id} << false;
    QTest::newRow("repeat hides a missing one")
        << QStringList{id, id} << QStringList{id, org} << false;
    QTest::newRow("other") << QStringList{id, slug} << QStringList{id, org} << false;
    QTest::newRow("both empty") << QStringList{} << QStringList{} << true;
    QTest::newRow("one empty") << QStringList{} << QStringList{id} << false;
    QTest::newRow("case matters") << QStringList{QStringLiteral("ID")} << QStringList{id} << false;
}

void TstReviewInference::sameColumnSet()
{
    QFETCH(QStringList, a);
    QFETCH(QStringList, b);
    QFETCH(bool, same);
    QCOMPARE(review::referential::sameColumnSet(a, b), same);
    QCOMPARE(review::referential::sameColumnSet(b, a), same);
    QCOMPARE(review::referential::sameColumnSet(a, b),
             QSet<QString>(a.cbegin(), a.cend()) == QSet<QString>(b.cbegin(), b.cend()));
}

QTEST_GUILESS_MAIN(TstReviewInference)
#include "tst_review_inference.moc"
