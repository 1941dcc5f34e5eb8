// Squawk's own rule test cases, run through Schemalens (issue 18). Squawk is the reference
// migration linter; its test suite has, for every rule, statements it must flag ("bad") and
// statements it must accept ("good"). The cases under tests/data/squawk/ were written from
// reading those tests (not copied from them), one file per Squawk rule, each with a base
// migration that builds the state the example assumes — Squawk lints a file without state,
// Schemalens replays the history, so a table the example alters must exist first.
//
// A case is caught when a finding of one of the Schemalens rules mapped to the Squawk rule
// (the file's "-- schemalens:" line, or the case's expect=) points into the case's migration;
// "rule~regex" also requires the message to match (migration-error~transaction.block: a
// migration-error about transaction blocks, not any; no spaces in the regex).
// Every bad case must be caught and no good case may be, except the cases marked
// "-- disputed:" with the reason Schemalens judges differently (the test checks that the
// disagreement is real) and good cases marked "-- also: <squawk rule>", which Squawk flags
// with another of its rules that a Schemalens rule merges.
//
// Case file format:
//   -- squawk: <rule>                 -- schemalens: <rule-id>[, <rule-id>]
//   -- base:  <sql for every case of the file>
//   -- case: <name> bad|good [pg=N] [tx] [layout=goose] [enable=<rule>] [expect=<ids>] [cr]
//   -- note: / -- disputed: <reason> / -- also: <squawk rule>
//   [-- base: <sql for this case only> -- migration:] <sql of the migration under test>
//
// tx: the tool runs the migration in a transaction (Squawk's assume_in_transaction); without
// it, in autocommit (Squawk's default). cr: the migration's line ends are CR only.
// SCHEMALENS_SQUAWK_EXPORT=<dir> writes every case as a migration folder with its review file,
// to measure another build with tests/tools/squawk-cases.py.

#include "reviewtest.h"

#include "core/review/equivalents.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <optional>

using namespace schemalens;

namespace {

struct Case {
    QString squawkRule;
    QStringList rules; // Schemalens rules that count as catching it
    QString name;
    bool bad = false;
    int pg = 15;
    std::optional<bool> tx; // unset: the layout's default (flyway cases: autocommit)
    bool cr = false;
    QString layout = QStringLiteral("flyway");
    QStringList enable;
    QString disputed;
    QString also;
    QString base;
    QString migration;
};

QString dataRoot()
{
    return QStringLiteral(SCHEMALENS_TEST_DATA "/squawk");
}

QList<Case> readCases(const QString &path)
{
    QFile file(path);
    QList<Case> cases;
    if (!file.open(QIODevice::ReadOnly))
        return cases;
    QString squawkRule;
    QStringList rules;
    QString fileBase;
    enum class Section { FileBase, CaseBase, Migration, None } section = Section::None;
    static const QRegularExpression header(
        QStringLiteral("^--\\s*case:\\s*(\\S+)\\s+(bad|good)(.*)$"));
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QString t = line.trimmed();
        if (t.startsWith(QLatin1String("-- squawk:"))) {
            squawkRule = t.mid(10).trimmed();
            continue;
        }
        if (t.startsWith(QLatin1String("-- schemalens:"))) {
            rules.clear();
            for (const QString &r : t.mid(14).split(QLatin1Char(','), Qt::SkipEmptyParts))
                rules.append(r.trimmed());
            continue;
        }
        const auto m = header.match(t);
        if (m.hasMatch()) {
            Case c;
            c.squawkRule = squawkRule;
            c.rules = rules;
            c.name = m.captured(1);
            c.bad = m.captured(2) == QLatin1String("bad");
            c.base = fileBase;
            for (const QString &option :
                 m.captured(3).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (option.startsWith(QLatin1String("pg=")))
                    c.pg = option.mid(3).toInt();
                else if (option == QLatin1String("tx"))
                    c.tx = true;
                else if (option == QLatin1String("notx"))
                    c.tx = false;
                else if (option == QLatin1String("cr"))
                    c.cr = true;
                else if (option.startsWith(QLatin1String("layout=")))
                    c.layout = option.mid(7);
                else if (option.startsWith(QLatin1String("enable=")))
                    c.enable.append(option.mid(7));
                else if (option.startsWith(QLatin1String("expect=")))
                    c.rules = option.mid(7).split(QLatin1Char(','));
            }
            if (!c.tx && c.layout == QLatin1String("flyway"))
                c.tx = false; // Squawk's default: no transaction assumed
            cases.append(c);
            section = Section::Migration;
            continue;
        }
        if (t == QLatin1String("-- base:")) {
            if (cases.isEmpty()) {
                section = Section::FileBase;
            } else {
                section = Section::CaseBase;
                cases.last().base.clear();
            }
            continue;
        }
        if (t == QLatin1String("-- migration:")) {
            section = Section::Migration;
            continue;
        }
        if (!cases.isEmpty() && t.startsWith(QLatin1String("-- disputed:"))) {
            cases.last().disputed = t.mid(12).trimmed();
            continue;
        }
        if (!cases.isEmpty() && t.startsWith(QLatin1String("-- also:"))) {
            cases.last().also = t.mid(8).trimmed();
            continue;
        }
        if (t.startsWith(QLatin1String("-- note:")))
            continue;
        switch (section) {
        case Section::FileBase:
            fileBase += line + QLatin1Char('\n');
            break;
        case Section::CaseBase:
            cases.last().base += line + QLatin1Char('\n');
            break;
        case Section::Migration:
            cases.last().migration += line + QLatin1Char('\n');
            break;
        case Section::None:
            break;
        }
    }
    return cases;
}

