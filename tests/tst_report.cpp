// The review's summary, strengths and report writers (text, JSON, SARIF, Markdown, HTML).
//
// Golden cases live in tests/data/report/<case>/: the schema (input/ folder or input.sql),
// fixture.json with the findings and the rule catalogue (fixed, so the references do not
// move as rules evolve; the summary and strengths are computed from the schema), and one
// expected.<ext> per format. After a reviewed change, tests/data/report/refresh.sh rewrites
// the references (SCHEMALENS_REFRESH_GOLDEN=1 makes this suite write instead of compare).

#include "core/load/loader.h"
#include "core/report/modeljson.h"
#include "core/report/reviewhtml.h"
#include "core/report/reviewjson.h"
#include "core/report/reviewmarkdown.h"
#include "core/report/reviewrules.h"
#include "core/report/reviewsarif.h"
#include "core/report/reviewtext.h"
#include "core/review/columnfacts.h"
#include "core/review/ranking.h"
#include "reviewtest.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace schemalens;

namespace {

const QString dataDir = QStringLiteral(SCHEMALENS_TEST_DATA "/report");

struct Case {
    load::LoadResult loaded;
    review::ReviewResult result;
    review::Rules rules;
    QList<review::ConfigProblem> problems;
    QString configPath;
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

review::Severity severityOf(const QJsonValue &value)
{
    return review::severityFromName(value.toString()).value_or(review::Severity::Warning);
}

review::ObjectRef::Kind kindOf(const QString &name)
{
    using K = review::ObjectRef::Kind;
    for (K kind : {K::Schema, K::Table, K::Column, K::ForeignKey, K::Index, K::Constraint,
                   K::Migration, K::Type, K::View}) {
        if (review::ObjectRef::kindName(kind) == name)
            return kind;
    }
    return K::Table;
}

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toString());
    return out;
}

// A finding in the JSON contract's shape, back into a Finding.
review::Finding findingFrom(const QJsonObject &o)
{
    review::Finding f;
    f.rule = o.value(QLatin1String("rule")).toString();
    f.severity = severityOf(o.value(QLatin1String("severity")));
    const QJsonObject ob = o.value(QLatin1String("object")).toObject();
    f.object.kind = kindOf(ob.value(QLatin1String("kind")).toString());
    f.object.schema = ob.value(QLatin1String("schema")).toString();
    f.object.table = ob.value(QLatin1String("table")).toString();
    f.object.column = ob.value(QLatin1String("column")).toString();
    f.object.constraint = ob.value(QLatin1String("constraint")).toString();
    f.object.index = ob.value(QLatin1String("index")).toString();
    f.object.refSchema = ob.value(QLatin1String("refSchema")).toString();
    f.object.refTable = ob.value(QLatin1String("refTable")).toString();
    f.object.refColumns = strings(ob.value(QLatin1String("refColumns")));
    f.object.tables = strings(ob.value(QLatin1String("tables")));
    f.object.columns = strings(ob.value(QLatin1String("columns")));
    f.object.file = ob.value(QLatin1String("file")).toString();
    f.message = o.value(QLatin1String("message")).toString();
    f.rationale = o.value(QLatin1String("rationale")).toString();
    f.fix = o.value(QLatin1String("fix")).toString();
    const QJsonObject loc = o.value(QLatin1String("location")).toObject();
    f.location.file = loc.value(QLatin1String("file")).toString();
    f.location.line = loc.value(QLatin1String("line")).toInt();
    f.location.column = loc.value(QLatin1String("column")).toInt();
    f.fingerprintKey = o.value(QLatin1String("fingerprintKey")).toString();
    f.suppressedBecause = o.value(QLatin1String("reason")).toString();
    f.confidence = review::confidenceFromName(o.value(QLatin1String("confidence")).toString())
                       .value_or(review::Confidence::High);
    f.fingerprint = review::fingerprintOf(f);
    return f;
}

