// The design review through schemalens-cli, as CI and a team run it: decisions in the review
// file change what `review` reports (each finding's `decision` in JSON, --new-only as the CI
// baseline, --fail-on ignoring won't fix and fixed, SARIF suppressions with the reason,
// decisions whose finding is gone shown as resolved), a malformed `decisions` entry is
// reported with its JSON path while the rest applies, the review file is never rewritten by
// reading it, and `minutes` writes Markdown and HTML (goldens in tests/data/minutes/<case>/:
// the source's migrations are the bundled shop example, review.json becomes its review
// file; SCHEMALENS_REFRESH_GOLDEN=1 rewrites expected.md/expected.html), with the git
// revision of the source when it is in a repository.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &arguments, const QString &workingDirectory = QString())
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("NO_COLOR"), QStringLiteral("1"));
    cli.setProcessEnvironment(env);
    if (!workingDirectory.isEmpty())
        cli.setWorkingDirectory(workingDirectory);
    cli.start(QStringLiteral(SCHEMALENS_CLI), arguments);
    Run r;
    if (!cli.waitForFinished(120000))
        return r;
    r.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    r.out = cli.readAllStandardOutput();
    r.err = cli.readAllStandardError();
    return r;
}

QString dataDir()
{
    return QStringLiteral(SCHEMALENS_TEST_DATA "/minutes");
}

QString shop()
{
    return QStringLiteral(SCHEMALENS_TEST_DATA "/../../resources/examples/shop");
}

bool copyShop(const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &info :
         QDir(shop()).entryInfoList({QStringLiteral("*.sql")}, QDir::Files)) {
        if (!QFile::copy(info.absoluteFilePath(), to + QLatin1Char('/') + info.fileName()))
            return false;
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

QJsonObject json(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QJsonObject findingByRule(const QJsonObject &review, const QString &rule)
{
    for (const QJsonValue &v : review.value(QLatin1String("findings")).toArray()) {
        if (v.toObject().value(QLatin1String("rule")).toString() == rule)
            return v.toObject();
    }
    return {};
}

// The images of an HTML page replaced by a marker, so that the golden does not depend on
// Graphviz's and the fonts' exact coordinates; the images are checked on their own.
QByteArray withoutImages(QByteArray html, QList<QByteArray> *images = nullptr)
{
    static const QRegularExpression data(
        QStringLiteral("data:image/svg\\+xml;base64,([A-Za-z0-9+/=]+)"));
    QString text = QString::fromUtf8(html);
    for (QRegularExpressionMatchIterator it = data.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (images)
            images->append(QByteArray::fromBase64(m.captured(1).toLatin1()));
    }
    text.replace(data, QStringLiteral("data:image/svg+xml;base64,…"));
    return text.toUtf8();
}

} // namespace

class TstMeetingCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void decisionInJson();
    void newOnlyIsTheBaseline();
    void failOnIgnoresAcceptedFindings();
    void sarifSuppressions();
    void resolvedDecisions();
    void malformedEntryReportedWithItsPath();
    void readingNeverRewritesTheReviewFile();
    void minutesGolden_data();
    void minutesGolden();
    void minutesPictures();
    void minutesRevision();
    void minutesUsage();

private:
    QString sourceWith(const QByteArray &reviewFile);
    QByteArray decisionsFile(const QList<std::pair<QString, QByteArray>> &byRule);

    QTemporaryDir m_tmp;
    QHash<QString, QString> m_fingerprint; // rule -> fingerprint of the shop's finding
    int m_findings = 0;
    int m_sources = 0;
};

void TstMeetingCli::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    const Run r =
        run({QStringLiteral("review"), shop(), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray findings = json(r.out).value(QLatin1String("findings")).toArray();
    m_findings = int(findings.size());
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        const QString rule = f.value(QLatin1String("rule")).toString();
        if (!m_fingerprint.contains(rule)) // the first finding of each rule
            m_fingerprint.insert(rule, f.value(QLatin1String("fingerprint")).toString());
    }
    for (const char *rule :
         {"soft-fk", "money-as-float", "fk-missing-index", "jsonb-no-gin", "not-null-no-default"})
        QVERIFY2(m_fingerprint.contains(QLatin1String(rule)), rule);
}

