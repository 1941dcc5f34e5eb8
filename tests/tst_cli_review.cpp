// schemalens-cli review and rules, run as a user or a CI job runs them: exit codes, the
// review file (found or given, its problems with JSON paths, suppressions), every output
// format, colour only on a terminal and never with NO_COLOR or -o, SARIF URIs relative to
// the repository root.

#include "core/review/rule.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &arguments,
        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess cli;
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(SCHEMALENS_CLI), arguments);
    Run r;
    if (!cli.waitForFinished(120000))
        return r;
    r.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    r.out = cli.readAllStandardOutput();
    r.err = cli.readAllStandardError();
    return r;
}

QString shop()
{
    return QStringLiteral(SCHEMALENS_TEST_DATA "/../../resources/examples/shop");
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(content) == content.size();
}

QJsonObject json(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

const QRegularExpression &sgr()
{
    static const QRegularExpression re(QStringLiteral("\x1b\\[[0-9;]*m"));
    return re;
}

} // namespace

class TstCliReview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exitCodes();
    void usageErrors();
    void invalidReviewFile();
    void configProblemsWithJsonPath();
    void suppressions();
    void jsonContract();
    void confidenceAndTargetDialect();
    void sarif();
    void markdownAndHtml();
    void outputFile();
    void colourOnlyOnTerminal();
    void rulesCommand();

private:
    QTemporaryDir m_tmp;
    QString m_broken; // a migration folder with a statement that does not parse
    QString m_clean;  // a one-table schema file
};

void TstCliReview::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_broken = m_tmp.filePath(QStringLiteral("broken"));
    QVERIFY(writeFile(m_broken + QStringLiteral("/V1__a.sql"),
                      "CREATE TABLE a (id integer PRIMARY KEY);\n"));
    QVERIFY(
        writeFile(m_broken + QStringLiteral("/V2__b.sql"),
                  "-- the comma is a syntax error\nCREATE TABLE b (id integer PRIMARY KEY,);\n"));
    m_clean = m_tmp.filePath(QStringLiteral("clean/schema.sql"));
    QVERIFY(writeFile(m_clean, "CREATE TABLE a (id integer PRIMARY KEY);\n"));
}

void TstCliReview::exitCodes()
{
    // Findings alone never fail the run; --fail-on decides.
    Run r = run({QStringLiteral("review"), m_broken});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("V2__b.sql:2:"), r.out.constData());
    QVERIFY(r.out.contains("[parse-error]"));
    QCOMPARE(run({QStringLiteral("review"), m_broken, QStringLiteral("--fail-on"),
                  QStringLiteral("error")})
                 .exitCode,
             1);
    QCOMPARE(run({QStringLiteral("review"), m_broken, QStringLiteral("--fail-on"),
                  QStringLiteral("warning")})
                 .exitCode,
             1);
    QCOMPARE(run({QStringLiteral("review"), m_clean, QStringLiteral("--fail-on"),
                  QStringLiteral("error")})
                 .exitCode,
             0);
    r = run({QStringLiteral("review"), shop()});
    QCOMPARE(r.exitCode, 0);
    // Not a terminal: no progress, and nothing else to say on stderr.
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QVERIFY2(r.out.startsWith("shop (flyway, pg): 3 migrations, 5 tables, 4 foreign keys"),
             r.out.constData());
    QVERIFY(r.out.contains("\nReview: "));
}

void TstCliReview::usageErrors()
{
    QCOMPARE(run({QStringLiteral("review")}).exitCode, 2);
    QCOMPARE(run({QStringLiteral("review"), m_tmp.filePath(QStringLiteral("missing"))}).exitCode,
             2);
    QCOMPARE(
        run({QStringLiteral("review"), shop(), QStringLiteral("--format"), QStringLiteral("pdf")})
            .exitCode,
        2);
    QCOMPARE(run({QStringLiteral("review"), shop(), QStringLiteral("--fail-on"),
                  QStringLiteral("fatal")})
                 .exitCode,
             2);
    QCOMPARE(run({QStringLiteral("review"), shop(), QStringLiteral("--dialect"),
                  QStringLiteral("oracle")})
                 .exitCode,
             2);
    QCOMPARE(
        run({QStringLiteral("rules"), QStringLiteral("--format"), QStringLiteral("xml")}).exitCode,
        2);
}