review::Rule ruleFrom(const QJsonObject &o)
{
    review::Rule rule;
    review::RuleInfo &info = rule.info;
    info.id = o.value(QLatin1String("id")).toString();
    info.family = o.value(QLatin1String("family")).toString();
    info.defaultSeverity = severityOf(o.value(QLatin1String("severity")));
    const QString needs = o.value(QLatin1String("needs")).toString();
    info.needs = needs == QLatin1String("history") ? review::Needs::History
                 : needs == QLatin1String("live")  ? review::Needs::Live
                                                   : review::Needs::Static;
    info.title = o.value(QLatin1String("title")).toString();
    info.rationale = o.value(QLatin1String("rationale")).toString();
    info.fix = o.value(QLatin1String("fix")).toString();
    info.example = o.value(QLatin1String("example")).toString();
    const QJsonObject thresholds = o.value(QLatin1String("thresholds")).toObject();
    for (auto it = thresholds.begin(); it != thresholds.end(); ++it)
        info.thresholds.insert(it.key(), it.value().toDouble());
    return rule;
}

std::unique_ptr<Case> loadCase(const QString &name)
{
    const QDir dir(dataDir + QLatin1Char('/') + name);
    const QJsonObject fixture =
        QJsonDocument::fromJson(readFile(dir.filePath(QStringLiteral("fixture.json")))).object();
    if (fixture.isEmpty())
        return nullptr;
    load::LoadOptions options;
    if (fixture.value(QLatin1String("dialect")).toString() == QLatin1String("sqlite"))
        options.discovery.dialect = load::Dialect::SQLite;
    const QString input = QFileInfo::exists(dir.filePath(QStringLiteral("input")))
                              ? dir.filePath(QStringLiteral("input"))
                              : dir.filePath(QStringLiteral("input.sql"));
    auto loaded = load::loadSource(input, options);
    if (!loaded)
        return nullptr;
    auto c = std::make_unique<Case>();
    c->loaded = std::move(loaded).value();
    for (const QJsonValue &v : fixture.value(QLatin1String("rules")).toArray())
        c->rules.append(ruleFrom(v.toObject()));
    for (const QJsonValue &v : fixture.value(QLatin1String("findings")).toArray())
        c->result.findings.append(findingFrom(v.toObject()));
    for (const QJsonValue &v : fixture.value(QLatin1String("suppressed")).toArray())
        c->result.suppressed.append(findingFrom(v.toObject()));
    c->result.unmatchedSuppressions =
        strings(fixture.value(QLatin1String("unmatchedSuppressions")));
    c->result.rulesRun = fixture.value(QLatin1String("rulesRun")).toInt();
    for (const QJsonValue &v : fixture.value(QLatin1String("configProblems")).toArray()) {
        const QJsonObject p = v.toObject();
        c->problems.append({p.value(QLatin1String("path")).toString(),
                            p.value(QLatin1String("message")).toString()});
    }
    if (!c->problems.isEmpty())
        c->configPath = QStringLiteral(".schemalens.json");

    // The engine fills an empty rationale from the rule.
    for (review::Findings *list : {&c->result.findings, &c->result.suppressed}) {
        for (review::Finding &f : *list) {
            for (const review::Rule &rule : std::as_const(c->rules)) {
                if (f.rationale.isEmpty() && rule.info.id == f.rule)
                    f.rationale = rule.info.rationale;
            }
        }
    }
    // In the engine's order: severity, file, line, rule, message.
    for (review::Findings *list : {&c->result.findings, &c->result.suppressed})
        std::stable_sort(
            list->begin(), list->end(), [](const review::Finding &a, const review::Finding &b) {
                return std::tuple(a.severity, a.location.file, a.location.line, a.rule, a.message) <
                       std::tuple(b.severity, b.location.file, b.location.line, b.rule, b.message);
            });

    // The summary and strengths as the engine computes them, over the fixture's findings.
    const review::ReviewConfig config;
    const review::ReviewContext context(c->loaded.schema, c->loaded.source, config);
    // Ranked as the engine ranks them: the reports' Top issues follow the rank.
    review::rankFindings(context, c->result.findings);
    review::rankFindings(context, c->result.suppressed);
    c->result.summary =
        review::summarize(context, c->result.findings, int(c->loaded.source.units.size()));
    c->result.strengths = review::findStrengths(context, c->result.findings);
    return c;
}