QString TstMeetingCli::sourceWith(const QByteArray &reviewFile)
{
    const QString folder = m_tmp.filePath(QStringLiteral("source%1").arg(++m_sources));
    if (!copyShop(folder))
        return {};
    if (!reviewFile.isEmpty() &&
        !writeFile(folder + QStringLiteral("/.schemalens.json"), reviewFile))
        return {};
    return folder;
}

QByteArray TstMeetingCli::decisionsFile(const QList<std::pair<QString, QByteArray>> &byRule)
{
    QStringList entries;
    // Keys are rule ids (their first finding) or fingerprints.
    for (const auto &[key, decision] : byRule)
        entries.append(QStringLiteral("    \"%1\": %2")
                           .arg(m_fingerprint.value(key, key), QString::fromUtf8(decision)));
    return "{\n  \"decisions\": {\n" + entries.join(QStringLiteral(",\n")).toUtf8() + "\n  }\n}\n";
}

void TstMeetingCli::decisionInJson()
{
    const QString source = sourceWith(decisionsFile(
        {{QStringLiteral("soft-fk"),
          R"({"status": "wont-fix", "note": "legacy import", "owner": "ana", "date": "2026-12-07", "rule": "soft-fk"})"}}));
    const Run r =
        run({QStringLiteral("review"), source, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    const QJsonObject review = json(r.out);
    const QJsonObject decision = findingByRule(review, QStringLiteral("soft-fk"))
                                     .value(QLatin1String("decision"))
                                     .toObject();
    QCOMPARE(decision, (QJsonObject{{QLatin1String("status"), QStringLiteral("wont-fix")},
                                    {QLatin1String("note"), QStringLiteral("legacy import")},
                                    {QLatin1String("owner"), QStringLiteral("ana")},
                                    {QLatin1String("date"), QStringLiteral("2026-12-07")}}));
    QVERIFY(!findingByRule(review, QStringLiteral("money-as-float"))
                 .contains(QLatin1String("decision")));
    QVERIFY(!review.contains(QLatin1String("resolvedDecisions")));
    // Text, Markdown and HTML show it with the finding.
    const Run text = run({QStringLiteral("review"), source});
    QVERIFY(text.out.contains("decision: Won't fix: legacy import (ana, 2026-12-07)"));
    const Run md = run(
        {QStringLiteral("review"), source, QStringLiteral("--format"), QStringLiteral("markdown")});
    QVERIFY(md.out.contains("**Decision:** Won't fix: legacy import (ana, 2026-12-07)"));
    const Run html =
        run({QStringLiteral("review"), source, QStringLiteral("--format"), QStringLiteral("html")});
    QVERIFY(html.out.contains("<strong>Decision:</strong> Won&#x27;t fix") ||
            html.out.contains("<strong>Decision:</strong> Won't fix"));
}

void TstMeetingCli::newOnlyIsTheBaseline()
{
    const QString source = sourceWith(decisionsFile(
        {{QStringLiteral("soft-fk"), R"({"status": "will-fix"})"},
         {QStringLiteral("money-as-float"), R"({"status": "discuss"})"},
         {QStringLiteral("jsonb-no-gin"), R"({"status": "open", "note": "ask the search team"})"},
         {QStringLiteral("fk-missing-index"), R"({"status": "fixed"})"}}));
    const Run all =
        run({QStringLiteral("review"), source, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(json(all.out).value(QLatin1String("findings")).toArray().size(), m_findings);
    const Run r = run({QStringLiteral("review"), source, QStringLiteral("--new-only"),
                       QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject review = json(r.out);
    const QJsonArray findings = review.value(QLatin1String("findings")).toArray();
    QCOMPARE(findings.size(), m_findings - 3);
    QStringList listed;
    for (const QJsonValue &v : findings)
        listed.append(v[QLatin1String("fingerprint")].toString());
    for (const char *gone : {"soft-fk", "money-as-float", "fk-missing-index"})
        QVERIFY2(!listed.contains(m_fingerprint.value(QLatin1String(gone))), gone);
    // An open decision with a note is still new.
    QVERIFY(!findingByRule(review, QStringLiteral("jsonb-no-gin")).isEmpty());
    // The summary counts what is listed.
    const QJsonObject counts = review.value(QLatin1String("summary"))
                                   .toObject()
                                   .value(QLatin1String("findingsBySeverity"))
                                   .toObject();
    QCOMPARE(counts.value(QLatin1String("error")).toInt() +
                 counts.value(QLatin1String("warning")).toInt() +
                 counts.value(QLatin1String("info")).toInt(),
             int(findings.size()));
    // --new-only with --fail-on: CI fails only on what nobody has looked at.
    const Run gate = run({QStringLiteral("review"), source, QStringLiteral("--new-only"),
                          QStringLiteral("--fail-on"), QStringLiteral("info")});
    QCOMPARE(gate.exitCode, findings.isEmpty() ? 0 : 1);
}

void TstMeetingCli::failOnIgnoresAcceptedFindings()
{
    // Every warning accepted (won't fix) or fixed: --fail-on warning passes.
    const Run plain =
        run({QStringLiteral("review"), shop(), QStringLiteral("--format"), QStringLiteral("json")});
    QList<std::pair<QString, QByteArray>> accepted;
    QString aWarning;
    for (const QJsonValue &v : json(plain.out).value(QLatin1String("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(QLatin1String("severity")).toString() == QLatin1String("info"))
            continue;
        const QString fingerprint = f.value(QLatin1String("fingerprint")).toString();
        aWarning = fingerprint;
        accepted.append(
            {fingerprint, accepted.size() % 2
                              ? QByteArray(R"({"status": "fixed"})")
                              : QByteArray(R"({"status": "wont-fix", "note": "accepted risk"})")});
    }
    QVERIFY(!aWarning.isEmpty());
    QCOMPARE(run({QStringLiteral("review"), sourceWith({}), QStringLiteral("--fail-on"),
                  QStringLiteral("warning")})
                 .exitCode,
             1);
    const QString all = sourceWith(decisionsFile(accepted));
    Run r = run(
        {QStringLiteral("review"), all, QStringLiteral("--fail-on"), QStringLiteral("warning")});
    QCOMPARE(r.exitCode, 0);
    // Still reported, with the decision, just not failing.
    QVERIFY(r.out.contains("decision: Won't fix: accepted risk"));
    // Will fix and discuss still fail the run.
    for (const QByteArray &status : {QByteArray("will-fix"), QByteArray("discuss")}) {
        QList<std::pair<QString, QByteArray>> oneOpen = accepted;
        for (auto &[key, decision] : oneOpen) {
            if (key == aWarning)
                decision = "{\"status\": \"" + status + "\"}";
        }
        r = run({QStringLiteral("review"), sourceWith(decisionsFile(oneOpen)),
                 QStringLiteral("--fail-on"), QStringLiteral("warning")});
        QCOMPARE(r.exitCode, 1);
    }
}

void TstMeetingCli::sarifSuppressions()
{
    const QString source = sourceWith(decisionsFile(
        {{QStringLiteral("soft-fk"),
          R"({"status": "wont-fix", "note": "legacy import", "owner": "ana", "date": "2026-12-07"})"},
         {QStringLiteral("money-as-float"), R"({"status": "discuss", "note": "ask finance"})"},
         {QStringLiteral("jsonb-no-gin"), R"({"status": "open", "note": "later"})"}}));
    const Run r = run(
        {QStringLiteral("review"), source, QStringLiteral("--format"), QStringLiteral("sarif")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray results = json(r.out)
                                   .value(QLatin1String("runs"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QLatin1String("results"))
                                   .toArray();
    QHash<QString, QJsonObject> byRule;
    for (const QJsonValue &v : results)
        byRule.insert(v.toObject().value(QLatin1String("ruleId")).toString(), v.toObject());
    const QJsonArray wont =
        byRule.value(QStringLiteral("soft-fk")).value(QLatin1String("suppressions")).toArray();
    QCOMPARE(wont.size(), 1);
    QCOMPARE(wont.at(0)[QLatin1String("kind")].toString(), QStringLiteral("external"));
    QCOMPARE(wont.at(0)[QLatin1String("status")].toString(), QStringLiteral("accepted"));
    QCOMPARE(wont.at(0)[QLatin1String("justification")].toString(),
             QStringLiteral("Won't fix: legacy import (ana, 2026-12-07)"));
    const QJsonArray discuss = byRule.value(QStringLiteral("money-as-float"))
                                   .value(QLatin1String("suppressions"))
                                   .toArray();
    QCOMPARE(discuss.at(0)[QLatin1String("status")].toString(), QStringLiteral("underReview"));
    // An open finding (even with a note) is not suppressed.
    QVERIFY(!byRule.value(QStringLiteral("jsonb-no-gin")).contains(QLatin1String("suppressions")));
    QVERIFY(
        !byRule.value(QStringLiteral("fk-missing-index")).contains(QLatin1String("suppressions")));

    // Valid SARIF 2.1.0 (when the validator can run).
    const QString file = m_tmp.filePath(QStringLiteral("decided.sarif"));
    QVERIFY(writeFile(file, r.out));
    if (QFileInfo::exists(QStringLiteral("/usr/bin/python3"))) {
        QProcess python;
        python.setProcessChannelMode(QProcess::MergedChannels);
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral(SCHEMALENS_TEST_DATA "/report/validate_sarif.py"), file});
        QVERIFY(python.waitForFinished(120000));
        if (python.exitCode() != 3)
            QVERIFY2(python.exitCode() == 0, python.readAll().constData());
    }
}

void TstMeetingCli::resolvedDecisions()
{
    const QByteArray file = R"({
  "decisions": {
    "00000000000000000000beef": {
      "status": "will-fix",
      "note": "drop the float column",
      "rule": "money-as-float",
      "message": "products.cost is double precision"
    }
  }
}
)";
    const QString source = sourceWith(file);
    const Run r =
        run({QStringLiteral("review"), source, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray resolved = json(r.out).value(QLatin1String("resolvedDecisions")).toArray();
    QCOMPARE(resolved.size(), 1);
    QCOMPARE(resolved.at(0)[QLatin1String("fingerprint")].toString(),
             QStringLiteral("00000000000000000000beef"));
    QCOMPARE(resolved.at(0)[QLatin1String("status")].toString(), QStringLiteral("will-fix"));
    QCOMPARE(resolved.at(0)[QLatin1String("message")].toString(),
             QStringLiteral("products.cost is double precision"));
    const Run text = run({QStringLiteral("review"), source});
    QVERIFY2(text.out.contains("Resolved decisions (1): their findings no longer appear"),
             text.out.constData());
    QVERIFY(text.out.contains("products.cost is double precision [money-as-float] — Will fix: "
                              "drop the float column"));
    // Shown, never removed by a review.
    QCOMPARE(readAll(source + QStringLiteral("/.schemalens.json")), file);
}

void TstMeetingCli::malformedEntryReportedWithItsPath()
{
    const QString good = m_fingerprint.value(QStringLiteral("soft-fk"));
    const QString bad = m_fingerprint.value(QStringLiteral("money-as-float"));
    const QByteArray file = QStringLiteral(R"({
  "decisions": {
    "%1": { "status": "wont-fix", "note": "legacy import" },
    "%2": { "status": "postponed", "owner": "bo" },
    "%3": { "status": "wont-fix" }
  }
}
)")
                                .arg(good, bad, m_fingerprint.value(QStringLiteral("jsonb-no-gin")))
                                .toUtf8();
    const QString source = sourceWith(file);
    const Run r =
        run({QStringLiteral("review"), source, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(
        r.err.contains(
            QStringLiteral("$.decisions.%1.status: unknown status 'postponed'").arg(bad).toUtf8()),
        r.err.constData());
    QVERIFY2(r.err.contains(QStringLiteral("$.decisions.%1.note: a won't-fix decision needs a "
                                           "reason")
                                .arg(m_fingerprint.value(QStringLiteral("jsonb-no-gin")))
                                .toUtf8()),
             r.err.constData());
    const QJsonObject review = json(r.out);
    QCOMPARE(findingByRule(review, QStringLiteral("soft-fk"))
                 .value(QLatin1String("decision"))
                 .toObject()
                 .value(QLatin1String("status"))
                 .toString(),
             QStringLiteral("wont-fix"));
    QVERIFY(!findingByRule(review, QStringLiteral("money-as-float"))
                 .contains(QLatin1String("decision")));
    QVERIFY(
        !findingByRule(review, QStringLiteral("jsonb-no-gin")).contains(QLatin1String("decision")));
    QStringList paths;
    for (const QJsonValue &p : review.value(QLatin1String("configProblems")).toArray())
        paths.append(p[QLatin1String("path")].toString());
    QVERIFY(paths.contains(QStringLiteral("$.decisions.%1.status").arg(bad)));
}

void TstMeetingCli::readingNeverRewritesTheReviewFile()
{
    // Hand-formatted, with keys of other kinds: every command leaves it byte for byte.
    const QByteArray file =
        QStringLiteral("{\"rules\":{\"wide-table\":{\"maxColumns\":30}},\n"
                       "\t\"decisions\" : {\"%1\":{\"note\":\"x\",\"status\":\"fixed\"}},"
                       "\"notes\":{\"public.orders\":\"Grüße\"}}")
            .arg(m_fingerprint.value(QStringLiteral("soft-fk")))
            .toUtf8();
    const QString source = sourceWith(file);
    const QString path = source + QStringLiteral("/.schemalens.json");
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("review"), source},
          QStringList{QStringLiteral("review"), source, QStringLiteral("--new-only"),
                      QStringLiteral("--format"), QStringLiteral("sarif")},
          QStringList{QStringLiteral("minutes"), source},
          QStringList{QStringLiteral("minutes"), source, QStringLiteral("--format"),
                      QStringLiteral("html")}}) {
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(readAll(path), file);
    }
}

void TstMeetingCli::minutesGolden_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : QDir(dataDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        QTest::newRow(qPrintable(name)) << name;
}

void TstMeetingCli::minutesGolden()
{
    QFETCH(QString, name);
    const QString caseDir = dataDir() + QLatin1Char('/') + name;
    const QString source = sourceWith(readAll(caseDir + QStringLiteral("/review.json")));
    QVERIFY(!source.isEmpty());
    const bool refresh = qEnvironmentVariableIsSet("SCHEMALENS_REFRESH_GOLDEN");
    for (const QString &format : {QStringLiteral("markdown"), QStringLiteral("html")}) {
        const Run r = run({QStringLiteral("minutes"), source, QStringLiteral("--date"),
                           QStringLiteral("2026-12-07"), QStringLiteral("--format"), format});
        QCOMPARE(r.exitCode, 0);
        // The source folder is a temporary copy, so its name differs from run to run.
        QByteArray output = r.out;
        output.replace(QFileInfo(source).fileName().toUtf8(), "shop");
        // Nor should the golden change with each release.
        static const QRegularExpression version(
            QStringLiteral("Minutes written by Schemalens [^ <]+\\."));
        output = QString::fromUtf8(output)
                     .replace(version, QStringLiteral("Minutes written by Schemalens VERSION."))
                     .toUtf8();
        const QString expectedPath =
            caseDir + (format == QLatin1String("html") ? QStringLiteral("/expected.html")
                                                       : QStringLiteral("/expected.md"));
        if (format == QLatin1String("html"))
            output = withoutImages(output);
        if (refresh) {
            QVERIFY(writeFile(expectedPath, output));
            continue;
        }
        const QByteArray expected = readAll(expectedPath);
        QVERIFY2(!expected.isEmpty(), qPrintable(expectedPath));
        if (output != expected) {
            const QString actualPath = m_tmp.filePath(name + QLatin1Char('.') + format);
            writeFile(actualPath, output);
            QFAIL(qPrintable(QStringLiteral("%1 differs from %2 (see %3)")
                                 .arg(format, expectedPath, actualPath)));
        }
    }
}

void TstMeetingCli::minutesPictures()
{
    const QString source = sourceWith(decisionsFile(
        {{QStringLiteral("soft-fk"), R"({"status": "discuss", "note": "FK or not?"})"},
         {QStringLiteral("money-as-float"), R"({"status": "will-fix"})"},
         {QStringLiteral("not-null-no-default"), R"({"status": "fixed"})"}}));
    const Run r = run({QStringLiteral("minutes"), source, QStringLiteral("--format"),
                       QStringLiteral("html"), QStringLiteral("--theme"), QStringLiteral("dark")});
    QCOMPARE(r.exitCode, 0);
    QList<QByteArray> images;
    withoutImages(r.out, &images);
    QCOMPARE(images.size(), 3);
    // Each is a well-formed SVG naming the finding's tables.
    const QList<QByteArray> tables = {">reviews<", ">products<", ">customers<"};
    for (const QByteArray &svg : images) {
        QXmlStreamReader xml(svg);
        int texts = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement &&
                xml.name() == QLatin1String("text"))
                ++texts;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(texts > 3);
        bool named = false;
        for (const QByteArray &table : tables)
            named = named || svg.contains(table);
        QVERIFY(named);
    }
    // A finding about a table names that table in its picture.
    QVERIFY(images.at(0).contains(">products<") || images.at(1).contains(">products<") ||
            images.at(2).contains(">products<"));
}

void TstMeetingCli::minutesRevision()
{
    if (QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty())
        QSKIP("git is not installed");
    const QString repo = m_tmp.filePath(QStringLiteral("repo"));
    const QString source = repo + QStringLiteral("/db/migrations");
    QVERIFY(copyShop(source));
    auto git = [&](const QStringList &arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("t"));
        env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("t@example.com"));
        env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("t"));
        env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("t@example.com"));
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(repo);
        process.start(QStringLiteral("git"), arguments);
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    };
    git({QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
         QStringLiteral("main")});
    git({QStringLiteral("add"), QStringLiteral(".")});
    git({QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
         QStringLiteral("shop")});
    const QString commit = git({QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    QCOMPARE(commit.size(), 40);

    Run r = run({QStringLiteral("minutes"), source});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(
        r.out.contains(QStringLiteral("| Revision | %1 (main) |").arg(commit.left(12)).toUtf8()),
        r.out.constData());
    // The meeting's own review file is not an uncommitted change of the source...
    QVERIFY(writeFile(source + QStringLiteral("/.schemalens.json"), "{}"));
    r = run({QStringLiteral("minutes"), source});
    QVERIFY(!r.out.contains("uncommitted"));
    // ...a changed migration is.
    QVERIFY(writeFile(source + QStringLiteral("/V4__more.sql"), "CREATE TABLE t (id int);\n"));
    r = run({QStringLiteral("minutes"), source});
    QVERIFY2(r.out.contains("uncommitted changes"), r.out.constData());
    // Outside a repository.
    r = run({QStringLiteral("minutes"), sourceWith({})});
    QVERIFY(r.out.contains("| Revision | not in a git repository |"));
}

void TstMeetingCli::minutesUsage()
{
    Run r =
        run({QStringLiteral("minutes"), shop(), QStringLiteral("--format"), QStringLiteral("pdf")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("unknown format 'pdf'"));
    r = run({QStringLiteral("minutes"), shop(), QStringLiteral("--date"), QStringLiteral("7.12.")});
    QCOMPARE(r.exitCode, 2);
    r = run({QStringLiteral("minutes")});
    QCOMPARE(r.exitCode, 2);
    const QString out = m_tmp.filePath(QStringLiteral("m.md"));
    r = run({QStringLiteral("minutes"), shop(), QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY(readAll(out).startsWith("# Design review: shop"));
    QVERIFY(r.err.contains("no review file yet"));
}

QTEST_GUILESS_MAIN(TstMeetingCli)
#include "tst_meeting_cli.moc"
