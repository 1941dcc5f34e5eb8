// Tests for the naming half of core/load/pg/pgexpr.h: quote_identifier(), format_type()
// and the names PostgreSQL generates for constraints and indexes. Expected type names and
// object names were taken from a PostgreSQL 15 server (format_type() of columns declared
// the same way, catalog names after CREATE without names).

#include "core/load/pg/pgexpr.h"

#include "tests/pgtest_parse.h"

#include <QTest>

namespace pg = schemalens::load::pg;
using namespace pgtest;

class TstPgNames : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quoteIdentifier_data();
    void quoteIdentifier();
    void formatType_data();
    void formatType();
    void formatTypeInFunctions();
    void isSerialType_data();
    void isSerialType();
    void chooseName_data();
    void chooseName();
    void columnNamesPart_data();
    void columnNamesPart();
    void chooseIndexColumnNames();
    void figureIndexColname_data();
    void figureIndexColname();
    void indexNamesLikePostgres_data();
    void indexNamesLikePostgres();
    void checkConstraintColumn_data();
    void checkConstraintColumn();
};

// --- identifiers and types ---------------------------------------------------------------

void TstPgNames::quoteIdentifier_data()
{
    QTest::addColumn<QString>("ident");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "abc"
                           << "abc";
    QTest::newRow("underscore digits") << "_x1"
                                       << "_x1";
    QTest::newRow("upper") << "Abc"
                           << "\"Abc\"";
    QTest::newRow("reserved") << "select"
                              << "\"select\"";
    QTest::newRow("reserved user") << "user"
                                   << "\"user\"";
    QTest::newRow("type_func_name keyword") << "left"
                                            << "\"left\"";
    QTest::newRow("col_name keyword") << "int"
                                      << "\"int\"";
    QTest::newRow("unreserved keyword") << "name"
                                        << "name";
    QTest::newRow("unreserved keyword 2") << "version"
                                          << "version";
    QTest::newRow("space") << "a b"
                           << "\"a b\"";
    QTest::newRow("leading digit") << "1abc"
                                   << "\"1abc\"";
    QTest::newRow("dollar") << "a$b"
                            << "\"a$b\"";
    QTest::newRow("embedded quote") << "a\"b"
                                    << "\"a\"\"b\"";
    QTest::newRow("empty") << ""
                           << "\"\"";
    QTest::newRow("non-ascii") << "é"
                               << "\"é\"";
}

void TstPgNames::quoteIdentifier()
{
    QFETCH(QString, ident);
    QFETCH(QString, expected);
    QCOMPARE(pg::quoteIdentifier(ident), expected);
}