report::ReviewReport reportOf(const Case &c)
{
    report::ReviewReport r;
    r.loaded = &c.loaded;
    r.result = &c.result;
    r.rules = &c.rules;
    r.toolVersion = QStringLiteral("0.0.0-test");
    r.informationUri = QStringLiteral("https://example.invalid/schemalens");
    r.uriPrefix = QStringLiteral("db/");
    r.configPath = c.configPath;
    r.configProblems = c.problems;
    return r;
}

QByteArray render(const Case &c, const QString &format)
{
    const report::ReviewReport r = reportOf(c);
    if (format == QLatin1String("txt"))
        return report::reviewToText(r).toUtf8();
    if (format == QLatin1String("json"))
        return report::toJsonText(report::reviewToJson(r));
    if (format == QLatin1String("sarif"))
        return report::toJsonText(report::reviewToSarif(r));
    if (format == QLatin1String("md"))
        return report::reviewToMarkdown(r).toUtf8();
    return report::reviewToHtml(r).toUtf8();
}

const QStringList &formats()
{
    static const QStringList list = {QStringLiteral("txt"), QStringLiteral("json"),
                                     QStringLiteral("sarif"), QStringLiteral("md"),
                                     QStringLiteral("html")};
    return list;
}

QStringList caseNames()
{
    return QDir(dataDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

// Runs the SARIF validator (Debian's python3 with python3-jsonschema). Returns the exit code:
// 0 valid, 1 invalid, 3 jsonschema missing, -1 python missing.
int validateSarif(const QStringList &files, QByteArray *output)
{
    if (!QFileInfo::exists(QStringLiteral("/usr/bin/python3")))
        return -1;
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(QStringLiteral("/usr/bin/python3"),
                 QStringList{dataDir + QStringLiteral("/validate_sarif.py")} + files);
    if (!python.waitForFinished(120000))
        return -1;
    *output = python.readAll();
    return python.exitCode();
}

bool hasStrength(const review::ReviewResult &result, const QString &id)
{
    for (const review::Strength &s : result.strengths) {
        if (s.id == id)
            return true;
    }
    return false;
}

QStringList strengthIds(const review::ReviewResult &result)
{
    QStringList ids;
    for (const review::Strength &s : result.strengths)
        ids.append(s.id);
    return ids;
}

// The tenants case as one file: every strength holds.
const char *const strongSchema = R"sql(
CREATE TABLE workspaces (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE projects (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workspace_id bigint NOT NULL REFERENCES workspaces ON DELETE CASCADE,
    name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX projects_workspace_id_idx ON projects (workspace_id);
CREATE TABLE tasks (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workspace_id bigint NOT NULL REFERENCES workspaces ON DELETE CASCADE,
    project_id bigint NOT NULL REFERENCES projects ON DELETE CASCADE,
    title text NOT NULL,
    due_at timestamptz
);
CREATE INDEX tasks_project_id_idx ON tasks (project_id);
CREATE INDEX tasks_workspace_id_idx ON tasks (workspace_id);
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
CREATE POLICY p1 ON projects USING (workspace_id = 1);
CREATE POLICY p2 ON tasks USING (workspace_id = 1);
)sql";

} // namespace

class TstReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void golden_data();
    void golden();
    void deterministic();
    void sarifValidates();
    void sarifValidatorRejects();
    void summaryCounts();
    void strengthsAllHold();
    void strengthsNeedTruth_data();
    void strengthsNeedTruth();
    void strengthsEnumLike();
    void strengthsMigrations();
    void colourText();
    void escaping();
    void splitFix_data();
    void splitFix();
    void locationFallback();
    void sarifUriPrefix();
    void sarifRuleName();
    void rulesCatalogue();
};

void TstReport::golden_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("format");
    const QStringList cases = caseNames();
    QVERIFY(cases.size() >= 3);
    for (const QString &name : cases) {
        for (const QString &format : formats())
            QTest::newRow(qPrintable(name + QLatin1Char('/') + format)) << name << format;
    }
}

