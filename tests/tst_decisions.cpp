// Design-review decisions in core: the "decisions" and "notes" keys of the review file (bad
// entries reported with their JSON path while the rest applies), decisions applied to a
// review (resolved ones listed), fingerprints that survive edits above a finding, and a
// finding's area. Writing the review file and where it lives: tst_reviewfile.cpp.

#include "core/graph/area.h"
#include "core/graph/ergraph.h"
#include "core/review/decisions.h"
#include "core/review/reviewfile.h"
#include "tests/decisiontest.h"
#include "tests/reviewtest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace schemalens;
using namespace decisiontest;

namespace {

bool copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QFileInfo &info : QDir(from).entryInfoList(QDir::Files)) {
        if (!QFile::copy(info.absoluteFilePath(), to + QLatin1Char('/') + info.fileName()))
            return false;
    }
    return true;
}

QString shop()
{
    return QStringLiteral(SCHEMALENS_TEST_DATA "/../../resources/examples/shop");
}

} // namespace

class TstDecisions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void statusNames();
    void readDecision_data();
    void readDecision();
    void configReadsDecisionsAndNotes();
    void malformedEntryReportedRestApplies();
    void applyDecisionsAndResolved();
    void newOnlyAndFailOn();
    void fingerprintsSurviveEditsAboveThem();
    void repeatedLoadErrorsKeepTheirOwnFingerprints();
    void findingArea();
    void areaMarksOnlyItsFinding();
};

void TstDecisions::statusNames()
{
    for (DecisionStatus s : review::allDecisionStatuses) {
        QCOMPARE(review::decisionStatusFromName(review::decisionStatusName(s)), s);
        QVERIFY(!review::decisionStatusTitle(s).isEmpty());
    }
    QCOMPARE(review::decisionStatusName(DecisionStatus::WontFix), QStringLiteral("wont-fix"));
    QVERIFY(!review::decisionStatusFromName(QStringLiteral("Wont-Fix")));
    QVERIFY(review::isIsoDate(QStringLiteral("2026-12-07")));
    QVERIFY(!review::isIsoDate(QStringLiteral("2026-02-30")));
    QVERIFY(!review::isIsoDate(QStringLiteral("7.12.2026")));
    QVERIFY(review::isFingerprint(fpA));
    QVERIFY(!review::isFingerprint(fpA.toUpper()));
    QVERIFY(!review::isFingerprint(fpA.left(20)));
}

void TstDecisions::readDecision_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("applies");
    QTest::addColumn<QStringList>("problemPaths");
    QTest::newRow("full") << QByteArray(R"({"status": "wont-fix", "note": "legacy", "owner": "ana",
        "date": "2026-12-07", "rule": "soft-fk", "message": "m"})")
                          << true << QStringList();
    QTest::newRow("status only") << QByteArray(R"({"status": "discuss"})") << true << QStringList();
    QTest::newRow("unknown status") << QByteArray(R"({"status": "maybe"})") << false
                                    << QStringList{QStringLiteral("$.d.status")};
    QTest::newRow("missing status")
        << QByteArray(R"({"note": "x"})") << false << QStringList{QStringLiteral("$.d.status")};
    QTest::newRow("status not a string")
        << QByteArray(R"({"status": 3})") << false << QStringList{QStringLiteral("$.d.status")};
    QTest::newRow("won't fix needs a reason")
        << QByteArray(R"({"status": "wont-fix", "note": "  "})") << false
        << QStringList{QStringLiteral("$.d.note")};
    QTest::newRow("bad date still applies")
        << QByteArray(R"({"status": "fixed", "date": "yesterday"})") << true
        << QStringList{QStringLiteral("$.d.date")};
    QTest::newRow("owner not a string") << QByteArray(R"({"status": "will-fix", "owner": 7})")
                                        << true << QStringList{QStringLiteral("$.d.owner")};
    QTest::newRow("unknown key kept") << QByteArray(R"({"status": "fixed", "ticket": "DB-12"})")
                                      << true << QStringList{QStringLiteral("$.d.ticket")};
    QTest::newRow("not an object")
        << QByteArray(R"("fixed")") << false << QStringList{QStringLiteral("$.d")};
}

void TstDecisions::readDecision()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, applies);
    QFETCH(QStringList, problemPaths);
    const QJsonValue value = QJsonDocument::fromJson("[" + json + "]").array().at(0);
    QList<review::ConfigProblem> problems;
    const std::optional<Decision> d = review::readDecision(value, QStringLiteral("$.d"), problems);
    QCOMPARE(d.has_value(), applies);
    QStringList paths;
    for (const review::ConfigProblem &p : problems)
        paths.append(p.path);
    QCOMPARE(paths, problemPaths);
    if (QByteArray(QTest::currentDataTag()) == "unknown key kept")
        QCOMPARE(d->extra.value(QLatin1String("ticket")).toString(), QStringLiteral("DB-12"));
    if (QByteArray(QTest::currentDataTag()) == "full") {
        QCOMPARE(d->status, DecisionStatus::WontFix);
        QCOMPARE(d->owner, QStringLiteral("ana"));
        QCOMPARE(d->rule, QStringLiteral("soft-fk"));
    }
}

