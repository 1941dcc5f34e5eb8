// schemalens-cli schema: the text summary, the JSON contract's top level, --order and
// --emit-sql, run as a user would run them.

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TstCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void textSummary();
    void jsonContract();
    void orderOverride();
    void emitSql();

private:
    static QByteArray run(const QStringList &arguments, int expectedExit = 0);
    static QString example()
    {
        return QStringLiteral(SCHEMALENS_TEST_DATA "/../../resources/examples/shop");
    }
};

QByteArray TstCli::run(const QStringList &arguments, int expectedExit)
{
    QProcess cli;
    cli.start(QStringLiteral(SCHEMALENS_CLI), arguments);
    if (!cli.waitForFinished(60000))
        return {};
    if (cli.exitCode() != expectedExit)
        qWarning() << "exit" << cli.exitCode() << cli.readAllStandardError();
    return cli.exitCode() == expectedExit ? cli.readAllStandardOutput() : QByteArray();
}

void TstCli::textSummary()
{
    const QString out = QString::fromUtf8(run({QStringLiteral("schema"), example()}));
    QVERIFY2(out.startsWith(QStringLiteral("shop (flyway, pg): 3 files, 5 tables, 4 foreign keys")),
             qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("public.orders (6 columns, 1 foreign key)")));
    QVERIFY(out.contains(QStringLiteral("public.order_items (3 columns, 2 foreign keys)")));
}

void TstCli::jsonContract()
{
    const QJsonObject model =
        QJsonDocument::fromJson(run({QStringLiteral("schema"), example(),
                                     QStringLiteral("--format"), QStringLiteral("json")}))
            .object();
    for (const char *key : {"source", "tables", "enums", "views", "history", "diagnostics"})
        QVERIFY2(model.contains(QLatin1String(key)), key);
    const QJsonObject source = model.value(QLatin1String("source")).toObject();
    QCOMPARE(source.value(QLatin1String("layout")).toString(), QStringLiteral("flyway"));
    QCOMPARE(source.value(QLatin1String("dialect")).toString(), QStringLiteral("pg"));
    const QJsonArray tables = model.value(QLatin1String("tables")).toArray();
    QCOMPARE(tables.size(), 5);
    const QJsonObject orders = tables.at(1).toObject();
    QCOMPARE(orders.value(QLatin1String("name")).toString(), QStringLiteral("orders"));
    const QJsonObject fk = orders.value(QLatin1String("foreignKeys")).toArray().first().toObject();
    QCOMPARE(fk.value(QLatin1String("name")).toString(), QStringLiteral("orders_customer_id_fkey"));
    QCOMPARE(fk.value(QLatin1String("onDelete")).toString(), QStringLiteral("cascade"));
    QCOMPARE(fk.value(QLatin1String("refTable")).toString(), QStringLiteral("customers"));
}

void TstCli::orderOverride()
{
    // Applying V3 first fails (its tables do not exist yet): the order was honoured.
    const QJsonObject model =
        QJsonDocument::fromJson(run({QStringLiteral("schema"), example(), QStringLiteral("--order"),
                                     QStringLiteral("V3__reviews.sql"), QStringLiteral("--format"),
                                     QStringLiteral("json")}))
            .object();
    const QJsonArray files =
        model.value(QLatin1String("source")).toObject().value(QLatin1String("files")).toArray();
    QCOMPARE(files.size(), 3);
    QCOMPARE(files.first().toObject().value(QLatin1String("path")).toString(),
             QStringLiteral("V3__reviews.sql"));
    QVERIFY(!model.value(QLatin1String("diagnostics")).toArray().isEmpty());
}

void TstCli::emitSql()
{
    QTemporaryDir dir;
    run({QStringLiteral("schema"), example(), QStringLiteral("--emit-sql"), dir.path()});
    const QStringList files = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
    QCOMPARE(files, (QStringList{QStringLiteral("0000.sql"), QStringLiteral("0001.sql"),
                                 QStringLiteral("0002.sql")}));
}

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