QList<Case> allCases()
{
    QList<Case> all;
    const QDir root(dataRoot());
    for (const QString &name : root.entryList({QStringLiteral("*.cases")}, QDir::Files, QDir::Name))
        all += readCases(root.filePath(name));
    return all;
}

// The migration folder of a case: its base as the first migration, the case as the second.
QString migrationFile(const Case &c)
{
    return c.layout == QLatin1String("goose") ? QStringLiteral("00002_migration.sql")
                                              : QStringLiteral("V2__migration.sql");
}

bool writeCase(const Case &c, const QString &folder)
{
    QDir().mkpath(folder);
    const bool goose = c.layout == QLatin1String("goose");
    QString base = c.base.trimmed().isEmpty() ? QStringLiteral("SELECT 1;\n") : c.base;
    QString migration = c.migration;
    if (goose) {
        base.prepend(QStringLiteral("-- +goose Up\n"));
        if (!migration.contains(QLatin1String("+goose Up")))
            migration.prepend(QStringLiteral("-- +goose Up\n"));
    }
    if (c.cr)
        migration.replace(QLatin1Char('\n'), QLatin1Char('\r'));
    const QList<QPair<QString, QString>> files = {
        {goose ? QStringLiteral("00001_base.sql") : QStringLiteral("V1__base.sql"), base},
        {migrationFile(c), migration}};
    for (const auto &[name, sql] : files) {
        QFile out(QDir(folder).filePath(name));
        if (!out.open(QIODevice::WriteOnly))
            return false;
        out.write(sql.toUtf8());
    }
    QJsonObject config{{QStringLiteral("postgresVersion"), c.pg}};
    if (c.tx)
        config.insert(QStringLiteral("migrationsInTransaction"), *c.tx);
    if (!c.enable.isEmpty()) {
        QJsonObject rules;
        for (const QString &rule : c.enable)
            rules.insert(rule, true);
        config.insert(QStringLiteral("rules"), rules);
    }
    QFile out(QDir(folder).filePath(QStringLiteral(".schemalens.json")));
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(QJsonDocument(config).toJson());
    return true;
}

struct Tally {
    int bad = 0;
    int caught = 0;
    int good = 0;
    int falseAlarms = 0;
    QStringList disputed;
    QStringList missed;
    QStringList alarms;
};

QMap<QString, Tally> &tallies()
{
    static QMap<QString, Tally> t;
    return t;
}

} // namespace

class TstSquawk : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cases_data();
    void cases();
    void coverageTableMatchesEquivalents();
    void cleanupTestCase();
};

void TstSquawk::cases_data()
{
    QTest::addColumn<int>("index");
    const QList<Case> all = allCases();
    for (int i = 0; i < all.size(); ++i)
        QTest::newRow(qPrintable(all.at(i).squawkRule + QLatin1Char('/') + all.at(i).name)) << i;
    if (all.isEmpty())
        QTest::newRow("no cases") << -1;
}

