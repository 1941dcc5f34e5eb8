// The SQLite tokenizer, statement splitter, line index and CREATE-statement parser of
// core/load/sqlite, checked against SQLite itself where SQLite offers a reference
// (sqlite3_complete for statement ends).
#include "core/load/sqlite/ddlparser.h"
#include "core/load/sqlite/readback.h"
#include "core/load/sqlite/sqltokenizer.h"

#include <sqlite3.h>

#include <QTest>

using namespace schemalens::load::sqlite;
using Kind = Token::Kind;

Q_DECLARE_METATYPE(Kind)

namespace {

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::Space:
        return QStringLiteral("space");
    case Kind::Comment:
        return QStringLiteral("comment");
    case Kind::Word:
        return QStringLiteral("word");
    case Kind::QuotedId:
        return QStringLiteral("id");
    case Kind::String:
        return QStringLiteral("string");
    case Kind::Blob:
        return QStringLiteral("blob");
    case Kind::Number:
        return QStringLiteral("number");
    case Kind::Variable:
        return QStringLiteral("var");
    case Kind::Operator:
        return QStringLiteral("op");
    case Kind::Semicolon:
        return QStringLiteral(";");
    case Kind::LeftParen:
        return QStringLiteral("(");
    case Kind::RightParen:
        return QStringLiteral(")");
    case Kind::Comma:
        return QStringLiteral(",");
    case Kind::Dot:
        return QStringLiteral(".");
    case Kind::Illegal:
        return QStringLiteral("illegal");
    }
    return {};
}

// "kind:text" for every non-space token.
QStringList describe(const QByteArray &sql)
{
    QStringList out;
    for (const Token &t : tokenize(sql))
        if (t.kind != Kind::Space)
            out << kindName(t.kind) + QLatin1Char(':') +
                       QString::fromUtf8(sql.mid(t.begin, t.end - t.begin));
    return out;
}

QStringList split(const QByteArray &sql)
{
    QStringList statements;
    qsizetype pos = 0;
    while ((pos = skipTrivia(sql, pos)) < sql.size()) {
        const qsizetype end = schemalens::load::sqlite::statementEnd(sql, pos);
        statements << QString::fromUtf8(sql.mid(pos, end - pos)).trimmed();
        pos = end;
    }
    return statements;
}

} // namespace

class TstSqliteTokenizer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tokens_data();
    void tokens();
    void identifiers_data();
    void identifiers();
    void statementEnd_data();
    void statementEnd();
    void lineIndex_data();
    void lineIndex();
    void createTable();
    void createTableWithoutCommas();
    void createTableVirtualAndAs();
    void createIndex();
    void createTrigger();
    void createView();
    void alterAddColumn();
    void affinity_data();
    void affinity();
};

