// Unit checks of the types family beyond tests/data/review/types/: the shared column facts
// (name words, CHECK value lists, review-file patterns) and the fix SQL the rules suggest.

#include "core/review/columnfacts.h"
#include "core/review/pointerindex.h"
#include "reviewtest.h"

#include <QTest>

using namespace schemalens;

namespace {

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList words(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out.append(QString::fromUtf8(t));
    return out;
}

} // namespace

class TstReviewTypes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void nameTokens_data();
    void nameTokens();
    void checkListsValues_data();
    void checkListsValues();
    void enumLikePatternsFromConfig();
    void enumLikeValidations();
    void fixSql();
    void storedFactsMatchFreshOnes();
    void pointerIndexFindsWhatWasInserted();
};

void TstReviewTypes::nameTokens_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("tokens");
    QTest::newRow("snake") << u("order_status") << words({"order", "status"});
    QTest::newRow("camel") << u("crawlStatus") << words({"crawl", "status"});
    QTest::newRow("pascal acronym") << u("HTTPStatus") << words({"http", "status"});
    QTest::newRow("digits") << u("v1_task") << words({"v1", "task"});
}

void TstReviewTypes::nameTokens()
{
    QFETCH(QString, name);
    QFETCH(QStringList, tokens);
    QCOMPARE(review::nameTokens(name), tokens);
}

void TstReviewTypes::checkListsValues_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<bool>("lists");
    // As PostgreSQL deparses CHECK (status IN ('a', 'b')) on a varchar column.
    QTest::newRow("pg any") << u("((status)::text = ANY ((ARRAY['a'::character varying, "
                                 "'b'::character varying])::text[]))")
                            << true;
    QTest::newRow("in") << u("status IN ('a', 'b')") << true;
    QTest::newRow("quoted") << u("\"status\" IN ('a')") << true;
    QTest::newRow("or") << u("(status = 'a') OR (status = 'b')") << true;
    QTest::newRow("lower") << u("lower(status) IN ('a')") << true;
    QTest::newRow("not in") << u("status NOT IN ('x')") << false;
    QTest::newRow("length") << u("length(status) = 3") << false;
    QTest::newRow("null") << u("status = null or char_length(status) > 0") << false;
    QTest::newRow("other column") << u("substatus IN ('a')") << false;
}

void TstReviewTypes::checkListsValues()
{
    QFETCH(QString, expression);
    QFETCH(bool, lists);
    model::CheckConstraint check;
    check.expression = expression;
    QCOMPARE(review::checkListsValues(check, QStringLiteral("status")), lists);
}