void TstPgNames::formatType_data()
{
    // Expected values are format_type(atttypid, atttypmod) of a PostgreSQL 15 column
    // declared with the same text (types created beforehand where needed).
    QTest::addColumn<QString>("decl");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *decl, const char *expected) {
        QTest::newRow(decl) << QString::fromUtf8(decl) << QString::fromUtf8(expected);
    };
    row("int", "integer");
    row("integer", "integer");
    row("int4", "integer");
    row("int8", "bigint");
    row("bigint", "bigint");
    row("int2", "smallint");
    row("smallint", "smallint");
    row("float8", "double precision");
    row("double precision", "double precision");
    row("float4", "real");
    row("real", "real");
    row("float(10)", "real");
    row("float(40)", "double precision");
    row("bool", "boolean");
    row("boolean", "boolean");
    row("varchar(255)", "character varying(255)");
    row("varchar", "character varying");
    row("character varying(3)[]", "character varying(3)[]");
    row("national character varying(4)", "character varying(4)");
    row("\"varchar\"(5)", "character varying(5)");
    row("bpchar(3)", "character(3)");
    row("char(3)", "character(3)");
    row("char", "character(1)");
    row("character", "character(1)");
    row("bpchar", "bpchar");
    row("pg_catalog.bpchar", "bpchar");
    row("\"char\"", "\"char\"");
    row("\"char\"[]", "\"char\"[]");
    row("numeric(10,2)", "numeric(10,2)");
    row("numeric", "numeric");
    row("numeric(10)", "numeric(10,0)");
    row("decimal(4)", "numeric(4,0)");
    row("dec", "numeric");
    row("\"numeric\"(7,3)", "numeric(7,3)");
    row("timestamp", "timestamp without time zone");
    row("timestamp(6)", "timestamp(6) without time zone");
    row("timestamp(0) without time zone", "timestamp(0) without time zone");
    row("timestamp(7)", "timestamp(6) without time zone");
    row("\"timestamp\"", "timestamp without time zone");
    row("timestamptz", "timestamp with time zone");
    row("timestamptz(3)", "timestamp(3) with time zone");
    row("timestamp with time zone", "timestamp with time zone");
    row("timestamp(0) with time zone", "timestamp(0) with time zone");
    row("time", "time without time zone");
    row("time(2)", "time(2) without time zone");
    row("timetz", "time with time zone");
    row("time(0) with time zone", "time(0) with time zone");
    row("interval", "interval");
    row("interval(3)", "interval(3)");
    row("interval year", "interval year");
    row("interval month", "interval month");
    row("interval day", "interval day");
    row("interval hour", "interval hour");
    row("interval minute", "interval minute");
    row("interval second", "interval second");
    row("interval second(2)", "interval second(2)");
    row("interval year to month", "interval year to month");
    row("interval day to hour", "interval day to hour");
    row("interval day to minute", "interval day to minute");
    row("interval day to second", "interval day to second");
    row("interval day to second(3)", "interval day to second(3)");
    row("interval hour to minute", "interval hour to minute");
    row("interval hour to second", "interval hour to second");
    row("interval hour to second(6)", "interval hour to second(6)");
    row("interval minute to second(0)", "interval minute to second(0)");
    row("bit(8)", "bit(8)");
    row("bit", "bit(1)");
    row("\"bit\"", "\"bit\"");
    row("varbit(5)", "bit varying(5)");
    row("bit varying", "bit varying");
    row("serial", "integer");
    row("serial4", "integer");
    row("bigserial", "bigint");
    row("serial8", "bigint");
    row("smallserial", "smallint");
    row("serial2", "smallint");
    row("text", "text");
    row("pg_catalog.text", "text");
    row("text[]", "text[]");
    row("int[]", "integer[]");
    row("int[][]", "integer[]");
    row("int ARRAY", "integer[]");
    row("int array[4]", "integer[]");
    row("numeric(5,1)[3]", "numeric(5,1)[]");
    row("double precision[]", "double precision[]");
    row("name", "name");
    row("jsonb", "jsonb");
    row("uuid", "uuid");
    row("oid", "oid");
    row("regclass", "regclass");
    row("auth.aal_level", "auth.aal_level");
    row("public.my_enum", "my_enum");
    row("my_enum[]", "my_enum[]");
    row("\"MyEnum\"", "\"MyEnum\"");
    row("public.\"MyEnum\"", "\"MyEnum\"");
    row("\"user\"", "\"user\"");
    row("\"My Schema\".t", "\"My Schema\".t");
    // Extension types: their typmodout functions print these spellings.
    row("vector(1024)", "vector(1024)");
    row("citext", "citext");
    row("geometry(Point,4326)", "geometry(Point,4326)");
    row("geography(MULTIPOLYGONZ, 4326)", "geography(MultiPolygonZ,4326)");
    row("extensions.geometry(point)", "extensions.geometry(Point)");
    row("public.geometry(LineStringM,3857)", "geometry(LineStringM,3857)");
    row("mytype(1, 2)", "mytype(1,2)");
}

void TstPgNames::formatType()
{
    QFETCH(QString, decl);
    QFETCH(QString, expected);
    const QJsonObject typeName =
        firstColumnTypeName(QStringLiteral("CREATE TABLE t (c %1)").arg(decl).toUtf8());
    QVERIFY2(!typeName.isEmpty(), "did not parse");
    QCOMPARE(pg::formatType(pgtest::toNode(typeName)), expected);
}

void TstPgNames::formatTypeInFunctions()
{
    const QJsonObject f = firstStatement(
        "CREATE FUNCTION f(x t.c%TYPE, y \"S\".\"T\".c%TYPE, z int[]) RETURNS SETOF int "
        "LANGUAGE sql AS 'select 1'",
        "CreateFunctionStmt");
    const QJsonArray params = f.value(QLatin1String("parameters")).toArray();
    const auto argType = [&](int i) {
        return params.at(i)
            .toObject()
            .value(QLatin1String("FunctionParameter"))
            .toObject()
            .value(QLatin1String("argType"))
            .toObject();
    };
    QCOMPARE(pg::formatType(pgtest::toNode(argType(0))), QStringLiteral("t.c%TYPE"));
    QCOMPARE(pg::formatType(pgtest::toNode(argType(1))), QStringLiteral("\"S\".\"T\".c%TYPE"));
    QCOMPARE(pg::formatType(pgtest::toNode(argType(2))), QStringLiteral("integer[]"));
    QCOMPARE(pg::formatType(pgtest::toNode(f.value(QLatin1String("returnType")).toObject())),
             QStringLiteral("SETOF integer"));
    QCOMPARE(pg::formatType(pgtest::toNode(QJsonObject())), QString());
}