void TstReport::golden()
{
    QFETCH(QString, name);
    QFETCH(QString, format);
    const auto c = loadCase(name);
    QVERIFY2(c, qPrintable(name));
    const QByteArray actual = render(*c, format);
    const QString expectedPath = dataDir + QStringLiteral("/%1/expected.%2").arg(name, format);
    if (qEnvironmentVariableIsSet("SCHEMALENS_REFRESH_GOLDEN")) {
        QFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual);
        return;
    }
    const QByteArray expected = readFile(expectedPath);
    QVERIFY2(!expected.isEmpty(), qPrintable(expectedPath + QStringLiteral(" is missing")));
    if (actual != expected) {
        const QList<QByteArray> a = actual.split('\n');
        const QList<QByteArray> e = expected.split('\n');
        for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i) {
            const QByteArray al = a.value(i);
            const QByteArray el = e.value(i);
            if (al != el)
                QFAIL(qPrintable(QStringLiteral("%1 line %2:\n  actual:   %3\n  expected: %4")
                                     .arg(expectedPath)
                                     .arg(i + 1)
                                     .arg(QString::fromUtf8(al), QString::fromUtf8(el))));
        }
    }
}

void TstReport::deterministic()
{
    // No clock, no absolute path, no random order: two renderings are identical, and
    // nothing of the machine leaks into them.
    for (const QString &name : caseNames()) {
        const auto a = loadCase(name);
        const auto b = loadCase(name);
        QVERIFY(a && b);
        for (const QString &format : formats()) {
            const QByteArray first = render(*a, format);
            QCOMPARE(first, render(*b, format));
            QVERIFY2(!first.contains(QByteArray(SCHEMALENS_TEST_DATA)), qPrintable(format));
        }
    }
}

void TstReport::sarifValidates()
{
    QTemporaryDir tmp;
    QStringList files;
    for (const QString &name : caseNames()) {
        const auto c = loadCase(name);
        QVERIFY(c);
        const QString path = tmp.filePath(name + QStringLiteral(".sarif"));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(render(*c, QStringLiteral("sarif")));
        files << path << dataDir + QStringLiteral("/%1/expected.sarif").arg(name);
    }
    QByteArray output;
    const int status = validateSarif(files, &output);
    if (status == -1 || status == 3)
        QSKIP("needs /usr/bin/python3 with python3-jsonschema (Debian package)");
    QVERIFY2(status == 0, output.constData());
}

void TstReport::sarifValidatorRejects()
{
    // The validation above is only worth something if an invalid log fails it.
    const auto c = loadCase(QStringLiteral("mixed"));
    QVERIFY(c);
    QJsonObject log = report::reviewToSarif(reportOf(*c));
    QJsonArray runs = log.value(QLatin1String("runs")).toArray();
    QJsonObject run = runs.first().toObject();
    QJsonArray results = run.value(QLatin1String("results")).toArray();
    QJsonObject first = results.first().toObject();
    first.insert(QLatin1String("level"), QStringLiteral("fatal")); // not a SARIF level
    results.replace(0, first);
    run.insert(QLatin1String("results"), results);
    runs.replace(0, run);
    log.insert(QLatin1String("runs"), runs);
    QTemporaryDir tmp;
    QFile out(tmp.filePath(QStringLiteral("bad.sarif")));
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(report::toJsonText(log));
    out.close();
    QByteArray output;
    const int status = validateSarif({out.fileName()}, &output);
    if (status == -1 || status == 3)
        QSKIP("needs /usr/bin/python3 with python3-jsonschema (Debian package)");
    QCOMPARE(status, 1);
    QVERIFY2(output.contains("fatal"), output.constData());
}

