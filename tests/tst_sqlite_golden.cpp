// Golden-folder tests of the SQLite loader: every tests/data/sqlite/<case>/input folder is
// loaded as a SQLite migration folder and its model (schema --format json) must equal
// <case>/expected.json. Regenerate with tests/data/sqlite/refresh.sh after a reviewed change.
#include "core/load/loader.h"
#include "core/report/modeljson.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace schemalens;

namespace {

QString dataDir()
{
    return QStringLiteral(SCHEMALENS_TEST_DATA "/sqlite");
}

// Keeps what the SQLite loader decides; layout and dialect evidence belong to discovery.
QJsonObject normalized(QJsonObject root)
{
    const QJsonObject source = root.value(QLatin1String("source")).toObject();
    root.insert(
        QLatin1String("source"),
        QJsonObject{{QLatin1String("files"), source.value(QLatin1String("files"))},
                    {QLatin1String("statements"), source.value(QLatin1String("statements"))}});
    return root;
}

QByteArray text(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace

class TstSqliteGolden : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
};

void TstSqliteGolden::golden_data()
{
    QTest::addColumn<QString>("caseDir");
    const QDir dir(dataDir());
    const QStringList cases = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &c : cases)
        if (QFileInfo::exists(dir.filePath(c + QStringLiteral("/input"))))
            QTest::newRow(c.toUtf8().constData()) << dir.filePath(c);
    QVERIFY2(cases.size() >= 10, "golden cases missing");
}

void TstSqliteGolden::golden()
{
    QFETCH(QString, caseDir);
    QFile expectedFile(caseDir + QStringLiteral("/expected.json"));
    QVERIFY2(expectedFile.open(QIODevice::ReadOnly),
             qPrintable(QStringLiteral("%1 missing: run tests/data/sqlite/refresh.sh")
                            .arg(expectedFile.fileName())));
    QJsonParseError parseError;
    const QJsonDocument expected = QJsonDocument::fromJson(expectedFile.readAll(), &parseError);
    QVERIFY2(expected.isObject(), qPrintable(parseError.errorString()));

    load::LoadOptions options;
    options.discovery.dialect = load::Dialect::SQLite;
    const Result<load::LoadResult> result =
        load::loadSource(caseDir + QStringLiteral("/input"), options);
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().toString()));
    QCOMPARE(result->source.dialect, load::Dialect::SQLite);

    const QByteArray actualText = text(normalized(report::modelToJson(result.value())));
    const QByteArray expectedText = text(normalized(expected.object()));
    if (actualText == expectedText)
        return;
    // Show the first difference and keep the whole actual model for a diff.
    const QList<QByteArray> a = actualText.split('\n');
    const QList<QByteArray> e = expectedText.split('\n');
    qsizetype line = 0;
    while (line < a.size() && line < e.size() && a[line] == e[line])
        ++line;
    const QString actualPath = QDir::temp().filePath(
        QStringLiteral("sqlite-golden-%1.json").arg(QFileInfo(caseDir).fileName()));
    QFile out(actualPath);
    if (out.open(QIODevice::WriteOnly))
        out.write(actualText);
    QFAIL(qPrintable(QStringLiteral("model differs at normalized line %1:\n  actual:   %2\n"
                                    "  expected: %3\nwhole actual model: %4")
                         .arg(line + 1)
                         .arg(QString::fromUtf8(line < a.size() ? a[line] : QByteArray()),
                              QString::fromUtf8(line < e.size() ? e[line] : QByteArray()),
                              actualPath)));
}

QTEST_GUILESS_MAIN(TstSqliteGolden)
#include "tst_sqlite_golden.moc"