void TstSqliteTokenizer::tokens_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("string with doubled quote")
        << QByteArray("'it''s'") << QStringList{QStringLiteral("string:'it''s'")};
    QTest::newRow("identifiers") << QByteArray("\"a\"\"b\" [c d] `e``f` g_1$")
                                 << QStringList{
                                        QStringLiteral("id:\"a\"\"b\""), QStringLiteral("id:[c d]"),
                                        QStringLiteral("id:`e``f`"), QStringLiteral("word:g_1$")};
    QTest::newRow("bracket keeps quotes inside")
        << QByteArray("[a\"b]") << QStringList{QStringLiteral("id:[a\"b]")};
    QTest::newRow("comments") << QByteArray("a -- x ) ;\nb /* ) ; */ c")
                              << QStringList{
                                     QStringLiteral("word:a"), QStringLiteral("comment:-- x ) ;"),
                                     QStringLiteral("word:b"), QStringLiteral("comment:/* ) ; */"),
                                     QStringLiteral("word:c")};
    QTest::newRow("unterminated block comment runs to the end")
        << QByteArray("a /* b ; c")
        << QStringList{QStringLiteral("word:a"), QStringLiteral("comment:/* b ; c")};
    QTest::newRow("unterminated string is illegal")
        << QByteArray("'abc ; d") << QStringList{QStringLiteral("illegal:'abc ; d")};
    QTest::newRow("numbers") << QByteArray("1 1.5e3 .5 0x1F 12abc 3.")
                             << QStringList{
                                    QStringLiteral("number:1"),      QStringLiteral("number:1.5e3"),
                                    QStringLiteral("number:.5"),     QStringLiteral("number:0x1F"),
                                    QStringLiteral("illegal:12abc"), QStringLiteral("number:3.")};
    QTest::newRow("blob and x word")
        << QByteArray("x'0aFF' x X'1'")
        << QStringList{QStringLiteral("blob:x'0aFF'"), QStringLiteral("word:x"),
                       QStringLiteral("illegal:X'1'")};
    QTest::newRow("variables") << QByteArray("?1 ? :a @b $c")
                               << QStringList{QStringLiteral("var:?1"), QStringLiteral("var:?"),
                                              QStringLiteral("var::a"), QStringLiteral("var:@b"),
                                              QStringLiteral("var:$c")};
    QTest::newRow("operators") << QByteArray("a->>'$.x' <> b || c != d == e <= f")
                               << QStringList{
                                      QStringLiteral("word:a"),       QStringLiteral("op:->>"),
                                      QStringLiteral("string:'$.x'"), QStringLiteral("op:<>"),
                                      QStringLiteral("word:b"),       QStringLiteral("op:||"),
                                      QStringLiteral("word:c"),       QStringLiteral("op:!="),
                                      QStringLiteral("word:d"),       QStringLiteral("op:=="),
                                      QStringLiteral("word:e"),       QStringLiteral("op:<="),
                                      QStringLiteral("word:f")};
    QTest::newRow("punctuation") << QByteArray("s.t(a,b);")
                                 << QStringList{QStringLiteral("word:s"), QStringLiteral(".:."),
                                                QStringLiteral("word:t"), QStringLiteral("(:("),
                                                QStringLiteral("word:a"), QStringLiteral(",:,"),
                                                QStringLiteral("word:b"), QStringLiteral("):)"),
                                                QStringLiteral(";:;")};
    QTest::newRow("utf-8 identifier")
        << QByteArray("größe") << QStringList{QStringLiteral("word:größe")};
}

void TstSqliteTokenizer::tokens()
{
    QFETCH(QByteArray, sql);
    QFETCH(QStringList, expected);
    QCOMPARE(describe(sql), expected);
}

void TstSqliteTokenizer::identifiers_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("expected");
    QTest::newRow("double quoted") << QByteArray("\"a\"\"b\"") << QStringLiteral("a\"b");
    QTest::newRow("backtick") << QByteArray("`a``b`") << QStringLiteral("a`b");
    QTest::newRow("bracket") << QByteArray("[a]]") << QStringLiteral("a");
    QTest::newRow("string as name") << QByteArray("'it''s'") << QStringLiteral("it's");
    QTest::newRow("bare") << QByteArray("Name") << QStringLiteral("Name");
}

void TstSqliteTokenizer::identifiers()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, expected);
    QCOMPARE(identifierText(sql, nextToken(sql, 0)), expected);
}

void TstSqliteTokenizer::statementEnd_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("simple") << QByteArray("a; b;c")
                            << QStringList{QStringLiteral("a;"), QStringLiteral("b;"),
                                           QStringLiteral("c")};
    QTest::newRow("semicolons in literals and comments")
        << QByteArray("select ';', \";\", [;], `;` -- ;\n /* ; */ from t; x;")
        << QStringList{QStringLiteral("select ';', \";\", [;], `;` -- ;\n /* ; */ from t;"),
                       QStringLiteral("x;")};
    QTest::newRow("trigger body")
        << QByteArray("CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET c = 1; "
                      "INSERT INTO d VALUES (';'); END; SELECT 1;")
        << QStringList{QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE b SET "
                                      "c = 1; INSERT INTO d VALUES (';'); END;"),
                       QStringLiteral("SELECT 1;")};
    QTest::newRow("temp trigger with case end")
        << QByteArray("create temp trigger t before delete on a begin select case when 1 "
                      "then 2 end; end;next;")
        << QStringList{QStringLiteral("create temp trigger t before delete on a begin select "
                                      "case when 1 then 2 end; end;"),
                       QStringLiteral("next;")};
    QTest::newRow("table named trigger is not a trigger")
        << QByteArray("create table \"trigger\" (x); select 1;")
        << QStringList{QStringLiteral("create table \"trigger\" (x);"),
                       QStringLiteral("select 1;")};
    QTest::newRow("explain create trigger")
        << QByteArray("explain create trigger t after insert on a begin select 1; end; x;")
        << QStringList{QStringLiteral("explain create trigger t after insert on a begin select "
                                      "1; end;"),
                       QStringLiteral("x;")};
    QTest::newRow("unterminated string runs to the end")
        << QByteArray("select 'a; select 2;")
        << QStringList{QStringLiteral("select 'a; select 2;")};
}

