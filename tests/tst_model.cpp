#include "core/model/schema.h"

#include <QTest>

using namespace schemalens::model;

class TstModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void originToString_data();
    void originToString();
    void lookups();
};

void TstModel::originToString_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("full") << "a.sql" << 3 << 7 << "a.sql:3:7";
    QTest::newRow("no column") << "a.sql" << 3 << 0 << "a.sql:3";
    QTest::newRow("file only") << "a.sql" << 0 << 0 << "a.sql";
}

void TstModel::originToString()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, expected);
    const Origin origin{file, line, column, 0};
    QCOMPARE(origin.toString(), expected);
}

void TstModel::lookups()
{
    Schema s;
    Table t;
    t.schema = QStringLiteral("public");
    t.name = QStringLiteral("users");
    Column id;
    id.name = QStringLiteral("id");
    id.type = QStringLiteral("bigint");
    t.columns.append(id);
    s.tables.append(t);
    QVERIFY(s.table(QStringLiteral("public"), QStringLiteral("users")));
    QVERIFY(!s.table(QStringLiteral("other"), QStringLiteral("users")));
    QVERIFY(s.tables[0].column(QStringLiteral("id")));
    QVERIFY(!s.tables[0].column(QStringLiteral("ID")));
    QCOMPARE(s.tables[0].qualifiedName(), QStringLiteral("public.users"));
}

QTEST_GUILESS_MAIN(TstModel)
#include "tst_model.moc"