void TstCliReview::invalidReviewFile()
{
    const QString notJson = m_tmp.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(notJson, "{ \"rules\": "));
    Run r = run({QStringLiteral("review"), m_clean, QStringLiteral("--config"), notJson});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("bad.json"), r.err.constData());
    QCOMPARE(run({QStringLiteral("review"), m_clean, QStringLiteral("--config"),
                  m_tmp.filePath(QStringLiteral("nope.json"))})
                 .exitCode,
             2);
    // The one found next to the source counts as well.
    const QString folder = m_tmp.filePath(QStringLiteral("autofound"));
    QVERIFY(
        writeFile(folder + QStringLiteral("/V1__a.sql"), "CREATE TABLE a (id int PRIMARY KEY);\n"));
    QVERIFY(writeFile(folder + QStringLiteral("/.schemalens.json"), "not json"));
    r = run({QStringLiteral("review"), folder});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(".schemalens.json"), r.err.constData());
}

void TstCliReview::configProblemsWithJsonPath()
{
    const QString config = m_tmp.filePath(QStringLiteral("problems.json"));
    QVERIFY(writeFile(config, R"({"bogus": 1, "rules": {"parse-error": {"severity": "loud"}}})"));
    Run r = run({QStringLiteral("review"), m_clean, QStringLiteral("--config"), config,
                 QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0); // problems are warnings; the rest of the file applies
    QVERIFY2(r.err.contains("$.bogus: unknown key"), r.err.constData());
    QVERIFY2(r.err.contains("$.rules.parse-error.severity"), r.err.constData());
    const QJsonArray problems = json(r.out).value(QLatin1String("configProblems")).toArray();
    QCOMPARE(problems.size(), 2);
    QStringList paths;
    for (const QJsonValue &p : problems)
        paths.append(p.toObject().value(QLatin1String("path")).toString());
    QVERIFY(paths.contains(QStringLiteral("$.bogus")));
}

void TstCliReview::suppressions()
{
    Run r = run(
        {QStringLiteral("review"), m_broken, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QString fingerprint;
    for (const QJsonValue &f : json(r.out).value(QLatin1String("findings")).toArray()) {
        if (f.toObject().value(QLatin1String("rule")).toString() == QLatin1String("parse-error"))
            fingerprint = f.toObject().value(QLatin1String("fingerprint")).toString();
    }
    QVERIFY(!fingerprint.isEmpty());

    // Copy the folder with a .schemalens.json that suppresses it (found automatically).
    const QString folder = m_tmp.filePath(QStringLiteral("suppressed"));
    for (const QString &name : QDir(m_broken).entryList(QDir::Files))
        QVERIFY(QFile::copy(m_broken + QLatin1Char('/') + name, folder + QLatin1Char('/') + name) ||
                (QDir().mkpath(folder) && QFile::copy(m_broken + QLatin1Char('/') + name,
                                                      folder + QLatin1Char('/') + name)));
    QVERIFY(writeFile(
        folder + QStringLiteral("/.schemalens.json"),
        QStringLiteral(R"({"suppressions": [{"fingerprint": "%1", "reason": "fixed upstream"},
                                        {"fingerprint": "000000000000000000000000", "reason": "old"}]})")
            .arg(fingerprint)
            .toUtf8()));
    r = run({QStringLiteral("review"), folder, QStringLiteral("--format"), QStringLiteral("json"),
             QStringLiteral("--fail-on"), QStringLiteral("error")});
    QCOMPARE(r.exitCode, 0); // the only error is suppressed
    QVERIFY2(r.err.contains("000000000000000000000000"), r.err.constData()); // stale entry
    const QJsonObject review = json(r.out);
    const QJsonArray suppressed = review.value(QLatin1String("suppressed")).toArray();
    QCOMPARE(suppressed.size(), 1);
    QCOMPARE(suppressed.first().toObject().value(QLatin1String("reason")).toString(),
             QStringLiteral("fixed upstream"));
    QCOMPARE(
        review.value(QLatin1String("source")).toObject().value(QLatin1String("config")).toString(),
        QStringLiteral(".schemalens.json"));

    r = run(
        {QStringLiteral("review"), folder, QStringLiteral("--format"), QStringLiteral("sarif")});
    bool found = false;
    for (const QJsonValue &v : json(r.out)
                                   .value(QLatin1String("runs"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QLatin1String("results"))
                                   .toArray()) {
        const QJsonArray s = v.toObject().value(QLatin1String("suppressions")).toArray();
        if (!s.isEmpty()) {
            found = true;
            QCOMPARE(s.first().toObject().value(QLatin1String("kind")).toString(),
                     QStringLiteral("external"));
            QCOMPARE(s.first().toObject().value(QLatin1String("justification")).toString(),
                     QStringLiteral("fixed upstream"));
        }
    }
    QVERIFY(found);
}

void TstCliReview::jsonContract()
{
    const Run r = run(
        {QStringLiteral("review"), m_broken, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject review = json(r.out);
    for (const char *key : {"summary", "strengths", "findings", "suppressed", "source", "tool"})
        QVERIFY2(review.contains(QLatin1String(key)), key);
    const QJsonObject summary = review.value(QLatin1String("summary")).toObject();
    QCOMPARE(summary.value(QLatin1String("tables")).toInt(), 1);
    QCOMPARE(summary.value(QLatin1String("migrations")).toInt(), 2);
    QVERIFY(summary.value(QLatin1String("findingsBySeverity"))
                .toObject()
                .value(QLatin1String("error"))
                .toInt() >= 1);
    const QJsonArray findings = review.value(QLatin1String("findings")).toArray();
    QVERIFY(!findings.isEmpty());
    const QJsonObject first = findings.first().toObject(); // errors sort first
    QCOMPARE(first.value(QLatin1String("rule")).toString(), QStringLiteral("parse-error"));
    QCOMPARE(first.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
    QCOMPARE(
        first.value(QLatin1String("location")).toObject().value(QLatin1String("file")).toString(),
        QStringLiteral("V2__b.sql"));
    QCOMPARE(first.value(QLatin1String("location")).toObject().value(QLatin1String("line")).toInt(),
             2);
    QCOMPARE(first.value(QLatin1String("fingerprint")).toString().size(), 24);
    QVERIFY(first.contains(QLatin1String("object")));
    QVERIFY(first.contains(QLatin1String("rationale")));
}

// Wave 2: --min-confidence leaves out what the review rates low, --target-dialect pg adds the
// port findings of a SQLite schema, and JSON carries confidence and rank.
void TstCliReview::confidenceAndTargetDialect()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("app.sqlite.sql"));
    QVERIFY(writeFile(source,
                      "CREATE TABLE oban_jobs (id INTEGER PRIMARY KEY, state TEXT NOT NULL);\n"
                      "CREATE TABLE accounts (id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                      "  is_active INTEGER NOT NULL DEFAULT 1,\n"
                      "  created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP);\n"));
    const QStringList base = {QStringLiteral("review"),    source,
                              QStringLiteral("--dialect"), QStringLiteral("sqlite"),
                              QStringLiteral("--format"),  QStringLiteral("json")};
    const Run all = run(base);
    QCOMPARE(all.exitCode, 0);
    QSet<QString> rules;
    bool lowSeen = false;
    for (const QJsonValue &v : json(all.out).value(QLatin1String("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        rules.insert(f.value(QLatin1String("rule")).toString());
        QVERIFY(f.contains(QLatin1String("rank")));
        lowSeen =
            lowSeen || f.value(QLatin1String("confidence")).toString() == QLatin1String("low");
    }
    QVERIFY(lowSeen); // the job queue's table
    QVERIFY(!rules.contains(QStringLiteral("autoincrement-port")));

    const Run medium =
        run(base + QStringList{QStringLiteral("--min-confidence"), QStringLiteral("medium")});
    QCOMPARE(medium.exitCode, 0);
    for (const QJsonValue &v : json(medium.out).value(QLatin1String("findings")).toArray())
        QVERIFY(v.toObject().value(QLatin1String("confidence")).toString() != QLatin1String("low"));

    const Run port =
        run(base + QStringList{QStringLiteral("--target-dialect"), QStringLiteral("pg")});
    QCOMPARE(port.exitCode, 0);
    QSet<QString> portRules;
    for (const QJsonValue &v : json(port.out).value(QLatin1String("findings")).toArray())
        portRules.insert(v.toObject().value(QLatin1String("rule")).toString());
    QVERIFY(portRules.contains(QStringLiteral("autoincrement-port")));
    QVERIFY(portRules.contains(QStringLiteral("timestamp-port")));
    QVERIFY(portRules.contains(QStringLiteral("bool-as-int")));

    QCOMPARE(run(base + QStringList{QStringLiteral("--min-confidence"), QStringLiteral("sure")})
                 .exitCode,
             2);
    QCOMPARE(run(base + QStringList{QStringLiteral("--target-dialect"), QStringLiteral("oracle")})
                 .exitCode,
             2);

    const Run text =
        run({QStringLiteral("review"), source, QStringLiteral("--dialect"),
             QStringLiteral("sqlite"), QStringLiteral("--target-dialect"), QStringLiteral("pg")});
    QVERIFY2(text.out.contains("Top issues"), text.out.constData());
}

void TstCliReview::sarif()
{
    // A repository with the source two levels down: URIs start at the repository root.
    const QString repo = m_tmp.filePath(QStringLiteral("repo"));
    QVERIFY(QDir().mkpath(repo + QStringLiteral("/.git")));
    QVERIFY(QDir().mkpath(repo + QStringLiteral("/db/migrations")));
    for (const QString &name : QDir(shop()).entryList(QDir::Files))
        QVERIFY(QFile::copy(shop() + QLatin1Char('/') + name,
                            repo + QStringLiteral("/db/migrations/") + name));
    QVERIFY(QFile::copy(m_broken + QStringLiteral("/V2__b.sql"),
                        repo + QStringLiteral("/db/migrations/V4__broken.sql")));
    const QString out = m_tmp.filePath(QStringLiteral("review.sarif"));
    const Run r =
        run({QStringLiteral("review"), repo + QStringLiteral("/db/migrations"),
             QStringLiteral("--format"), QStringLiteral("sarif"), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject log = json(file.readAll());
    QCOMPARE(log.value(QLatin1String("version")).toString(), QStringLiteral("2.1.0"));
    const QJsonObject run0 = log.value(QLatin1String("runs")).toArray().first().toObject();
    const QJsonObject driver =
        run0.value(QLatin1String("tool")).toObject().value(QLatin1String("driver")).toObject();
    QCOMPARE(driver.value(QLatin1String("name")).toString(), QStringLiteral("Schemalens"));
    QCOMPARE(driver.value(QLatin1String("rules")).toArray().size(),
             schemalens::review::allRules().size());
    bool sawParseError = false;
    for (const QJsonValue &v : run0.value(QLatin1String("results")).toArray()) {
        const QJsonObject result = v.toObject();
        const QJsonObject artifact = result.value(QLatin1String("locations"))
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(QLatin1String("physicalLocation"))
                                         .toObject()
                                         .value(QLatin1String("artifactLocation"))
                                         .toObject();
        const QString uri = artifact.value(QLatin1String("uri")).toString();
        QVERIFY2(uri.startsWith(QStringLiteral("db/migrations/V")), qPrintable(uri));
        QCOMPARE(artifact.value(QLatin1String("uriBaseId")).toString(),
                 QStringLiteral("%SRCROOT%"));
        if (result.value(QLatin1String("ruleId")).toString() == QLatin1String("parse-error")) {
            sawParseError = true;
            QCOMPARE(uri, QStringLiteral("db/migrations/V4__broken.sql"));
            QCOMPARE(result.value(QLatin1String("level")).toString(), QStringLiteral("error"));
        }
    }
    QVERIFY(sawParseError);

    // And it is valid SARIF 2.1.0.
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
        QSKIP("needs /usr/bin/python3 with python3-jsonschema");
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(SCHEMALENS_TEST_DATA "/report/validate_sarif.py"), out});
    QVERIFY(python.waitForFinished(120000));
    if (python.exitCode() == 3)
        QSKIP("needs python3-jsonschema");
    QVERIFY2(python.exitCode() == 0, python.readAll().constData());
}

void TstCliReview::markdownAndHtml()
{
    Run r = run({QStringLiteral("review"), m_broken, QStringLiteral("--format"),
                 QStringLiteral("markdown")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith("# Schema review: broken\n"), r.out.constData());
    QVERIFY(r.out.contains("## Summary"));
    QVERIFY(r.out.contains("### Errors (1)"));
    QVERIFY(r.out.contains("`V2__b.sql:2"));
    r = run(
        {QStringLiteral("review"), m_broken, QStringLiteral("--format"), QStringLiteral("html")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("<!DOCTYPE html>"));
    QVERIFY(r.out.contains("<style>"));
    QVERIFY(!r.out.contains("<script"));
    QVERIFY(!r.out.contains("<link"));
    QVERIFY(!r.out.contains("src="));
    QVERIFY(r.out.contains("V2__b.sql:2"));
}

void TstCliReview::outputFile()
{
    const QString out = m_tmp.filePath(QStringLiteral("out/review.txt"));
    QVERIFY(QDir().mkpath(QFileInfo(out).absolutePath()));
    const Run r = run({QStringLiteral("review"), m_broken, QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("[parse-error]"));
    QVERIFY(!text.contains('\x1b'));
    QCOMPARE(run({QStringLiteral("review"), m_broken, QStringLiteral("-o"),
                  m_tmp.filePath(QStringLiteral("no/such/dir/x.txt"))})
                 .exitCode,
             2);
}

void TstCliReview::colourOnlyOnTerminal()
{
    // util-linux script(1) gives the CLI a pseudo-terminal, as an interactive shell would.
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("needs script(1) from util-linux for a pseudo-terminal");
    const auto onTerminal = [&](const QString &command, bool noColor) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TERM"), QStringLiteral("xterm"));
        if (noColor)
            env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
        else
            env.remove(QStringLiteral("NO_COLOR"));
        p.setProcessEnvironment(env);
        p.start(script, {QStringLiteral("-qec"), command, QStringLiteral("/dev/null")});
        p.waitForFinished(120000);
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const QString command =
        QStringLiteral("'%1' review '%2'").arg(QStringLiteral(SCHEMALENS_CLI), m_broken);
    const QString coloured = onTerminal(command, false);
    QVERIFY2(coloured.contains(QStringLiteral("\x1b[1;31merror\x1b[0m")), qPrintable(coloured));
    QVERIFY2(coloured.contains(QStringLiteral("reviewing")), qPrintable(coloured)); // progress
    const QString plain = onTerminal(command, true);
    QVERIFY2(plain.contains(QStringLiteral("[parse-error]")), qPrintable(plain));
    QVERIFY2(!sgr().match(plain).hasMatch(), qPrintable(plain));
    // -o: never colour in a file, even from a terminal.
    const QString out = m_tmp.filePath(QStringLiteral("tty.txt"));
    onTerminal(command + QStringLiteral(" -o '%1'").arg(out), false);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("[parse-error]"));
    QVERIFY(!text.contains('\x1b'));
}

void TstCliReview::rulesCommand()
{
    const schemalens::review::Rules &rules = schemalens::review::allRules();
    Run r = run({QStringLiteral("rules")});
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    for (const schemalens::review::Rule &rule : rules)
        QVERIFY2(text.contains(QLatin1Char('\n') + rule.info.id + QLatin1String("  [")),
                 qPrintable(rule.info.id));
    r = run({QStringLiteral("rules"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray listed = json(r.out).value(QLatin1String("rules")).toArray();
    QCOMPARE(listed.size(), rules.size());
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const QJsonObject o = listed.at(i).toObject();
        QCOMPARE(o.value(QLatin1String("id")).toString(), rules.at(i).info.id);
        QCOMPARE(o.value(QLatin1String("family")).toString(), rules.at(i).info.family);
        QCOMPARE(o.value(QLatin1String("title")).toString(), rules.at(i).info.title);
    }
    QVERIFY(text.contains(QStringLiteral("parse-error  [error, needs static, pg/sqlite]")));
}

QTEST_GUILESS_MAIN(TstCliReview)
#include "tst_cli_review.moc"
