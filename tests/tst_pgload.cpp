// Golden-folder tests of the PostgreSQL loader: every tests/data/pg/<case>/ holds an
// `input` (a folder or a single .sql file) and `expected.json`, the model that
// `schemalens-cli schema input --format json` printed when the case was last reviewed.
// tests/data/pg/refresh.sh regenerates the references after a reviewed change.

#include "core/load/loader.h"
#include "core/report/modeljson.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace schemalens;

class TstPgLoad : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
};

namespace {

QString caseInput(const QString &caseDir)
{
    QDir dir(caseDir);
    if (dir.exists(QStringLiteral("input")))
        return dir.filePath(QStringLiteral("input"));
    const QStringList files = dir.entryList({QStringLiteral("input.*")}, QDir::Files);
    return files.isEmpty() ? QString() : dir.filePath(files.first());
}

// Reports the first difference as a JSON path, which beats a 2,000-line text diff.
QString firstDifference(const QJsonValue &actual, const QJsonValue &expected, const QString &path)
{
    if (actual.type() != expected.type())
        return path + QStringLiteral(": type differs");
    if (actual.isObject()) {
        const QJsonObject a = actual.toObject();
        const QJsonObject e = expected.toObject();
        for (auto it = e.constBegin(); it != e.constEnd(); ++it) {
            if (!a.contains(it.key()))
                return path + QLatin1Char('.') + it.key() + QStringLiteral(": missing");
            const QString d =
                firstDifference(a.value(it.key()), it.value(), path + QLatin1Char('.') + it.key());
            if (!d.isEmpty())
                return d;
        }
        for (auto it = a.constBegin(); it != a.constEnd(); ++it)
            if (!e.contains(it.key()))
                return path + QLatin1Char('.') + it.key() + QStringLiteral(": unexpected");
        return {};
    }
    if (actual.isArray()) {
        const QJsonArray a = actual.toArray();
        const QJsonArray e = expected.toArray();
        for (qsizetype i = 0; i < qMin(a.size(), e.size()); ++i) {
            const QString d = firstDifference(
                a.at(i), e.at(i), path + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
            if (!d.isEmpty())
                return d;
        }
        if (a.size() != e.size())
            return path + QStringLiteral(": %1 elements, expected %2").arg(a.size()).arg(e.size());
        return {};
    }
    if (actual != expected)
        return path + QStringLiteral(": '%1' != expected '%2'")
                          .arg(actual.toVariant().toString(), expected.toVariant().toString());
    return {};
}

} // namespace

void TstPgLoad::golden_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expectedFile");
    QDir root(QStringLiteral(SCHEMALENS_TEST_DATA "/pg"));
    const QStringList cases = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY2(cases.size() >= 8, "golden cases are missing");
    for (const QString &name : cases) {
        const QString dir = root.filePath(name);
        QTest::newRow(qPrintable(name))
            << caseInput(dir) << QDir(dir).filePath(QStringLiteral("expected.json"));
    }
}

void TstPgLoad::golden()
{
    QFETCH(QString, input);
    QFETCH(QString, expectedFile);
    QVERIFY2(!input.isEmpty(), "case has no input");
    Result<load::LoadResult> result = load::loadSource(input);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const QJsonObject actual = report::modelToJson(result.value());

    QFile file(expectedFile);
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(expectedFile + QStringLiteral(" missing: run refresh.sh")));
    const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
    const QString difference = firstDifference(actual, expected, QStringLiteral("$"));
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

QTEST_GUILESS_MAIN(TstPgLoad)
#include "tst_pgload.moc"