void TstPgNames::isSerialType_data()
{
    QTest::addColumn<QString>("decl");
    QTest::addColumn<bool>("expected");
    for (const char *t : {"serial", "serial4", "bigserial", "serial8", "smallserial", "serial2"})
        QTest::newRow(t) << QString::fromUtf8(t) << true;
    QTest::newRow("int") << "int" << false;
    QTest::newRow("integer") << "integer" << false;
    QTest::newRow("qualified") << "pg_catalog.serial" << false; // only unqualified expands
    QTest::newRow("user type") << "serialx" << false;
}

void TstPgNames::isSerialType()
{
    QFETCH(QString, decl);
    QFETCH(bool, expected);
    const QJsonObject typeName =
        firstColumnTypeName(QStringLiteral("CREATE TABLE t (c %1)").arg(decl).toUtf8());
    QCOMPARE(pg::isSerialType(pgtest::toNode(typeName)), expected);
}

// --- names -------------------------------------------------------------------------------

void TstPgNames::chooseName_data()
{
    // Expected names are what PostgreSQL 15 generated for the same objects.
    QTest::addColumn<QString>("name1");
    QTest::addColumn<QString>("name2");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("expected");
    const QString t = QStringLiteral("t");
    QTest::newRow("pkey") << t << QString() << "pkey" << QStringList() << "t_pkey";
    QTest::newRow("unique") << t << "col"
                            << "key" << QStringList() << "t_col_key";
    QTest::newRow("unique two columns") << t << "a_b"
                                        << "key" << QStringList() << "t_a_b_key";
    QTest::newRow("fkey") << t << "col"
                          << "fkey" << QStringList() << "t_col_fkey";
    QTest::newRow("column check") << t << "col"
                                  << "check" << QStringList() << "t_col_check";
    QTest::newRow("table check") << t << QString() << "check" << QStringList() << "t_check";
    QTest::newRow("index") << t << "col"
                           << "idx" << QStringList() << "t_col_idx";
    QTest::newRow("index taken") << t << "col"
                                 << "idx" << QStringList{QStringLiteral("t_col_idx")}
                                 << "t_col_idx1";
    QTest::newRow("index taken twice")
        << t << "col"
        << "idx" << QStringList{QStringLiteral("t_col_idx"), QStringLiteral("t_col_idx1")}
        << "t_col_idx2";
    QTest::newRow("check taken") << t << QString() << "check"
                                 << QStringList{QStringLiteral("t_check")} << "t_check1";

    const QString table70 =
        QStringLiteral("aaaaaaaaaabbbbbbbbbbccccccccccddddddddddeeeeeeeeeeffffffffffgggggggggg");
    const QString table63 = table70.left(63); // what CREATE TABLE stores
    const QString longColumn = QStringLiteral("verylongcolumnnameaaaaaaaaaabbbbbbbbbbcccccccccc");
    QTest::newRow("70-char table pkey")
        << table70 << QString() << "pkey" << QStringList()
        << "aaaaaaaaaabbbbbbbbbbccccccccccddddddddddeeeeeeeeeeffffffff_pkey";
    QTest::newRow("63-char table pkey")
        << table63 << QString() << "pkey" << QStringList()
        << "aaaaaaaaaabbbbbbbbbbccccccccccddddddddddeeeeeeeeeeffffffff_pkey";
    QTest::newRow("long table unique")
        << table63 << "col"
        << "key" << QStringList()
        << "aaaaaaaaaabbbbbbbbbbccccccccccddddddddddeeeeeeeeeefffff_col_key";
    QTest::newRow("long table long column")
        << table63 << longColumn << "idx" << QStringList()
        << "aaaaaaaaaabbbbbbbbbbccccccccc_verylongcolumnnameaaaaaaaaaab_idx";
    QTest::newRow("long table long column taken")
        << table63 << longColumn << "idx"
        << QStringList{QStringLiteral(
               "aaaaaaaaaabbbbbbbbbbccccccccc_verylongcolumnnameaaaaaaaaaab_idx")}
        << "aaaaaaaaaabbbbbbbbbbccccccccc_verylongcolumnnameaaaaaaaaaa_idx1";
    // Multibyte: 2-byte characters are never split.
    QTest::newRow("utf8 pkey") << repeated("é", 31) << QString() << "pkey" << QStringList()
                               << repeated("é", 29) + QStringLiteral("_pkey");
    QTest::newRow("utf8 both names")
        << repeated("é", 31) << repeated("ç", 20) << "key" << QStringList()
        << repeated("é", 14) + QLatin1Char('_') + repeated("ç", 14) + QStringLiteral("_key");
    QTest::newRow("three long columns")
        << "w"
        << pg::columnNamesPart({QStringLiteral("a1234567890123456789012345678901234567890"),
                                QStringLiteral("b1234567890123456789012345678901234567890"),
                                QStringLiteral("c1234567890123456789012345678901234567890")})
        << "key" << QStringList()
        << "w_a1234567890123456789012345678901234567890_b12345678901234_key";
}