void TstSqliteTokenizer::statementEnd()
{
    QFETCH(QByteArray, sql);
    QFETCH(QStringList, expected);
    QCOMPARE(split(sql), expected);
    // SQLite's own sqlite3_complete() agrees: each statement ending in ';' is complete, and
    // no shorter prefix ending in a ';' token is.
    qsizetype pos = 0;
    while ((pos = skipTrivia(sql, pos)) < sql.size()) {
        const qsizetype end = schemalens::load::sqlite::statementEnd(sql, pos);
        const QByteArray statement = sql.mid(pos, end - pos);
        const QList<Token> tokens = tokenize(statement);
        if (!tokens.isEmpty() && tokens.last().kind == Kind::Semicolon) {
            QVERIFY2(sqlite3_complete(statement.constData()), statement.constData());
            for (const Token &t : tokens)
                if (t.kind == Kind::Semicolon && t.end < statement.size())
                    QVERIFY2(!sqlite3_complete(statement.left(t.end).constData()),
                             statement.left(t.end).constData());
        }
        pos = end;
    }
}

void TstSqliteTokenizer::lineIndex_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("start") << QByteArray("abc") << 0 << 1 << 1;
    QTest::newRow("second line") << QByteArray("ab\ncd") << 4 << 2 << 2;
    QTest::newRow("after multibyte") << QByteArray("äöü x") << 7 << 1 << 5;
    QTest::newRow("crlf") << QByteArray("a\r\nbc") << 4 << 2 << 2;
    QTest::newRow("bom not counted") << QByteArray("\xEF\xBB\xBFxy") << 4 << 1 << 2;
    QTest::newRow("end of text") << QByteArray("a\n") << 2 << 2 << 1;
}

void TstSqliteTokenizer::lineIndex()
{
    QFETCH(QByteArray, text);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto position = LineIndex(text).position(offset);
    QCOMPARE(position.first, line);
    QCOMPARE(position.second, column);
}