void TstReport::summaryCounts()
{
    const auto r = reviewtest::reviewSql(QStringLiteral(R"sql(
CREATE TYPE mood AS ENUM ('calm', 'busy');
CREATE TABLE parents (id int PRIMARY KEY, code text UNIQUE);
CREATE TABLE kids (id int PRIMARY KEY, parent_id int REFERENCES parents ON DELETE CASCADE);
CREATE TABLE pets (id int PRIMARY KEY, parent_id int REFERENCES parents ON DELETE SET NULL,
                   kid_id int REFERENCES kids);
CREATE INDEX kids_parent_idx ON kids (parent_id);
CREATE UNIQUE INDEX pets_parent_idx ON pets (parent_id);
CREATE VIEW parent_codes AS SELECT code FROM parents;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE TRIGGER kids_touch BEFORE INSERT ON kids FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TABLE schema_migrations (version text PRIMARY KEY);
)sql"));
    QVERIFY(r);
    const review::Summary &s = r->result.summary;
    QCOMPARE(s.tables, 3); // schema_migrations is bookkeeping
    QCOMPARE(s.columns, 7);
    QCOMPARE(s.foreignKeys, 3);
    QCOMPARE(s.foreignKeysByOnDelete.value(QStringLiteral("cascade")), 1);
    QCOMPARE(s.foreignKeysByOnDelete.value(QStringLiteral("set null")), 1);
    QCOMPARE(s.foreignKeysByOnDelete.value(QStringLiteral("no action")), 1);
    QCOMPARE(s.indexes, 2); // not those backing the primary keys and the unique constraint
    QCOMPARE(s.triggers, 1);
    QCOMPARE(s.views, 1);
    QCOMPARE(s.enums, 1);
    QCOMPARE(s.migrations, 1);
    QCOMPARE(s.softForeignKeys, int(r->result.softReferences.size()));
    int errors = 0, warnings = 0, infos = 0;
    for (const review::Finding &f : r->result.findings) {
        errors += f.severity == review::Severity::Error;
        warnings += f.severity == review::Severity::Warning;
        infos += f.severity == review::Severity::Info;
    }
    QCOMPARE(s.errors, errors);
    QCOMPARE(s.warnings, warnings);
    QCOMPARE(s.infos, infos);
}

void TstReport::strengthsAllHold()
{
    const auto r = reviewtest::reviewSql(QString::fromUtf8(strongSchema));
    QVERIFY(r);
    const QStringList ids = strengthIds(r->result);
    for (const char *id :
         {"pk-everywhere", "fks-indexed", "fks-on-delete-explicit", "fks-types-match",
          "tenant-not-null", "rls-tenant-tables", "timestamps-with-time-zone"})
        QVERIFY2(ids.contains(QLatin1String(id)),
                 qPrintable(ids.join(QLatin1Char(' ')) + u' ' + QLatin1String(id)));
    QVERIFY(!ids.contains(QStringLiteral("rls-everywhere")));           // workspaces has none
    QVERIFY(!ids.contains(QStringLiteral("migrations-apply-cleanly"))); // a single file
    for (const review::Strength &s : r->result.strengths) {
        if (s.id == QLatin1String("fks-indexed"))
            QVERIFY2(s.message.startsWith(QStringLiteral("All 3 foreign keys")),
                     qPrintable(s.message));
        if (s.id == QLatin1String("rls-tenant-tables"))
            QVERIFY2(s.message.contains(QStringLiteral("on both tenant tables")),
                     qPrintable(s.message));
    }
}

void TstReport::strengthsNeedTruth_data()
{
    // Each row breaks exactly one claim; the strength must disappear.
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("strength");
    QTest::newRow("a table without pk")
        << QStringLiteral("CREATE TABLE workspaces (")
        << QStringLiteral("CREATE TABLE notes (body text);\nCREATE TABLE workspaces (")
        << QStringLiteral("pk-everywhere");
    QTest::newRow("an FK without index")
        << QStringLiteral("CREATE INDEX tasks_project_id_idx ON tasks (project_id);") << QString()
        << QStringLiteral("fks-indexed");
    QTest::newRow("a partial index does not cover")
        << QStringLiteral("CREATE INDEX tasks_project_id_idx ON tasks (project_id);")
        << QStringLiteral(
               "CREATE INDEX tasks_project_id_idx ON tasks (project_id) WHERE due_at IS NULL;")
        << QStringLiteral("fks-indexed");
    QTest::newRow("an implicit ON DELETE")
        << QStringLiteral("project_id bigint NOT NULL REFERENCES projects ON DELETE CASCADE")
        << QStringLiteral("project_id bigint NOT NULL REFERENCES projects")
        << QStringLiteral("fks-on-delete-explicit");
    QTest::newRow("an integer FK to a bigint key")
        << QStringLiteral("project_id bigint NOT NULL")
        << QStringLiteral("project_id integer NOT NULL") << QStringLiteral("fks-types-match");
    QTest::newRow("a nullable tenant column")
        << QStringLiteral(
               "workspace_id bigint NOT NULL REFERENCES workspaces ON DELETE CASCADE,\n    name")
        << QStringLiteral("workspace_id bigint REFERENCES workspaces ON DELETE CASCADE,\n    name")
        << QStringLiteral("tenant-not-null");
    QTest::newRow("RLS without a policy")
        << QStringLiteral("CREATE POLICY p2 ON tasks USING (workspace_id = 1);") << QString()
        << QStringLiteral("rls-tenant-tables");
    QTest::newRow("a timestamp without time zone")
        << QStringLiteral("due_at timestamptz") << QStringLiteral("due_at timestamp")
        << QStringLiteral("timestamps-with-time-zone");
}

void TstReport::strengthsNeedTruth()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, strength);
    QString sql = QString::fromUtf8(strongSchema);
    QVERIFY2(sql.contains(from), qPrintable(from));
    sql.replace(from, to);
    const auto r = reviewtest::reviewSql(sql);
    QVERIFY(r);
    QVERIFY2(!hasStrength(r->result, strength), qPrintable(strengthIds(r->result).join(u' ')));
}