// The review file's patterns replace the built-in vocabulary, and see camelCase names in
// snake_case too.
void TstReviewTypes::enumLikePatternsFromConfig()
{
    const QString sql = QStringLiteral("CREATE TABLE t (id int PRIMARY KEY, status text, "
                                       "\"shippingCarrier\" text);");
    const auto builtin = reviewtest::reviewSql(sql);
    QVERIFY(builtin);
    QCOMPARE(builtin->ofRule(QStringLiteral("enum-like-no-check")).size(), 1);

    review::ReviewConfig config;
    config.enumLikePatterns = {QStringLiteral("_carrier$")};
    const auto custom = reviewtest::reviewSql(sql, false, config);
    QVERIFY(custom);
    const review::Findings found = custom->ofRule(QStringLiteral("enum-like-no-check"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().object.column, QStringLiteral("shippingCarrier"));
}

void TstReviewTypes::enumLikeValidations()
{
    const auto reviewed = reviewtest::reviewSql(QStringLiteral(
        "CREATE TYPE k AS ENUM ('a');\n"
        "CREATE DOMAIN level_t AS text CHECK (VALUE IN ('lo', 'hi'));\n"
        "CREATE TABLE kinds (kind text PRIMARY KEY);\n"
        "CREATE TABLE t (id int PRIMARY KEY, kind k, level level_t,\n"
        "  status text CHECK (status IN ('x')), category text REFERENCES kinds (kind),\n"
        "  role text);"));
    QVERIFY(reviewed);
    const review::ReviewConfig config;
    const review::ReviewContext context(reviewed->loaded.schema, reviewed->loaded.source, config);
    QMap<QString, review::EnumValidation> by;
    for (const review::EnumLikeColumn &c : review::enumLikeColumns(context))
        by.insert(c.table->name + QLatin1Char('.') + c.column->name, c.validation);
    QCOMPARE(by.value(QStringLiteral("t.kind")), review::EnumValidation::EnumType);
    QCOMPARE(by.value(QStringLiteral("t.level")), review::EnumValidation::Domain);
    QCOMPARE(by.value(QStringLiteral("t.status")), review::EnumValidation::Check);
    QCOMPARE(by.value(QStringLiteral("t.category")), review::EnumValidation::ForeignKey);
    QVERIFY(by.contains(QStringLiteral("t.role")));
    QCOMPARE(by.value(QStringLiteral("t.role")), review::EnumValidation::None);
    QVERIFY(!by.contains(QStringLiteral("kinds.kind"))); // the lookup table's own key
}

void TstReviewTypes::fixSql()
{
    const auto reviewed = reviewtest::reviewSql(QStringLiteral(
        "CREATE TYPE order_status AS ENUM ('pending', 'paid');\n"
        "CREATE TABLE orders (id int PRIMARY KEY, status text NOT NULL DEFAULT 'pending',\n"
        "  price double precision, is_gift smallint DEFAULT 1);\n"
        "CREATE TABLE devices (id varchar(36) PRIMARY KEY);\n"
        "CREATE TABLE pings (id int PRIMARY KEY, device_id varchar(36) REFERENCES devices (id));"));
    QVERIFY(reviewed);
    auto fixOf = [&](const char *rule) -> QString {
        const review::Findings found = reviewed->ofRule(QLatin1String(rule));
        return found.size() == 1 ? found.first().fix : QString();
    };
    QCOMPARE(
        fixOf("text-matches-enum"),
        QStringLiteral("ALTER TABLE orders ALTER COLUMN status DROP DEFAULT,\n"
                       "    ALTER COLUMN status TYPE order_status USING status::order_status,\n"
                       "    ALTER COLUMN status SET DEFAULT 'pending';"));
    QCOMPARE(fixOf("money-as-float"),
             QStringLiteral("ALTER TABLE orders ALTER COLUMN price TYPE numeric(19, 4) USING "
                            "round(price::numeric, 4);"));
    QVERIFY(fixOf("bool-as-int").contains(QLatin1String("SET DEFAULT true")));
    // The referencing column goes into the key's fix, not into a finding of its own.
    const QString uuidFix = fixOf("uuid-as-text");
    QVERIFY2(uuidFix.contains(QLatin1String("ALTER TABLE pings ALTER COLUMN device_id TYPE uuid")),
             qPrintable(uuidFix));
}

// The context computes every column's facts once, sharing what follows from a name or a
// (schema, type) pair between columns: the shared facts must be the column's own. Two schemas
// each with an enum `state`: the same type text resolves to a different enum per table.
void TstReviewTypes::storedFactsMatchFreshOnes()
{
    const auto reviewed = reviewtest::reviewSql(QStringLiteral(
        "CREATE SCHEMA a; CREATE SCHEMA b;\n"
        "CREATE TYPE a.state AS ENUM ('on', 'off');\n"
        "CREATE TYPE b.state AS ENUM ('up', 'down');\n"
        "CREATE DOMAIN a.label AS varchar(20);\n"
        "CREATE TABLE a.t (id int PRIMARY KEY, state state, \"createdAt\" timestamptz,\n"
        "  workspace_id int, tag a.label, kind text, notes text[]);\n"
        "CREATE TABLE b.t (id int PRIMARY KEY, state state, created_at timestamptz,\n"
        "  workspace_id int, tag int, kind text, notes text);"));
    QVERIFY(reviewed);
    const review::ReviewConfig config; // the context keeps a reference: not a temporary
    const review::ReviewContext context(reviewed->loaded.schema, reviewed->loaded.source, config);
    QHash<QString, const model::EnumType *> stateEnums;
    int columns = 0;
    for (const model::Table &table : reviewed->loaded.schema.tables) {
        for (const model::Column &column : table.columns) {
            const QString where =
                table.schema + QLatin1Char('.') + table.name + QLatin1Char('.') + column.name;
            const review::ColumnFacts *stored = context.storedFacts(column);
            QVERIFY2(stored, qPrintable(where));
            const review::ColumnFacts fresh = review::computeColumnFacts(context, table, column);
            QCOMPARE(stored->tokens, fresh.tokens);
            QCOMPARE(stored->snake, fresh.snake);
            QCOMPARE(stored->lowerName, fresh.lowerName);
            QCOMPARE(stored->baseType, fresh.baseType);
            QCOMPARE(stored->lowerType, fresh.lowerType);
            QVERIFY2(stored->enumType == fresh.enumType, qPrintable(where));
            QVERIFY2(stored->text == fresh.text, qPrintable(where));
            QVERIFY2(stored->enumLikeName == fresh.enumLikeName, qPrintable(where));
            QVERIFY2(stored->tenant == fresh.tenant, qPrintable(where));
            if (column.name == QLatin1String("state"))
                stateEnums.insert(table.schema, stored->enumType);
            ++columns;
        }
    }
    QCOMPARE(columns, 14);
    // Lookups alternating between the tables, backwards, find the same facts as in order (a
    // thread remembers the table of its last lookup), and a copy of a column is not stored.
    const QList<model::Table> &tables = reviewed->loaded.schema.tables;
    QCOMPARE(tables.size(), 2);
    for (qsizetype i = tables.at(0).columns.size() - 1; i >= 0; --i) {
        for (const model::Table &table : tables) {
            const model::Column &column = table.columns.at(i);
            QCOMPARE(context.storedFacts(column)->lowerName, column.name.toLower());
            QCOMPARE(context.storedFacts(column), &context.facts(column));
        }
    }
    const model::Column copy = tables.at(0).columns.at(2);
    QVERIFY(!context.storedFacts(copy));
    QCOMPARE(context.facts(copy).lowerName, copy.name.toLower());
    QVERIFY(stateEnums.value(QStringLiteral("a")));
    QCOMPARE(stateEnums.value(QStringLiteral("a"))->schema, QStringLiteral("a"));
    QCOMPARE(stateEnums.value(QStringLiteral("b"))->schema, QStringLiteral("b"));
}

// The column -> facts map: every inserted address found with its position through growth
// (collisions included: addresses 8 bytes apart in one array), absent ones not, and a second
// insert of an address replaces its position.
void TstReviewTypes::pointerIndexFindsWhatWasInserted()
{
    std::vector<double> objects(5000);
    review::PointerIndex index;
    QCOMPARE(index.find(&objects[0]), qsizetype(-1)); // empty: no table yet
    for (qsizetype i = 0; i < 3000; i += 2)
        index.insert(&objects[size_t(i)], i * 7);
    QCOMPARE(index.size(), qsizetype(1500));
    for (qsizetype i = 0; i < 3000; ++i)
        QCOMPARE(index.find(&objects[size_t(i)]), i % 2 == 0 ? i * 7 : qsizetype(-1));
    for (qsizetype i = 3000; i < 5000; ++i)
        QCOMPARE(index.find(&objects[size_t(i)]), qsizetype(-1));
    index.insert(&objects[10], 1);
    QCOMPARE(index.find(&objects[10]), qsizetype(1));
    QCOMPARE(index.size(), qsizetype(1500));

    review::PointerIndex reserved;
    reserved.reserve(100);
    for (qsizetype i = 0; i < 100; ++i)
        reserved.insert(&objects[size_t(i)], i);
    for (qsizetype i = 0; i < 100; ++i)
        QCOMPARE(reserved.find(&objects[size_t(i)]), i);
}

QTEST_GUILESS_MAIN(TstReviewTypes)
#include "tst_review_types.moc"