void TstDecisions::configReadsDecisionsAndNotes()
{
    const QByteArray json = R"({
  "decisions": {
    "0123456789abcdef01234567": { "status": "will-fix", "owner": "ana" }
  },
  "notes": { "public.orders": "the heart of it", "public.orders.total": "gross, in cents" }
})";
    const Result<review::ParsedConfig> parsed = review::parseConfig(json);
    QVERIFY(parsed);
    QVERIFY(parsed->problems.isEmpty());
    QCOMPARE(parsed->config.decisions.size(), 1);
    QCOMPARE(parsed->config.decisions.value(fpA).status, DecisionStatus::WillFix);
    QCOMPARE(parsed->config.notes.value(QStringLiteral("public.orders.total")),
             QStringLiteral("gross, in cents"));
    QCOMPARE(review::noteKey(QStringLiteral("public"), QStringLiteral("orders"),
                             QStringLiteral("total")),
             QStringLiteral("public.orders.total"));
}

void TstDecisions::malformedEntryReportedRestApplies()
{
    const QByteArray json = R"({
  "decisions": {
    "0123456789abcdef01234567": { "status": "wont-fix", "note": "owned by billing" },
    "1111111111111111aaaaaaaa": { "status": "later" },
    "not-a-fingerprint": { "status": "fixed" },
    "2222222222222222bbbbbbbb": { "status": "fixed", "date": "07.12.2026" }
  },
  "notes": { "public.a": 3, "public.b": "fine" }
})";
    const Result<review::ParsedConfig> parsed = review::parseConfig(json);
    QVERIFY(parsed);
    QStringList paths;
    for (const review::ConfigProblem &p : parsed->problems)
        paths.append(p.path);
    QVERIFY2(paths.contains(QStringLiteral("$.decisions.1111111111111111aaaaaaaa.status")),
             qPrintable(paths.join(QLatin1Char(' '))));
    QVERIFY(paths.contains(QStringLiteral("$.decisions.not-a-fingerprint")));
    QVERIFY(paths.contains(QStringLiteral("$.decisions.2222222222222222bbbbbbbb.date")));
    QVERIFY(paths.contains(QStringLiteral("$.notes[\"public.a\"]")));
    QCOMPARE(parsed->config.decisions.keys(), (QStringList{fpA, fpC}));
    QCOMPARE(parsed->config.decisions.value(fpC).date, QString());
    QCOMPARE(parsed->config.notes.keys(), QStringList{QStringLiteral("public.b")});
}
void TstDecisions::applyDecisionsAndResolved()
{
    review::ReviewResult result;
    review::Finding a;
    a.fingerprint = fpA;
    review::Finding b;
    b.fingerprint = fpB;
    result.findings = {a, b};
    review::Finding suppressed;
    suppressed.fingerprint = fpC;
    result.suppressed = {suppressed};
    review::Decisions decisions;
    decisions.insert(fpA, decision(DecisionStatus::Fixed));
    decisions.insert(fpC, decision(DecisionStatus::Discuss));
    decisions.insert(fpD, decision(DecisionStatus::WontFix, QStringLiteral("gone")));
    review::applyDecisions(result, decisions);
    QCOMPARE(result.findings.at(0).decision->status, DecisionStatus::Fixed);
    QVERIFY(!result.findings.at(1).decision);
    QCOMPARE(result.suppressed.at(0).decision->status, DecisionStatus::Discuss);
    QCOMPARE(result.resolvedDecisions.keys(), QStringList{fpD});
    QCOMPARE(review::unmatchedDecisions(result.findings, decisions).keys(),
             (QStringList{fpC, fpD}));
}

void TstDecisions::newOnlyAndFailOn()
{
    review::Finding f;
    f.severity = review::Severity::Warning;
    QVERIFY(review::isNewFinding(f));
    QVERIFY(review::failsRun(f, review::Severity::Warning));
    QVERIFY(!review::failsRun(f, review::Severity::Error));
    const QList<std::tuple<DecisionStatus, bool, bool>> expectations = {
        {DecisionStatus::Open, true, true},
        {DecisionStatus::WillFix, false, true},
        {DecisionStatus::WontFix, false, false},
        {DecisionStatus::Fixed, false, false},
        {DecisionStatus::Discuss, false, true}};
    for (const auto &[status, isNew, fails] : expectations) {
        f.decision = decision(status, QStringLiteral("r"));
        QCOMPARE(review::isNewFinding(f), isNew);
        QCOMPARE(review::failsRun(f, review::Severity::Info), fails);
    }
}