void TstReport::strengthsEnumLike()
{
    // Which columns are enum-like is the types family's call (columnfacts.h); the strength
    // must agree with it: present exactly when two or more exist and all are validated.
    const QString validated = QStringLiteral(R"sql(
CREATE TYPE order_state AS ENUM ('new', 'paid');
CREATE TABLE orders (id int PRIMARY KEY,
    status text NOT NULL CHECK (status IN ('new', 'paid')),
    state order_state NOT NULL,
    kind text NOT NULL CHECK (kind IN ('web', 'shop')));
)sql");
    for (const bool breakOne : {false, true}) {
        QString sql = validated;
        if (breakOne)
            sql.replace(QStringLiteral("NOT NULL CHECK (kind IN ('web', 'shop'))"),
                        QStringLiteral("NOT NULL"));
        const auto r = reviewtest::reviewSql(sql);
        QVERIFY(r);
        const review::ReviewConfig config;
        const review::ReviewContext context(r->loaded.schema, r->loaded.source, config);
        const QList<review::EnumLikeColumn> columns = review::enumLikeColumns(context);
        bool allValidated = columns.size() >= 2;
        for (const review::EnumLikeColumn &c : columns)
            allValidated = allValidated && c.validation != review::EnumValidation::None;
        QCOMPARE(hasStrength(r->result, QStringLiteral("enum-like-validated")), allValidated);
        if (breakOne)
            QVERIFY(!hasStrength(r->result, QStringLiteral("enum-like-validated")));
        if (columns.isEmpty())
            qInfo("enumLikeColumns() finds nothing yet: only the negative case is checked");
    }
}

void TstReport::strengthsMigrations()
{
    const auto clean = reviewtest::reviewMigrations(
        {{QStringLiteral("001_a.sql"), QStringLiteral("CREATE TABLE a (id int PRIMARY KEY);")},
         {QStringLiteral("002_b.sql"), QStringLiteral("CREATE TABLE b (id int PRIMARY KEY);")}});
    QVERIFY(clean);
    QVERIFY2(hasStrength(clean->result, QStringLiteral("migrations-apply-cleanly")),
             qPrintable(strengthIds(clean->result).join(u' ')));
    const auto broken = reviewtest::reviewMigrations(
        {{QStringLiteral("001_a.sql"), QStringLiteral("CREATE TABLE a (id int PRIMARY KEY);")},
         {QStringLiteral("002_b.sql"), QStringLiteral("CREATE TABLE b (id int PRIMARY KEY,);")}});
    QVERIFY(broken);
    QVERIFY(!hasStrength(broken->result, QStringLiteral("migrations-apply-cleanly")));
}

