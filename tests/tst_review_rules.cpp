// Data-driven rule tests. Every case under tests/data/review/<family>/ is either a .sql file
// or a folder of migrations (with the expectations in expect.txt). Expectation lines:
//
//   -- expect: <rule> <table>[.<column>]    a finding of <rule> about that table (column),
//                                           or about that migration file (<file name>),
//                                           or about that schema (<schema>, or "(schema)")
//   -- expect-none: <rule>                  no finding of <rule> at all
//
// A case folder may hold a .schemalens.json review file (postgresVersion,
// migrationsInTransaction, opt-in rules) that the case is reviewed with.
//
// For every rule named in an expect line, the findings of that rule must be exactly the
// expected ones (same count, same objects). A case whose name contains ".sqlite" loads as
// SQLite. Each rule needs a case that triggers it and a near miss that must not.

#include "reviewtest.h"

#include "core/review/config.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTest>

using namespace schemalens;

class TstReviewRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void everyRuleHasCases();
    void wellDesignedSchemasAreClean_data();
    void wellDesignedSchemasAreClean();
};

namespace {

QString dataRoot()
{
    return QStringLiteral(SCHEMALENS_TEST_DATA "/review");
}

QStringList casePaths()
{
    QStringList paths;
    const QDir root(dataRoot());
    for (const QString &family : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(root.filePath(family));
        for (const QFileInfo &entry :
             dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
            if (entry.isDir() || entry.suffix() == QLatin1String("sql"))
                paths.append(entry.absoluteFilePath());
        }
    }
    return paths;
}

struct Expectation {
    QString rule;
    QString object; // "table" or "table.column"; empty for expect-none
};

QList<Expectation> expectationsOf(const QString &casePath)
{
    const QString file =
        QFileInfo(casePath).isDir() ? casePath + QLatin1String("/expect.txt") : casePath;
    QFile f(file);
    QList<Expectation> out;
    if (!f.open(QIODevice::ReadOnly))
        return out;
    static const QRegularExpression line(
        QStringLiteral("^\\s*--\\s*(expect|expect-none):\\s*([a-z0-9-]+)\\s*(\\S*)"));
    for (const QString &text : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const auto m = line.match(text);
        if (m.hasMatch())
            out.append({m.captured(2),
                        m.captured(1) == QLatin1String("expect") ? m.captured(3) : QString()});
    }
    return out;
}

QString objectOf(const review::Finding &f)
{
    if (f.object.kind == review::ObjectRef::Kind::Schema) // findings about the whole schema
        return f.object.schema.isEmpty() ? QStringLiteral("(schema)") : f.object.schema;
    if (f.object.table.isEmpty())
        return QFileInfo(f.object.file).fileName(); // findings about a migration file
    return f.object.column.isEmpty() ? f.object.table
                                     : f.object.table + QLatin1Char('.') + f.object.column;
}

} // namespace

void TstReviewRules::rules_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : casePaths()) {
        const QString name = QDir(dataRoot()).relativeFilePath(path);
        QTest::newRow(qPrintable(name)) << path;
    }
}

void TstReviewRules::rules()
{
    QFETCH(QString, path);
    const QList<Expectation> expectations = expectationsOf(path);
    QVERIFY2(!expectations.isEmpty(), "a case needs at least one expect line");
    // A case folder may carry its own review file (PostgreSQL version, transactions…).
    review::ReviewConfig config;
    if (const QString file = QDir(path).filePath(QStringLiteral(".schemalens.json"));
        QFileInfo(path).isDir() && QFileInfo::exists(file)) {
        const auto parsed = review::loadConfigFile(file);
        QVERIFY2(parsed && parsed->problems.isEmpty(), qPrintable(file));
        config = parsed->config;
    }
    const auto reviewed = reviewtest::reviewPath(path, config);
    QVERIFY(reviewed);

    QMap<QString, QStringList> expected; // rule -> objects
    for (const Expectation &e : expectations) {
        QVERIFY2(review::findRule(e.rule), qPrintable(QStringLiteral("unknown rule ") + e.rule));
        QStringList &objects = expected[e.rule];
        if (!e.object.isEmpty())
            objects.append(e.object);
    }
    for (auto it = expected.begin(); it != expected.end(); ++it) {
        QStringList actual;
        QStringList messages;
        for (const review::Finding &f : reviewed->ofRule(it.key())) {
            actual.append(objectOf(f));
            messages.append(objectOf(f) + QLatin1String(": ") + f.message);
        }
        actual.sort();
        QStringList wanted = it.value();
        wanted.sort();
        if (actual != wanted)
            qWarning().noquote() << it.key() << "found:\n  "
                                 << messages.join(QLatin1String("\n  "));
        QCOMPARE(actual, wanted);
    }
}

// Every rule a static or history review runs has at least one case that triggers it and one
// near miss (a case naming it in expect-none, or expecting it on other objects only).
void TstReviewRules::everyRuleHasCases()
{
    QSet<QString> triggered;
    QSet<QString> mentioned;
    for (const QString &path : casePaths()) {
        for (const Expectation &e : expectationsOf(path)) {
            (e.object.isEmpty() ? mentioned : triggered).insert(e.rule);
        }
    }
    QStringList missing;
    for (const review::Rule &rule : review::allRules()) {
        if (!rule.run || rule.info.needs == review::Needs::Live)
            continue;
        if (!triggered.contains(rule.info.id))
            missing.append(rule.info.id + QLatin1String(" (no triggering case)"));
        if (!mentioned.contains(rule.info.id))
            missing.append(rule.info.id + QLatin1String(" (no near-miss case)"));
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1String(", "))));
}

QTEST_GUILESS_MAIN(TstReviewRules)

// Schemas written the way a careful reviewer would want them (tests/data/well-designed): not
// one warning or error. A rule that fires here cries wolf on good schemas.
void TstReviewRules::wellDesignedSchemasAreClean_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("postgresql") << QStringLiteral(SCHEMALENS_TEST_DATA "/well-designed/tasks.pg");
    QTest::newRow("sqlite") << QStringLiteral(SCHEMALENS_TEST_DATA "/well-designed/books.sqlite");
}

void TstReviewRules::wellDesignedSchemasAreClean()
{
    QFETCH(QString, path);
    const auto reviewed = reviewtest::reviewPath(path);
    QVERIFY(reviewed);
    QVERIFY(reviewed->loaded.schema.tables.size() >= 2);
    QStringList noise;
    for (const review::Finding &f : reviewed->result.findings) {
        if (f.severity != review::Severity::Info)
            noise.append(f.rule + QLatin1String(": ") + f.message);
    }
    QVERIFY2(noise.isEmpty(), qPrintable(noise.join(QLatin1Char('\n'))));
}

#include "tst_review_rules.moc"