void TstDecisions::fingerprintsSurviveEditsAboveThem()
{
    // A decision is keyed by the fingerprint: lines moving, new migrations and comments above
    // a statement must not change it, or every team's decisions would be lost on the next
    // edit. Reload the example after such edits and compare.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("shop"));
    QVERIFY(copyFolder(shop(), folder));
    const auto before = reviewtest::reviewPath(folder);
    QVERIFY(before->result.findings.size() >= 4);
    QSet<QString> fingerprints;
    for (const review::Finding &f : before->result.findings) {
        QVERIFY2(!fingerprints.contains(f.fingerprint), qPrintable(f.message));
        fingerprints.insert(f.fingerprint);
    }
    // A reload of the same files gives the same fingerprints.
    const auto again = reviewtest::reviewPath(folder);
    QSet<QString> same;
    for (const review::Finding &f : again->result.findings)
        same.insert(f.fingerprint);
    QCOMPARE(same, fingerprints);

    // Comments and blank lines pushed in above every statement, and a new migration.
    for (const QString &name : QDir(folder).entryList({QStringLiteral("*.sql")})) {
        QFile file(folder + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray sql = file.readAll();
        file.close();
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("-- reviewed in the design meeting\n\n\n" + sql);
    }
    QFile extra(folder + QStringLiteral("/V4__audit.sql"));
    QVERIFY(extra.open(QIODevice::WriteOnly));
    extra.write("CREATE TABLE audit (id bigint PRIMARY KEY, happened_at timestamptz);\n");
    extra.close();
    const auto after = reviewtest::reviewPath(folder);
    QSet<QString> afterPrints;
    for (const review::Finding &f : after->result.findings)
        afterPrints.insert(f.fingerprint);
    for (const review::Finding &f : before->result.findings)
        QVERIFY2(afterPrints.contains(f.fingerprint),
                 qPrintable(QStringLiteral("lost: %1 %2").arg(f.rule, f.message)));
}

void TstDecisions::repeatedLoadErrorsKeepTheirOwnFingerprints()
{
    // Several statements of one migration failing the same way (a table that does not exist)
    // are separate findings: each needs its own fingerprint, or one decision (and one SARIF
    // alert) would stand for all of them. The first keeps the fingerprint it always had.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("errors"));
    QDir().mkpath(folder);
    auto write = [&](const QString &name, const QByteArray &sql) {
        QFile file(folder + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(sql);
    };
    write(QStringLiteral("V1__a.sql"), "CREATE TABLE a (id integer PRIMARY KEY);\n");
    write(QStringLiteral("V2__b.sql"), "ALTER TABLE missing ADD COLUMN x integer;\n"
                                       "ALTER TABLE missing ADD COLUMN y integer;\n");
    const auto reviewed = reviewtest::reviewPath(folder);
    const review::Findings errors = reviewed->ofRule(QStringLiteral("migration-error"));
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).message, errors.at(1).message);
    QVERIFY(errors.at(0).fingerprint != errors.at(1).fingerprint);
    review::Finding first = errors.at(0);
    first.fingerprintKey = first.message;
    QCOMPARE(review::fingerprintOf(first), errors.at(0).fingerprint);
    // Lines moving keep both.
    write(QStringLiteral("V2__b.sql"), "-- two statements on a table nobody created\n\n"
                                       "ALTER TABLE missing ADD COLUMN x integer;\n"
                                       "ALTER TABLE missing ADD COLUMN y integer;\n");
    const auto again = reviewtest::reviewPath(folder);
    const review::Findings moved = again->ofRule(QStringLiteral("migration-error"));
    QCOMPARE(moved.size(), 2);
    QCOMPARE(moved.at(0).fingerprint, errors.at(0).fingerprint);
    QCOMPARE(moved.at(1).fingerprint, errors.at(1).fingerprint);
}