void TstPgNames::chooseName()
{
    QFETCH(QString, name1);
    QFETCH(QString, name2);
    QFETCH(QString, label);
    QFETCH(QStringList, taken);
    QFETCH(QString, expected);
    const QString actual =
        pg::chooseName(name1, name2, label, [&](const QString &n) { return taken.contains(n); });
    QCOMPARE(actual, expected);
    QVERIFY(actual.toUtf8().size() <= 63);
    // A null predicate means nothing is taken.
    if (taken.isEmpty())
        QCOMPARE(pg::chooseName(name1, name2, label, {}), expected);
}

void TstPgNames::columnNamesPart_data()
{
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one") << QStringList{QStringLiteral("a")} << "a";
    QTest::newRow("two") << QStringList{QStringLiteral("a"), QStringLiteral("b")} << "a_b";
    QTest::newRow("expression") << QStringList{QStringLiteral("a"), QString(), QStringLiteral("c")}
                                << "a_expr_c";
    QTest::newRow("empty") << QStringList() << "";
    // Stops once the buffer reaches NAMEDATALEN: the third name is never added.
    const QString a = QStringLiteral("a1234567890123456789012345678901234567890");
    const QString b = QStringLiteral("b1234567890123456789012345678901234567890");
    const QString c = QStringLiteral("c1234567890123456789012345678901234567890");
    QTest::newRow("long") << QStringList{a, b, c} << a + QLatin1Char('_') + b;
}

void TstPgNames::columnNamesPart()
{
    QFETCH(QStringList, columns);
    QFETCH(QString, expected);
    QCOMPARE(pg::columnNamesPart(columns), expected);
}

void TstPgNames::chooseIndexColumnNames()
{
    QCOMPARE(pg::chooseIndexColumnNames({QStringLiteral("lower"), QStringLiteral("lower")}),
             (QStringList{QStringLiteral("lower"), QStringLiteral("lower1")}));
    QCOMPARE(
        pg::chooseIndexColumnNames({QStringLiteral("a"), QStringLiteral("a"), QStringLiteral("a")}),
        (QStringList{QStringLiteral("a"), QStringLiteral("a1"), QStringLiteral("a2")}));
    QCOMPARE(pg::chooseIndexColumnNames({QString(), QString()}),
             (QStringList{QStringLiteral("expr"), QStringLiteral("expr1")}));
    const QString long63 = repeated("x", 63);
    QCOMPARE(pg::chooseIndexColumnNames({long63, long63}),
             (QStringList{long63, repeated("x", 62) + QLatin1Char('1')}));
    const QString utf8 = repeated("é", 31) + QLatin1Char('x'); // 63 bytes
    QCOMPARE(pg::chooseIndexColumnNames({utf8, utf8}).last(), repeated("é", 31) + QLatin1Char('1'));
}