void TstSqliteTokenizer::createTable()
{
    const QByteArray sql =
        "CREATE TABLE IF NOT EXISTS main.[Orders] (\n"
        "  id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
        "  status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', ')')) COLLATE NOCASE,\n"
        "  total NUMERIC(10, 2) CONSTRAINT total_positive CHECK (total > 0),\n"
        "  \"user id\" INT REFERENCES users ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,\n"
        "  area REAL GENERATED ALWAYS AS (total * 2) VIRTUAL,\n"
        "  CONSTRAINT orders_uq UNIQUE (status, total) ON CONFLICT REPLACE,\n"
        "  CHECK (total < /* ) */ 1000),\n"
        "  FOREIGN KEY (status, total) REFERENCES other (a, b) NOT DEFERRABLE\n"
        ") WITHOUT ROWID, STRICT;";
    const ParsedTable t = parseCreateTable(sql);
    QVERIFY(t.ok);
    QCOMPARE(t.name, QStringLiteral("Orders"));
    QVERIFY(t.withoutRowid);
    QVERIFY(t.strict);
    QCOMPARE(t.columns.size(), 5);
    QCOMPARE(t.columns[1].collation, QStringLiteral("NOCASE"));
    QCOMPARE(t.columns[3].name, QStringLiteral("user id"));
    QCOMPARE(t.columns[4].generated, QStringLiteral("total * 2"));
    QVERIFY(!t.columns[4].generatedStored);
    QCOMPARE(sql.mid(t.columns[2].offset, 5), QByteArray("total"));

    QCOMPARE(t.checks.size(), 3);
    QCOMPARE(t.checks[0].expression, QStringLiteral("status IN ('new', ')')"));
    QCOMPARE(t.checks[0].column, QStringLiteral("status"));
    QVERIFY(t.checks[0].name.isEmpty());
    QCOMPARE(t.checks[1].name, QStringLiteral("total_positive"));
    QCOMPARE(sql.mid(t.checks[1].offset, 10), QByteArray("CONSTRAINT"));
    QCOMPARE(t.checks[2].expression, QStringLiteral("total < 1000"));
    QVERIFY(t.checks[2].column.isEmpty());

    QCOMPARE(t.keys.size(), 2);
    QVERIFY(t.keys[0].primary);
    QCOMPARE(t.keys[1].name, QStringLiteral("orders_uq"));
    QCOMPARE(t.keys[1].columns, (QStringList{QStringLiteral("status"), QStringLiteral("total")}));

    QCOMPARE(t.foreignKeys.size(), 2);
    QCOMPARE(t.foreignKeys[0].columns, QStringList{QStringLiteral("user id")});
    QCOMPARE(t.foreignKeys[0].refTable, QStringLiteral("users"));
    QVERIFY(t.foreignKeys[0].refColumns.isEmpty());
    QVERIFY(t.foreignKeys[0].deferrable);
    QVERIFY(t.foreignKeys[0].initiallyDeferred);
    QVERIFY(t.foreignKeys[0].onDeleteExplicit);
    QCOMPARE(t.foreignKeys[1].refColumns, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QVERIFY(!t.foreignKeys[1].deferrable);
    QVERIFY(!t.foreignKeys[1].onDeleteExplicit);
}

void TstSqliteTokenizer::createTableWithoutCommas()
{
    // SQLite accepts table constraints that follow each other without a comma.
    const ParsedTable t = parseCreateTable(
        "CREATE TABLE t (a, b, PRIMARY KEY (a) CONSTRAINT c1 CHECK (a > 0) CHECK (b > 0) "
        "UNIQUE (b))");
    QVERIFY(t.ok);
    QCOMPARE(t.columns.size(), 2);
    QCOMPARE(t.checks.size(), 2);
    QCOMPARE(t.checks[0].name, QStringLiteral("c1"));
    QVERIFY(t.checks[1].name.isEmpty());
    QCOMPARE(t.keys.size(), 2);
}

void TstSqliteTokenizer::createTableVirtualAndAs()
{
    const ParsedTable v = parseCreateTable("CREATE VIRTUAL TABLE docs USING fts5(a, b)");
    QVERIFY(v.ok);
    QVERIFY(v.isVirtual);
    QCOMPARE(v.module, QStringLiteral("fts5"));
    const ParsedTable s = parseCreateTable("create temp table x as select 1");
    QVERIFY(s.ok);
    QVERIFY(s.asSelect);
    QVERIFY(!parseCreateTable("CREATE INDEX i ON t(a)").ok);
}

void TstSqliteTokenizer::createIndex()
{
    const ParsedIndex i = parseCreateIndex(
        "CREATE UNIQUE INDEX IF NOT EXISTS s.ix ON t (a, lower( b ) DESC, c COLLATE NOCASE ASC, "
        "\"d\") WHERE a IS NOT NULL -- partial\n AND b > 0;");
    QVERIFY(i.ok);
    QVERIFY(i.unique);
    QCOMPARE(i.name, QStringLiteral("ix"));
    QCOMPARE(i.table, QStringLiteral("t"));
    QCOMPARE(i.elements.size(), 4);
    QCOMPARE(i.elements[0].column, QStringLiteral("a"));
    QCOMPARE(i.elements[1].expression, QStringLiteral("lower( b )"));
    QVERIFY(i.elements[1].descending);
    QCOMPARE(i.elements[2].collation, QStringLiteral("NOCASE"));
    QVERIFY(!i.elements[2].descending);
    QCOMPARE(i.elements[3].column, QStringLiteral("d"));
    QCOMPARE(i.predicate, QStringLiteral("a IS NOT NULL AND b > 0"));
}

void TstSqliteTokenizer::createTrigger()
{
    const ParsedTrigger t = parseCreateTrigger(
        "CREATE TRIGGER IF NOT EXISTS tr AFTER UPDATE OF a, \"b\" ON items FOR EACH ROW "
        "WHEN (NEW.a <> OLD.a) BEGIN SELECT 1; END");
    QVERIFY(t.ok);
    QCOMPARE(t.name, QStringLiteral("tr"));
    QCOMPARE(t.timing, QStringLiteral("after"));
    QCOMPARE(t.events, QStringList{QStringLiteral("update")});
    QCOMPARE(t.updateColumns, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(t.table, QStringLiteral("items"));
    QCOMPARE(t.when, QStringLiteral("(NEW.a <> OLD.a)"));

    const ParsedTrigger d = parseCreateTrigger("CREATE TRIGGER d DELETE ON t BEGIN SELECT 1; END");
    QCOMPARE(d.timing, QStringLiteral("before"));
    QCOMPARE(d.events, QStringList{QStringLiteral("delete")});
    const ParsedTrigger i =
        parseCreateTrigger("CREATE TRIGGER i INSTEAD OF INSERT ON v BEGIN SELECT 1; END");
    QCOMPARE(i.timing, QStringLiteral("instead of"));
}

void TstSqliteTokenizer::createView()
{
    const ParsedView v = parseCreateView("CREATE VIEW v (x, [y]) AS\n  SELECT 1, 2;");
    QVERIFY(v.ok);
    QCOMPARE(v.columns, (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
    QCOMPARE(v.definition, QStringLiteral("SELECT 1, 2"));
}

void TstSqliteTokenizer::alterAddColumn()
{
    const QByteArray sql = "ALTER TABLE t ADD COLUMN c INT REFERENCES p(id) CHECK (c > 0);";
    const ParsedAddColumn a = parseAlterAddColumn(sql);
    QVERIFY(a.ok);
    QCOMPARE(a.table, QStringLiteral("t"));
    QCOMPARE(a.column.columns.size(), 1);
    QCOMPARE(sql.mid(a.column.columns[0].offset, 1), QByteArray("c"));
    QCOMPARE(a.column.foreignKeys.size(), 1);
    QCOMPARE(a.column.checks.size(), 1);
    QVERIFY(parseAlterAddColumn("ALTER TABLE t ADD x").ok);
    QVERIFY(!parseAlterAddColumn("ALTER TABLE t RENAME TO u").ok);
}

void TstSqliteTokenizer::affinity_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<QString>("expected");
    // The examples of https://www.sqlite.org/datatype3.html §3.1.1.
    for (const char *t : {"INT", "INTEGER", "TINYINT", "BIGINT", "UNSIGNED BIG INT", "INT8"})
        QTest::newRow(t) << QString::fromLatin1(t) << false << QStringLiteral("INTEGER");
    for (const char *t : {"CHARACTER(20)", "VARCHAR(255)", "NCHAR(55)", "TEXT", "CLOB"})
        QTest::newRow(t) << QString::fromLatin1(t) << false << QStringLiteral("TEXT");
    QTest::newRow("BLOB") << QStringLiteral("BLOB") << false << QStringLiteral("BLOB");
    QTest::newRow("none") << QString() << false << QStringLiteral("BLOB");
    for (const char *t : {"REAL", "DOUBLE", "DOUBLE PRECISION", "FLOAT"})
        QTest::newRow(t) << QString::fromLatin1(t) << false << QStringLiteral("REAL");
    for (const char *t : {"NUMERIC", "DECIMAL(10,5)", "BOOLEAN", "DATE", "DATETIME"})
        QTest::newRow(t) << QString::fromLatin1(t) << false << QStringLiteral("NUMERIC");
    QTest::newRow("floating point is INTEGER (contains INT)")
        << QStringLiteral("FLOATING POINT") << false << QStringLiteral("INTEGER");
    QTest::newRow("ANY") << QStringLiteral("ANY") << false << QStringLiteral("NUMERIC");
    QTest::newRow("ANY strict") << QStringLiteral("ANY") << true << QStringLiteral("BLOB");
}

void TstSqliteTokenizer::affinity()
{
    QFETCH(QString, type);
    QFETCH(bool, strict);
    QFETCH(QString, expected);
    QCOMPARE(affinityOf(type, strict), expected);
}

QTEST_GUILESS_MAIN(TstSqliteTokenizer)
#include "tst_sqlite_tokenizer.moc"