void TstSquawk::cases()
{
    QFETCH(int, index);
    static const QList<Case> all = allCases();
    QVERIFY2(index >= 0, "no case files under tests/data/squawk");
    const Case &c = all.at(index);
    QVERIFY2(!c.rules.isEmpty(), "a case needs the Schemalens rules that catch it");
    QVERIFY2(!c.migration.trimmed().isEmpty(), "a case needs its migration");

    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("migrations"));
    QVERIFY(writeCase(c, folder));
    if (const QString exportRoot = qEnvironmentVariable("SCHEMALENS_SQUAWK_EXPORT");
        !exportRoot.isEmpty()) {
        const QString target = QDir(exportRoot).filePath(c.squawkRule + QLatin1Char('/') + c.name);
        QVERIFY(writeCase(c, target));
        QFile meta(QDir(target).filePath(QStringLiteral("case.txt")));
        QVERIFY(meta.open(QIODevice::WriteOnly));
        meta.write(QStringLiteral("%1 %2 %3\n")
                       .arg(c.bad ? QStringLiteral("bad") : QStringLiteral("good"),
                            c.rules.join(QLatin1Char(',')), migrationFile(c))
                       .toUtf8());
    }

    review::ReviewConfig config;
    config.postgresVersion = c.pg;
    config.migrationsInTransaction = c.tx;
    for (const QString &rule : c.enable)
        config.enabledRules.insert(rule);
    // Squawk's cases are PostgreSQL: no dialect guess from a handful of statements.
    load::LoadOptions options;
    options.discovery.dialect = load::Dialect::PostgreSQL;
    options.migrationsInTransaction = c.tx;
    auto loaded = load::loadSource(folder, options);
    QVERIFY(loaded);
    auto reviewed = std::make_unique<reviewtest::Reviewed>();
    reviewed->loaded = std::move(loaded).value();
    review::ReviewOptions reviewOptions;
    reviewOptions.config = config;
    reviewed->result = review::runReview(reviewed->loaded, reviewOptions);
    for (const QString &rule : c.rules)
        QVERIFY2(review::findRule(rule.section(QLatin1Char('~'), 0, 0)),
                 qPrintable(QStringLiteral("unknown rule ") + rule));

    const auto counts = [&](const review::Finding &f) {
        for (const QString &rule : c.rules) {
            const QString id = rule.section(QLatin1Char('~'), 0, 0);
            const QString pattern = rule.section(QLatin1Char('~'), 1);
            if (f.rule == id &&
                (pattern.isEmpty() || QRegularExpression(pattern).match(f.message).hasMatch()))
                return true;
        }
        return false;
    };
    QStringList hits;
    for (const review::Finding &f : reviewed->result.findings)
        if (counts(f) && f.location.file.endsWith(migrationFile(c)))
            hits.append(f.rule + QLatin1String(": ") + f.message);
    const bool caught = !hits.isEmpty();

    Tally &t = tallies()[c.squawkRule];
    const QString label =
        c.name +
        (c.disputed.isEmpty() ? QString() : QLatin1String(" (") + c.disputed + QLatin1Char(')'));
    if (c.bad) {
        ++t.bad;
        t.caught += caught ? 1 : 0;
        if (!caught)
            (c.disputed.isEmpty() ? t.missed : t.disputed).append(QLatin1String("bad ") + label);
    } else {
        ++t.good;
        const bool alarm = caught && c.also.isEmpty();
        t.falseAlarms += alarm ? 1 : 0;
        if (alarm)
            (c.disputed.isEmpty() ? t.alarms : t.disputed).append(QLatin1String("good ") + label);
    }

    if (!c.also.isEmpty())
        return; // Squawk flags it too, with another rule
    const bool expected = c.disputed.isEmpty() ? c.bad : !c.bad;
    if (caught != expected) {
        QStringList all;
        for (const review::Finding &f : reviewed->result.findings)
            all.append(f.rule + QLatin1String(" @") + f.location.toString() + QLatin1String(": ") +
                       f.message);
        qWarning().noquote() << "findings:\n  " << all.join(QLatin1String("\n  "));
    }
    QVERIFY2(caught == expected,
             qPrintable(c.disputed.isEmpty()
                            ? (c.bad ? QStringLiteral("bad case not caught")
                                     : QStringLiteral("good case flagged: ") +
                                           hits.join(QLatin1String("; ")))
                            : QStringLiteral("disputed case agrees with Squawk now: drop the "
                                             "-- disputed: line")));
}