void TstPgNames::figureIndexColname_data()
{
    QTest::addColumn<QString>("element");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *element, const char *expected) {
        QTest::newRow(element) << QString::fromUtf8(element) << QString::fromUtf8(expected);
    };
    row("lower(d)", "lower");
    row("(a + b)", "expr");
    row("(d::text)", "d");
    row("('x'::text)", "text");
    row("(coalesce(a, b))", "coalesce");
    row("(CASE WHEN a THEN 1 END)", "case");
    row("(CASE WHEN a THEN 1 ELSE b END)", "b");
    row("((a).f)", "f");
    row("((a)[1])", "a");
    row("(nullif(a, b))", "nullif");
    row("(ARRAY[a])", "array");
    row("(ROW(a, b))", "row");
    row("(greatest(a, b))", "greatest");
    row("(least(a, b))", "least");
    row("(extract(year from d))", "extract");
    row("(d AT TIME ZONE 'UTC')", "timezone");
    row("(current_date)", "current_date");
    row("(localtimestamp(3))", "localtimestamp");
    row("(public.f(a))", "f");
    row("((a || b) COLLATE \"C\")", "expr");
    row("((a || 'x')::text)", "text");
}

void TstPgNames::figureIndexColname()
{
    QFETCH(QString, element);
    QFETCH(QString, expected);
    const QJsonObject stmt =
        firstStatement("CREATE INDEX ON t (" + element.toUtf8() + ")", "IndexStmt");
    const QJsonObject elem = stmt.value(QLatin1String("indexParams"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QLatin1String("IndexElem"))
                                 .toObject();
    QVERIFY2(elem.contains(QLatin1String("expr")), "not an expression element");
    QCOMPARE(pg::figureIndexColname(pgtest::toNode(elem.value(QLatin1String("expr")))), expected);
}

void TstPgNames::indexNamesLikePostgres_data()
{
    // Index names PostgreSQL 15 chose for CREATE INDEX ON t (...) without a name.
    QTest::addColumn<QString>("elements");
    QTest::addColumn<QString>("expected");
    QTest::newRow("column") << "col"
                            << "t_col_idx";
    QTest::newRow("two functions") << "lower(d), lower(d)"
                                   << "t_lower_lower1_idx";
    QTest::newRow("expression") << "(a + b)"
                                << "t_expr_idx";
    QTest::newRow("cast") << "(d::text)"
                          << "t_d_idx";
    QTest::newRow("same column twice") << "a, a"
                                       << "t_a_a1_idx";
}

void TstPgNames::indexNamesLikePostgres()
{
    QFETCH(QString, elements);
    QFETCH(QString, expected);
    const QJsonObject stmt =
        firstStatement("CREATE INDEX ON t (" + elements.toUtf8() + ")", "IndexStmt");
    QStringList columns;
    for (const QJsonValue &p : stmt.value(QLatin1String("indexParams")).toArray()) {
        const QJsonObject elem = p.toObject().value(QLatin1String("IndexElem")).toObject();
        columns.append(
            elem.contains(QLatin1String("name"))
                ? elem.value(QLatin1String("name")).toString()
                : pg::figureIndexColname(pgtest::toNode(elem.value(QLatin1String("expr")))));
    }
    const QString name = pg::chooseName(QStringLiteral("t"),
                                        pg::columnNamesPart(pg::chooseIndexColumnNames(columns)),
                                        QStringLiteral("idx"), {});
    QCOMPARE(name, expected);
}

void TstPgNames::checkConstraintColumn_data()
{
    QTest::addColumn<QString>("check");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one column") << "a > 0"
                                << "a";
    QTest::newRow("two columns") << "a > b"
                                 << "";
    QTest::newRow("same column twice") << "t.a > 0 AND a < 10"
                                       << "a";
    QTest::newRow("inside function") << "length(name) > 0"
                                     << "name";
    QTest::newRow("no column") << "true"
                               << "";
    QTest::newRow("whole row") << "t IS NOT NULL AND t.* IS NOT NULL"
                               << "";
}

void TstPgNames::checkConstraintColumn()
{
    QFETCH(QString, check);
    QFETCH(QString, expected);
    const QJsonObject stmt =
        firstStatement("CREATE TABLE t (a int, CHECK (" + check.toUtf8() + "))", "CreateStmt");
    const QJsonValue expr = stmt.value(QLatin1String("tableElts"))
                                .toArray()
                                .at(1)
                                .toObject()
                                .value(QLatin1String("Constraint"))
                                .toObject()
                                .value(QLatin1String("raw_expr"));
    QVERIFY(expr.isObject());
    QCOMPARE(pg::checkConstraintColumn(pgtest::toNode(expr)), expected);
}

QTEST_GUILESS_MAIN(TstPgNames)
#include "tst_pgnames.moc"