void TstReport::colourText()
{
    const auto c = loadCase(QStringLiteral("mixed"));
    QVERIFY(c);
    const report::ReviewReport r = reportOf(*c);
    const QString plain = report::reviewToText(r, false);
    const QString coloured = report::reviewToText(r, true);
    QVERIFY(!plain.contains(QLatin1Char('\x1b')));
    QVERIFY(coloured.contains(QStringLiteral("\x1b[1;31merror\x1b[0m")));
    QVERIFY(coloured.contains(QStringLiteral("\x1b[1;33mwarning\x1b[0m")));
    QString stripped = coloured;
    stripped.remove(QRegularExpression(QStringLiteral("\x1b\\[[0-9;]*m")));
    QCOMPARE(stripped, plain);
}

void TstReport::escaping()
{
    // Whatever a schema names, the HTML stays inert and the Markdown stays text.
    load::LoadResult loaded;
    loaded.source.rootPath = QStringLiteral("/tmp/<evil>");
    review::ReviewResult result;
    review::Finding f;
    f.rule = QStringLiteral("wide-table");
    f.severity = review::Severity::Warning;
    f.object.schema = QStringLiteral("public");
    f.object.table = QStringLiteral("t<script>");
    f.message = QStringLiteral("<script>alert(\"x\")</script> | *bold* `tick` & more");
    f.rationale = QStringLiteral("# not a heading");
    f.fix = QStringLiteral("ALTER TABLE \"t<script>\" DROP COLUMN \"a```b\";");
    f.fingerprint = review::fingerprintOf(f);
    result.findings.append(f);
    report::ReviewReport r;
    r.loaded = &loaded;
    r.result = &result;
    const review::Rules none;
    r.rules = &none;

    const QString html = report::reviewToHtml(r);
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")));
    QVERIFY(html.contains(QStringLiteral("&lt;evil&gt;")));
    QVERIFY(!html.contains(QStringLiteral("src=")));
    QVERIFY(!html.contains(QStringLiteral("http")));
    QVERIFY(html.contains(QStringLiteral("prefers-color-scheme: dark")));

    const QString md = report::reviewToMarkdown(r);
    QVERIFY(md.contains(QStringLiteral(
        "\\<script\\>alert(\"x\")\\</script\\> \\| \\*bold\\* \\`tick\\` \\& more")));
    QVERIFY(md.contains(QStringLiteral("\\# not a heading")));
    QVERIFY2(md.contains(
                 QStringLiteral("````sql\nALTER TABLE \"t<script>\" DROP COLUMN \"a```b\";\n````")),
             qPrintable(md));

    const QJsonObject json = report::reviewToJson(r);
    const QJsonObject finding = json.value(QLatin1String("findings")).toArray().first().toObject();
    QCOMPARE(finding.value(QLatin1String("message")).toString(), f.message);
    QCOMPARE(finding.value(QLatin1String("fix")).toString(), f.fix);
}

void TstReport::splitFix_data()
{
    QTest::addColumn<QString>("fix");
    QTest::addColumn<QString>("prose");
    QTest::addColumn<QString>("sql");
    QTest::newRow("sql only") << QStringLiteral("CREATE INDEX i ON t (a);") << QString()
                              << QStringLiteral("CREATE INDEX i ON t (a);");
    QTest::newRow("prose only") << QStringLiteral("Create an index on the column.")
                                << QStringLiteral("Create an index on the column.") << QString();
    QTest::newRow("prose then sql")
        << QStringLiteral("Reference the parent by (tenant, id):\nALTER TABLE p ADD UNIQUE (t, "
                          "id);\nALTER TABLE c ADD FOREIGN KEY (t, p) REFERENCES p (t, id);")
        << QStringLiteral("Reference the parent by (tenant, id):")
        << QStringLiteral("ALTER TABLE p ADD UNIQUE (t, id);\nALTER TABLE c ADD FOREIGN KEY (t, p) "
                          "REFERENCES p (t, id);");
    QTest::newRow("comment starts sql")
        << QStringLiteral("-- keep the old name\nDROP INDEX i;") << QString()
        << QStringLiteral("-- keep the old name\nDROP INDEX i;");
}