// docs/squawk-rules.md maps every Squawk rule to the Schemalens rules that cover it; the
// rules' equivalents (schemalens-cli rules) say the same. Both must agree, and every Squawk
// rule the cases here are written for must be in the table.
void TstSquawk::coverageTableMatchesEquivalents()
{
    QFile file(QStringLiteral(SCHEMALENS_TEST_DATA "/../../docs/squawk-rules.md"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    static const QRegularExpression ticked(QStringLiteral("`([a-z0-9-]+)`"));
    const auto names = [](const QString &cell) {
        QStringList out;
        for (auto it = ticked.globalMatch(cell); it.hasNext();)
            out.append(it.next().captured(1));
        return out;
    };
    QSet<QString> known;
    for (const review::Rule &rule : review::allRules())
        known.insert(rule.info.id);

    QSet<QString> tablePairs; // "squawk-rule schemalens-rule"
    QSet<QString> squawkInTable;
    QStringList problems;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("| `")))
            continue;
        const QStringList cells = line.split(QLatin1Char('|'));
        QVERIFY2(cells.size() >= 4, qPrintable(line));
        const QStringList squawk = names(cells.at(1));
        const QStringList ours = names(cells.at(2));
        if (squawk.isEmpty() || ours.isEmpty())
            problems.append(QStringLiteral("row without rules: ") + line);
        for (const QString &s : squawk)
            squawkInTable.insert(s);
        for (const QString &id : ours) {
            if (!known.contains(id)) {
                problems.append(QStringLiteral("unknown Schemalens rule %1").arg(id));
                continue;
            }
            const QStringList equivalents = review::equivalentsOf(id);
            bool listed = false;
            for (const QString &s : squawk) {
                tablePairs.insert(s + QLatin1Char(' ') + id);
                listed = listed || equivalents.contains(QLatin1String("squawk:") + s);
            }
            if (!listed)
                problems.append(
                    QStringLiteral("%1: equivalents lack squawk:%2").arg(id, squawk.value(0)));
        }
    }
    for (const QString &id : std::as_const(known))
        for (const QString &e : review::equivalentsOf(id))
            if (e.startsWith(QLatin1String("squawk:")) &&
                !tablePairs.contains(e.mid(7) + QLatin1Char(' ') + id))
                problems.append(
                    QStringLiteral("%1 (equivalent of %2) not in the table").arg(e, id));
    for (const Case &c : allCases())
        if (!squawkInTable.contains(c.squawkRule))
            problems.append(QStringLiteral("cases for %1, but no table row").arg(c.squawkRule));
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TstSquawk::cleanupTestCase()
{
    int bad = 0, caught = 0, good = 0, alarms = 0;
    QStringList lines{QStringLiteral("squawk rule | bad | caught | good | false alarms")};
    QStringList notes;
    for (auto it = tallies().cbegin(); it != tallies().cend(); ++it) {
        const Tally &t = it.value();
        lines.append(QStringLiteral("%1 | %2 | %3 | %4 | %5")
                         .arg(it.key())
                         .arg(t.bad)
                         .arg(t.caught)
                         .arg(t.good)
                         .arg(t.falseAlarms));
        bad += t.bad;
        caught += t.caught;
        good += t.good;
        alarms += t.falseAlarms;
        for (const QString &d : t.disputed)
            notes.append(it.key() + QLatin1String(": disputed ") + d);
        for (const QString &m : t.missed)
            notes.append(it.key() + QLatin1String(": MISSED ") + m);
        for (const QString &a : t.alarms)
            notes.append(it.key() + QLatin1String(": FALSE ALARM ") + a);
    }
    lines.append(QStringLiteral("total | %1 | %2 (%3 %) | %4 | %5")
                     .arg(bad)
                     .arg(caught)
                     .arg(bad ? 100.0 * caught / bad : 0, 0, 'f', 1)
                     .arg(good)
                     .arg(alarms));
    qInfo().noquote() << QLatin1Char('\n') + lines.join(u'\n') + QLatin1Char('\n') +
                             notes.join(u'\n');
}

QTEST_GUILESS_MAIN(TstSquawk)
#include "tst_squawk.moc"