void TstDecisions::findingArea()
{
    const auto reviewed = reviewtest::reviewPath(shop());
    const graph::ErGraph whole = graph::buildGraph(reviewed->loaded.schema, &reviewed->result);
    review::Finding fk;
    fk.object.kind = review::ObjectRef::Kind::ForeignKey;
    fk.object.schema = QStringLiteral("public");
    fk.object.table = QStringLiteral("order_items");
    fk.object.refTable = QStringLiteral("products");
    const QList<int> nodes = graph::findingNodes(whole, fk);
    QCOMPARE(nodes.size(), 2);
    QCOMPARE(whole.nodes.at(nodes.at(0)).name, QStringLiteral("order_items"));
    QCOMPARE(whole.nodes.at(nodes.at(1)).name, QStringLiteral("products"));

    const graph::Area area = graph::areaAround(whole, nodes);
    QStringList names;
    for (const graph::TableNode &n : area.graph.nodes)
        names.append(n.name);
    // order_items and products, with orders (order_items' parent) and reviews (products'
    // child); customers is two hops away.
    QCOMPARE(names, (QStringList{QStringLiteral("orders"), QStringLiteral("products"),
                                 QStringLiteral("order_items"), QStringLiteral("reviews")}));
    QCOMPARE(area.centre.size(), 2);
    QCOMPARE(area.graph.nodes.at(area.centre.at(0)).name, QStringLiteral("order_items"));
    for (const graph::Edge &e : area.graph.edges) {
        QVERIFY(e.from >= 0 && e.from < area.graph.nodes.size());
        QVERIFY(e.to >= 0 && e.to < area.graph.nodes.size());
        // Only edges that touch the finding's tables.
        QVERIFY(area.centre.contains(e.from) || area.centre.contains(e.to));
    }
    QCOMPARE(area.graph.edges.size(), 3);
    // orders, a neighbour, keeps only the key order_items points at.
    QCOMPARE(area.graph.nodes.at(0).rows.size(), 1);
    QCOMPARE(area.graph.nodes.at(0).rows.at(0).name, QStringLiteral("id"));
    // Neighbours show only key columns; the finding's tables show all of theirs.
    const graph::TableNode &orders = area.graph.nodes.at(0);
    for (const graph::ColumnRow &row : orders.rows)
        QVERIFY2(row.primaryKey || row.foreignKey || row.softKey || row.unique || row.marks.any(),
                 qPrintable(row.name));
    QCOMPARE(area.graph.nodes.at(1).rows.size(), 5); // products: every column

    graph::AreaOptions small;
    small.maxTables = 3;
    const graph::Area capped = graph::areaAround(whole, nodes, small);
    QCOMPARE(capped.graph.nodes.size(), 3);
    QCOMPARE(capped.leftOut, 1);

    review::Finding crossTable;
    crossTable.object.kind = review::ObjectRef::Kind::Schema;
    crossTable.object.tables = {QStringLiteral("public.reviews"),
                                QStringLiteral("public.customers")};
    QCOMPARE(graph::findingNodes(whole, crossTable).size(), 2);
}

// A step of the meeting marks its own column and reference, not every finding around them;
// the tables' badges still count all their findings.
void TstDecisions::areaMarksOnlyItsFinding()
{
    const auto reviewed = reviewtest::reviewPath(shop());
    const graph::ErGraph whole = graph::buildGraph(reviewed->loaded.schema, &reviewed->result);
    const review::Finding *softFk = nullptr;
    for (const review::Finding &f : reviewed->result.findings) {
        if (f.rule == QLatin1String("soft-fk") && f.object.table == QLatin1String("reviews"))
            softFk = &f;
    }
    QVERIFY(softFk);
    graph::Area area = graph::areaAround(whole, graph::findingNodes(whole, *softFk));
    const auto markedRows = [&area] {
        QStringList marked;
        for (const graph::TableNode &node : area.graph.nodes)
            for (const graph::ColumnRow &row : node.rows)
                if (row.marks.any())
                    marked.append(node.name + QLatin1Char('.') + row.name);
        marked.sort();
        return marked;
    };
    const auto markedEdges = [&area] {
        int marked = 0;
        for (const graph::Edge &edge : area.graph.edges)
            marked += edge.marks.any() ? 1 : 0;
        return marked;
    };
    QList<int> badges;
    for (const graph::TableNode &node : area.graph.nodes)
        badges.append(node.marks.errors + node.marks.warnings + node.marks.infos);
    // Before: the other findings of reviews and customers are marked too.
    QVERIFY2(markedRows().size() > 1, qPrintable(markedRows().join(QLatin1Char(' '))));

    graph::markOnly(area, *softFk);
    QCOMPARE(markedRows(), QStringList{QStringLiteral("reviews.customer_id")});
    QCOMPARE(markedEdges(), 1);
    for (const graph::Edge &edge : area.graph.edges) {
        if (edge.marks.any()) {
            QVERIFY(edge.soft);
            QCOMPARE(edge.fromColumns, QStringList{QStringLiteral("customer_id")});
        }
    }
    for (int i = 0; i < area.graph.nodes.size(); ++i) {
        const graph::Marks &m = area.graph.nodes.at(i).marks;
        QCOMPARE(m.errors + m.warnings + m.infos, badges.at(i));
    }
}

QTEST_GUILESS_MAIN(TstDecisions)
#include "tst_decisions.moc"