void TstReport::splitFix()
{
    QFETCH(QString, fix);
    QFETCH(QString, prose);
    QFETCH(QString, sql);
    const report::FixParts parts = report::splitFix(fix);
    QCOMPARE(parts.prose, prose);
    QCOMPARE(parts.sql, sql);
}

void TstReport::locationFallback()
{
    const auto c = loadCase(QStringLiteral("tenants"));
    QVERIFY(c);
    const report::ReviewReport r = reportOf(*c);
    review::Finding f;
    f.object.schema = QStringLiteral("public");
    f.object.table = QStringLiteral("tasks");
    QCOMPARE(report::locationText(report::locationOf(r, f)), QStringLiteral("002_tasks.sql:2:1"));
    f.object.table.clear();
    f.object.tables = {QStringLiteral("public.nope"), QStringLiteral("public.projects")};
    QCOMPARE(report::locationText(report::locationOf(r, f)),
             QStringLiteral("001_workspaces.sql:8:1"));
    f.location.file = QStringLiteral("002_tasks.sql");
    f.location.line = 14;
    QCOMPARE(report::locationText(report::locationOf(r, f)), QStringLiteral("002_tasks.sql:14"));
}

void TstReport::sarifUriPrefix()
{
    QTemporaryDir tmp;
    const QDir root(tmp.path());
    QVERIFY(root.mkpath(QStringLiteral("repo/.git")));
    QVERIFY(root.mkpath(QStringLiteral("repo/db/migrations")));
    QVERIFY(root.mkpath(QStringLiteral("work/sub/db")));
    QFile gitFile(root.filePath(QStringLiteral("work/.git"))); // a worktree's .git is a file
    QVERIFY(gitFile.open(QIODevice::WriteOnly));
    gitFile.write("gitdir: /elsewhere\n");
    gitFile.close();
    QFile schema(root.filePath(QStringLiteral("work/sub/db/schema.sql")));
    QVERIFY(schema.open(QIODevice::WriteOnly));
    schema.close();
    QVERIFY(root.mkpath(QStringLiteral("loose/m")));

    load::MigrationPlan plan;
    plan.isFolder = true;
    plan.rootPath = root.filePath(QStringLiteral("repo/db/migrations"));
    QCOMPARE(report::sarifUriPrefix(plan), QStringLiteral("db/migrations/"));
    plan.rootPath = root.filePath(QStringLiteral("repo"));
    QCOMPARE(report::sarifUriPrefix(plan), QString());
    plan.rootPath = root.filePath(QStringLiteral("loose/m"));
    QCOMPARE(report::sarifUriPrefix(plan), QString()); // no repository: relative to the source
    plan.isFolder = false;
    plan.rootPath = root.filePath(QStringLiteral("work/sub/db/schema.sql"));
    QCOMPARE(report::sarifUriPrefix(plan), QStringLiteral("sub/db/"));
}

void TstReport::sarifRuleName()
{
    QCOMPARE(report::sarifRuleName(QStringLiteral("table-no-pk")), QStringLiteral("TableNoPk"));
    QCOMPARE(report::sarifRuleName(QStringLiteral("fk-to-non-pk")), QStringLiteral("FkToNonPk"));
}

void TstReport::rulesCatalogue()
{
    const review::Rules &rules = review::allRules();
    QVERIFY(!rules.isEmpty());
    const QJsonArray json = report::rulesToJson(rules).value(QLatin1String("rules")).toArray();
    QCOMPARE(json.size(), rules.size());
    const QString text = report::rulesToText(rules);
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const review::RuleInfo &info = rules.at(i).info;
        const QJsonObject o = json.at(i).toObject();
        QCOMPARE(o.value(QLatin1String("id")).toString(), info.id);
        QCOMPARE(o.value(QLatin1String("severity")).toString(),
                 review::severityName(info.defaultSeverity));
        for (const char *key :
             {"family", "needs", "title", "rationale", "fix", "example", "dialects", "thresholds"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY2(text.contains(QLatin1Char('\n') + info.id + QLatin1String("  [")),
                 qPrintable(info.id));
    }
}

QTEST_GUILESS_MAIN(TstReport)
#include "tst_report.moc"
