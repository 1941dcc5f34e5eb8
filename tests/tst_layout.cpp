// Graphviz layout (core/graph/layout.h) and the cancellable, cached job around it.

#include "core/graph/compactlayout.h"
#include "core/graph/layout.h"
#include "core/graph/layoutcache.h"
#include "core/graph/layoutcodec.h"
#include "core/graph/layoutjob.h"
#include "core/graph/layoutmetrics.h"
#include "core/graph/packing.h"
#include "core/graph/router.h"
#include "layoutgen.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace schemalens;
using namespace schemalens::graph;
using testing::syntheticRequest;

namespace {

constexpr double kTolerance = 1.5; // points: HTML cells are whole points

LayoutRequest withEngine(LayoutRequest request, const QString &engine)
{
    request.options.engine = engine;
    return request;
}

// REQUEST as Names mode lays it out: no column rows, name-only boxes 28 high of a few widths.
LayoutRequest namesOnlyBoxes(LayoutRequest request)
{
    for (int i = 0; i < request.graph.nodes.size(); ++i) {
        request.graph.nodes[i].rows.clear();
        request.geometry[i] = NodeGeometry{QSizeF(90 + 7 * (i % 9), 28), {}};
    }
    return request;
}

// A small hand-made schema: a composite FK, a self-loop, a soft edge, two clusters.
LayoutRequest handMade()
{
    LayoutRequest request;
    auto addNode = [&](const QString &name, const QString &cluster, const QStringList &columns) {
        TableNode node;
        node.id = QStringLiteral("public.") + name;
        node.name = name;
        node.schema = QStringLiteral("public");
        node.cluster = cluster;
        NodeGeometry geometry;
        for (int i = 0; i < columns.size(); ++i) {
            node.rows.append(ColumnRow{.name = columns.at(i), .primaryKey = i == 0});
            geometry.rowY.append(24 + 9 + 18.0 * i); // 24 pt header, 18 pt rows
        }
        geometry.size = QSizeF(150 + 10 * name.size(), 24 + 18.0 * columns.size() + 4);
        request.graph.nodes.append(node);
        request.geometry.append(geometry);
    };
    auto addEdge = [&](int from, int to, const QStringList &fromColumns,
                       const QStringList &toColumns, bool soft = false) {
        Edge edge;
        edge.from = from;
        edge.to = to;
        edge.fromColumns = fromColumns;
        edge.toColumns = toColumns;
        edge.soft = soft;
        edge.id = QString::number(request.graph.edges.size());
        request.graph.edges.append(edge);
    };
    addNode(QStringLiteral("tenants"), QStringLiteral("core"),
            {QStringLiteral("id"), QStringLiteral("name")});
    addNode(QStringLiteral("users"), QStringLiteral("core"),
            {QStringLiteral("id"), QStringLiteral("tenant_id"), QStringLiteral("email"),
             QStringLiteral("manager_id")});
    addNode(QStringLiteral("projects"), QStringLiteral("work"),
            {QStringLiteral("tenant_id"), QStringLiteral("id"), QStringLiteral("owner_id"),
             QStringLiteral("title")});
    addNode(QStringLiteral("tasks"), QStringLiteral("work"),
            {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("tenant_id"),
             QStringLiteral("project_id"), QStringLiteral("assignee"),
             QStringLiteral("parent_id")});
    addNode(QStringLiteral("audit"), QString(), {QStringLiteral("id"), QStringLiteral("user_id")});
    addEdge(1, 0, {QStringLiteral("tenant_id")}, {QStringLiteral("id")});
    addEdge(1, 1, {QStringLiteral("manager_id")}, {QStringLiteral("id")}); // self-loop
    addEdge(2, 0, {QStringLiteral("tenant_id")}, {QStringLiteral("id")});
    addEdge(2, 1, {QStringLiteral("owner_id")}, {}); // to the PK row
    addEdge(3, 2, {QStringLiteral("tenant_id"), QStringLiteral("project_id")},
            {QStringLiteral("tenant_id"), QStringLiteral("id")}); // composite: one edge
    addEdge(3, 1, {QStringLiteral("assignee")}, {QStringLiteral("id")});
    addEdge(3, 3, {QStringLiteral("parent_id")}, {QStringLiteral("id")});
    addEdge(4, 1, {QStringLiteral("user_id")}, {QStringLiteral("id")}, true); // soft
    return request;
}

// The band of ROW inside BOX, as the renderer draws it (centre rowY, half the row pitch).
QRectF rowBand(const QRectF &box, const NodeGeometry &geometry, int row)
{
    const QList<double> &y = geometry.rowY;
    const double half = y.size() > 1 ? (y.at(1) - y.at(0)) / 2 : box.height() / 2;
    return QRectF(box.left(), box.top() + y.at(row) - half, box.width(), 2 * half)
        .adjusted(-kTolerance, -kTolerance, kTolerance, kTolerance);
}

int rowOf(const TableNode &node, const QStringList &columns)
{
    for (const QString &column : columns)
        for (int i = 0; i < node.rows.size(); ++i)
            if (node.rows.at(i).name == column)
                return i;
    for (int i = 0; i < node.rows.size(); ++i)
        if (node.rows.at(i).primaryKey)
            return i;
    return -1;
}

QString overlapOf(const Layout &layout)
{
    for (int i = 0; i < layout.nodes.size(); ++i)
        for (int j = i + 1; j < layout.nodes.size(); ++j) {
            const QRectF inter = layout.nodes.at(i).intersected(layout.nodes.at(j));
            if (inter.width() > 0.5 && inter.height() > 0.5)
                return QStringLiteral("boxes %1 and %2 overlap").arg(i).arg(j);
        }
    return {};
}

bool processAlive(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    // A zombie would mean the child was never reaped.
    return !status.readAll().contains("State:\tZ");
}

} // namespace

class TstLayout : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void validation()
    {
        LayoutRequest request = handMade();
        request.geometry.removeLast();
        QVERIFY(!computeLayout(request).ok());
        request = withEngine(handMade(), QStringLiteral("circo-ish"));
        const Result<Layout> unknown = computeLayout(request);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(QStringLiteral("circo-ish")));
        const Result<Layout> empty = computeLayout(LayoutRequest{});
        QVERIFY(empty.ok());
        QVERIFY(empty->nodes.isEmpty());
    }

    void sizesAndCoordinates_data()
    {
        QTest::addColumn<QString>("engine");
        for (const char *engine : {"dot", "sfdp", "neato", "fdp", "compact"})
            QTest::newRow(engine) << QString::fromLatin1(engine);
    }
    void sizesAndCoordinates()
    {
        QFETCH(QString, engine);
        const LayoutRequest request = withEngine(handMade(), engine);
        const Result<Layout> layout = computeLayout(request);
        QVERIFY2(layout.ok(), qPrintable(layout.ok() ? QString() : layout.error().toString()));
        QCOMPARE(layout->engine, engine);
        QCOMPARE(layout->nodes.size(), request.graph.nodes.size());
        QCOMPARE(layout->edges.size(), request.graph.edges.size());
        QCOMPARE(layout->bounds.topLeft(), QPointF(0, 0));
        for (int i = 0; i < layout->nodes.size(); ++i) {
            const QRectF box = layout->nodes.at(i);
            QCOMPARE(box.size(), request.geometry.at(i).size); // the measured size, exactly
            QVERIFY(layout->bounds.contains(box));
        }
        for (const EdgeGeometry &edge : layout->edges) {
            QVERIFY(edge.points.size() >= 4);
            QCOMPARE((edge.points.size() - 1) % 3, 0);
            QCOMPARE(edge.points.first(), edge.tail);
            QCOMPARE(edge.points.last(), edge.head);
        }
        QCOMPARE(overlapOf(layout.value()), QString());
    }

    // Edge ends lie on the FK column's row of the referencing box and on the referenced key's
    // row of the referenced box; y grows downwards (the first row is above the last).
    void ports_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("tables");
        QTest::addColumn<bool>("leftToRight");
        QTest::newRow("dot hand-made") << QStringLiteral("dot") << 0 << true;
        QTest::newRow("dot hand-made top-down") << QStringLiteral("dot") << 0 << false;
        QTest::newRow("sfdp hand-made") << QStringLiteral("sfdp") << 0 << true;
        QTest::newRow("neato hand-made") << QStringLiteral("neato") << 0 << true;
        QTest::newRow("dot 120 tables") << QStringLiteral("dot") << 120 << true;
        QTest::newRow("dot 120 tables top-down") << QStringLiteral("dot") << 120 << false;
        QTest::newRow("sfdp 300 tables") << QStringLiteral("sfdp") << 300 << true;
        QTest::newRow("compact hand-made") << QStringLiteral("compact") << 0 << true;
        QTest::newRow("compact 120 tables") << QStringLiteral("compact") << 120 << true;
    }
    void ports()
    {
        QFETCH(QString, engine);
        QFETCH(int, tables);
        QFETCH(bool, leftToRight);
        LayoutRequest request =
            withEngine(tables ? syntheticRequest(tables, false) : handMade(), engine);
        request.options.leftToRight = leftToRight;
        const Result<Layout> layout = computeLayout(request);
        QVERIFY(layout.ok());
        for (int e = 0; e < request.graph.edges.size(); ++e) {
            const Edge &edge = request.graph.edges.at(e);
            const EdgeGeometry &geometry = layout->edges.at(e);
            const int fromRow = rowOf(request.graph.nodes.at(edge.from), edge.fromColumns);
            const int toRow = rowOf(request.graph.nodes.at(edge.to), edge.toColumns);
            const QRectF tailBand =
                rowBand(layout->nodes.at(edge.from), request.geometry.at(edge.from), fromRow);
            const QRectF headBand =
                rowBand(layout->nodes.at(edge.to), request.geometry.at(edge.to), toRow);
            QVERIFY2(tailBand.contains(geometry.tail),
                     qPrintable(QStringLiteral("edge %1 tail (%2,%3) not on row %4")
                                    .arg(e)
                                    .arg(geometry.tail.x())
                                    .arg(geometry.tail.y())
                                    .arg(fromRow)));
            // On the box's left or right side, not inside it across other rows.
            const QRectF from = layout->nodes.at(edge.from), to = layout->nodes.at(edge.to);
            QVERIFY(qAbs(geometry.tail.x() - from.left()) < kTolerance ||
                    qAbs(geometry.tail.x() - from.right()) < kTolerance);
            QVERIFY(qAbs(geometry.head.x() - to.left()) < kTolerance ||
                    qAbs(geometry.head.x() - to.right()) < kTolerance);
            QVERIFY2(headBand.contains(geometry.head),
                     qPrintable(QStringLiteral("edge %1 head (%2,%3) not on row %4")
                                    .arg(e)
                                    .arg(geometry.head.x())
                                    .arg(geometry.head.y())
                                    .arg(toRow)));
        }
    }

    void determinism_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("tables");
        QTest::addColumn<bool>("tangled");
        QTest::newRow("dot") << QStringLiteral("dot") << 80 << false;
        QTest::newRow("sfdp") << QStringLiteral("sfdp") << 400 << true;
        QTest::newRow("neato") << QStringLiteral("neato") << 60 << true;
        QTest::newRow("auto") << QStringLiteral("auto") << 400 << true;
        QTest::newRow("compact DAG") << QStringLiteral("compact") << 300 << false;
        // Up to 150 tables the compact layout draws four candidates on threads of their own.
        QTest::newRow("compact, candidates") << QStringLiteral("compact") << 120 << true;
    }
    void determinism()
    {
        QFETCH(QString, engine);
        QFETCH(int, tables);
        QFETCH(bool, tangled);
        const LayoutRequest request = withEngine(syntheticRequest(tables, tangled), engine);
        const Result<Layout> first = computeLayout(request);
        const Result<Layout> second = computeLayout(request);
        QVERIFY(first.ok() && second.ok());
        QVERIFY(first.value() == second.value());
        QCOMPARE(encodeLayout(first.value()), encodeLayout(second.value()));
    }

    // Cached layouts are found by a key that includes kLayoutFormatVersion, not the code: a
    // change to what the engines produce must bump it, or the window keeps showing the old
    // layouts from its cache (a row-spacing change went unseen that way). A fingerprint of
    // fixed layouts is recorded with the version; when it changes, bump the version and record
    // the new one. Only what is the same on every x86-64 machine goes in: dot's positions
    // (integer ranks and orders) and the compact layout's lane pitch (box sizes and spacing;
    // sfdp's floating-point picture behind the lanes may differ in the last bit elsewhere).
    void cachedLayoutsFollowTheCode()
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const bool namesOnly : {false, true}) {
            for (const char *engine : {"dot", "compact"}) {
                LayoutRequest request =
                    withEngine(syntheticRequest(60, false), QString::fromLatin1(engine));
                request.options.aspect = 1.9;
                if (namesOnly)
                    request = namesOnlyBoxes(request);
                const Result<Layout> layout = computeLayout(request);
                QVERIFY(layout.ok());
                if (QLatin1String(engine) == QLatin1String("dot")) {
                    for (const QRectF &node : layout->nodes)
                        hash.addData(QByteArray(QByteArray::number(qRound(node.x())) + ',' +
                                                QByteArray::number(qRound(node.y())) + ';'));
                    continue;
                }
                // Lanes: rows of name boxes (all 28 high), columns of column boxes (all 200
                // wide); the smallest step between lanes is one box plus the channel.
                QList<int> starts;
                for (const QRectF &node : layout->nodes)
                    starts.append(qRound(namesOnly ? node.y() : node.x()));
                std::sort(starts.begin(), starts.end());
                starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
                int pitch = 0;
                for (qsizetype k = 1; k < starts.size(); ++k)
                    pitch = pitch == 0 ? starts.at(k) - starts.at(k - 1)
                                       : std::min(pitch, starts.at(k) - starts.at(k - 1));
                QVERIFY(pitch > 0);
                hash.addData(QByteArray(QByteArray::number(pitch) + ';'));
            }
        }
        const QByteArray fingerprint = hash.result().toHex().left(16);
        const QMap<int, QByteArray> recorded = {{3, QByteArrayLiteral("84ad19ff5f0842f3")},
                                                {4, QByteArrayLiteral("84ad19ff5f0842f3")},
                                                {5, QByteArrayLiteral("84ad19ff5f0842f3")},
                                                {6, QByteArrayLiteral("84ad19ff5f0842f3")}};
        QVERIFY2(recorded.value(kLayoutFormatVersion) == fingerprint,
                 qPrintable(QStringLiteral("layouts changed (fingerprint %1): bump "
                                           "kLayoutFormatVersion (layoutcodec.h) and record it")
                                .arg(QString::fromLatin1(fingerprint))));
    }

    // No two table boxes overlap, for dot and for what "auto" picks on large graphs.
    void noOverlap_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("tables");
        QTest::addColumn<bool>("tangled");
        QTest::addColumn<QString>("expectedEngine");
        QTest::newRow("dot DAG 300")
            << QStringLiteral("dot") << 300 << false << QStringLiteral("dot");
        QTest::newRow("sfdp tangled 700")
            << QStringLiteral("sfdp") << 700 << true << QStringLiteral("sfdp");
        QTest::newRow("auto tangled 300")
            << QStringLiteral("auto") << 300 << true << QStringLiteral("compact");
        QTest::newRow("auto DAG 500")
            << QStringLiteral("auto") << 500 << false << QStringLiteral("compact");
    }
    void noOverlap()
    {
        QFETCH(QString, engine);
        QFETCH(int, tables);
        QFETCH(bool, tangled);
        QFETCH(QString, expectedEngine);
        const Result<Layout> layout =
            computeLayout(withEngine(syntheticRequest(tables, tangled), engine));
        QVERIFY(layout.ok());
        QCOMPARE(layout->engine, expectedEngine);
        QCOMPARE(overlapOf(layout.value()), QString());
    }

    void engineChoice()
    {
        QCOMPARE(chooseEngine(handMade().graph).engine, QStringLiteral("dot"));
        QCOMPARE(chooseEngine(syntheticRequest(150, true).graph).engine, QStringLiteral("dot"));
        QCOMPARE(chooseEngine(syntheticRequest(600, false).graph).engine, QStringLiteral("dot"));
        QCOMPARE(chooseEngine(syntheticRequest(600, true).graph).engine, QStringLiteral("sfdp"));
        QCOMPARE(chooseEngine(syntheticRequest(2000, false).graph).engine, QStringLiteral("sfdp"));
        QVERIFY(!chooseEngine(syntheticRequest(2000, false).graph).reason.isEmpty());
        // Dense but small stays hierarchical; dense and mid-sized does not.
        QCOMPARE(chooseEngine(syntheticRequest(400, false, 3, 4.0).graph).engine,
                 QStringLiteral("sfdp"));
    }

    // The compact layout: the shape asked for, dense, no overlap, edges around tables.
    void compactShape_data()
    {
        QTest::addColumn<int>("tables");
        QTest::addColumn<bool>("tangled");
        QTest::addColumn<bool>("namesOnly");
        QTest::addColumn<double>("aspect");
        QTest::addColumn<double>("minFill"); // share of the viewport the whole fills at fit
        QTest::newRow("DAG 150, names") << 150 << false << true << 1.9 << 0.9;
        QTest::newRow("DAG 150, columns") << 150 << false << false << 1.6 << 0.85;
        QTest::newRow("tangled 200, columns, 4:3") << 200 << true << false << 4.0 / 3 << 0.9;
        // Its lanes came out 1.13 wide for 1:1 (88 %) until the largest block was laid out
        // again for the shape that corrects the whole.
        QTest::newRow("DAG 60, names, 1:1") << 60 << false << true << 1.0 << 0.95;
    }
    void compactShape()
    {
        QFETCH(int, tables);
        QFETCH(bool, tangled);
        QFETCH(bool, namesOnly);
        QFETCH(double, aspect);
        QFETCH(double, minFill);
        LayoutRequest request =
            withEngine(syntheticRequest(tables, tangled), QStringLiteral("auto"));
        request.options.aspect = aspect;
        if (namesOnly)
            request = namesOnlyBoxes(request);
        const Result<Layout> layout = computeLayout(request);
        QVERIFY(layout.ok());
        QCOMPARE(layout->engine, QStringLiteral("compact"));
        QVERIFY(!layout->engineReason.isEmpty());
        QCOMPARE(overlapOf(layout.value()), QString());
        const QSizeF viewport(1000 * aspect, 1000);
        const LayoutMetrics m = measureLayout(request.graph, layout.value(), viewport);
        qInfo("aspect %.2f (asked %.2f), fill %.0f%%, ink %.0f%%, crossings %d, over tables %d",
              m.aspect, aspect, 100 * m.fill, 100 * m.ink, m.crossings, m.edgesThroughTables);
        QVERIFY2(m.fill >= minFill, qPrintable(QString::number(m.fill)));
        QCOMPARE(m.edgesThroughTables, 0);
        for (int e = 0; e < layout->edges.size(); ++e) {
            const EdgeGeometry &edge = layout->edges.at(e);
            QVERIFY(edge.points.size() >= 4);
            QCOMPARE((edge.points.size() - 1) % 3, 0);
            QCOMPARE(edge.points.first(), edge.tail);
            QCOMPARE(edge.points.last(), edge.head);
            // Ends on the sides of their own tables.
            const QRectF from = layout->nodes.at(request.graph.edges.at(e).from);
            const QRectF to = layout->nodes.at(request.graph.edges.at(e).to);
            QVERIFY(from.adjusted(-0.6, -0.6, 0.6, 0.6).contains(edge.tail));
            QVERIFY(to.adjusted(-0.6, -0.6, 0.6, 0.6).contains(edge.head));
        }
    }

    // The compact layout keeps, of its candidate drawings, one whose names are legible at fit
    // (else nearly the largest) with the fewest crossings.
    void candidateChoice_data()
    {
        QTest::addColumn<QList<int>>("crossings");
        QTest::addColumn<QList<double>>("namePixels"); // at fit: scale × 12
        QTest::addColumn<int>("chosen");
        QTest::newRow("fewest crossings among legible")
            << QList<int>{300, 200, 250} << QList<double>{9.0, 7.2, 8.0} << 1;
        QTest::newRow("illegible names lose to legible ones")
            << QList<int>{100, 400, 300} << QList<double>{6.9, 7.0, 7.5} << 2;
        QTest::newRow("none legible: within a tenth of the largest")
            << QList<int>{100, 500, 450} << QList<double>{3.0, 4.0, 3.7} << 2;
        QTest::newRow("tie: the larger") << QList<int>{200, 200} << QList<double>{8.0, 9.0} << 1;
        QTest::newRow("tie: the first") << QList<int>{200, 200} << QList<double>{8.0, 8.0} << 0;
        QTest::newRow("one") << QList<int>{5} << QList<double>{1.0} << 0;
        QTest::newRow("none") << QList<int>{} << QList<double>{} << -1;
    }
    void candidateChoice()
    {
        QFETCH(QList<int>, crossings);
        QFETCH(QList<double>, namePixels);
        QFETCH(int, chosen);
        QList<detail::CandidateScore> scores;
        for (qsizetype k = 0; k < crossings.size(); ++k)
            scores.append({crossings.at(k), namePixels.at(k) / 12});
        QCOMPARE(detail::chooseCandidate(scores), chosen);
    }

    // Arrange around pinned tables: the pinned ones stay exactly where they are.
    void compactKeepsPinnedTables()
    {
        LayoutRequest request = withEngine(syntheticRequest(80, false), QStringLiteral("auto"));
        const Layout before = computeLayout(request).value();
        request.pinned.resize(request.graph.nodes.size(), QPointF(qQNaN(), qQNaN()));
        const QList<int> pinned{0, 3, 17, 40};
        for (int i : pinned)
            request.pinned[i] = before.nodes.at(i).topLeft() + QPointF(500, 300); // moved by hand
        const Result<Layout> arranged = computeLayout(request);
        QVERIFY(arranged.ok());
        for (int i : pinned)
            QCOMPARE(arranged->nodes.at(i).topLeft(), request.pinned.at(i));
        QCOMPARE(overlapOf(arranged.value()), QString());
        QCOMPARE(
            measureLayout(request.graph, arranged.value(), QSizeF(1600, 1000)).edgesThroughTables,
            0);
        // Same input, same picture.
        QVERIFY(computeLayout(request).value() == arranged.value());
    }

    void compactClustersAreDomains()
    {
        LayoutRequest request = syntheticRequest(90, false);
        for (int i = 0; i < request.graph.nodes.size(); ++i)
            request.graph.nodes[i].cluster = QStringLiteral("d%1").arg(i / 30);
        const Result<Layout> layout = computeLayout(request);
        QVERIFY(layout.ok());
        QCOMPARE(layout->clusters.size(), 3);
        for (int c = 0; c < 3; ++c) {
            const ClusterGeometry &cluster = layout->clusters.at(c);
            for (int other = c + 1; other < 3; ++other)
                QVERIFY(!cluster.rect.intersects(layout->clusters.at(other).rect));
            for (int i = 0; i < request.graph.nodes.size(); ++i)
                QCOMPARE(cluster.rect.contains(layout->nodes.at(i)),
                         request.graph.nodes.at(i).cluster == cluster.name);
        }
    }

    void routerAvoidsTables()
    {
        // A wall of three tables between two others: the edge goes around it.
        const QList<QRectF> boxes{QRectF(0, 100, 100, 40), QRectF(300, 100, 100, 40),
                                  QRectF(150, 0, 80, 100), QRectF(150, 100, 80, 60),
                                  QRectF(150, 160, 80, 100)};
        RouteEdge edge;
        edge.tail.node = 0;
        edge.tail.rowY = 130; // a row port on the left table
        edge.head.node = 1;   // anywhere on the right one
        const QList<EdgeGeometry> routed = routeEdges(boxes, {edge});
        QCOMPARE(routed.size(), 1);
        const EdgeGeometry &g = routed.first();
        QCOMPARE(g.tail, QPointF(100, 130)); // leaves the left table on its right side, on the row
        QVERIFY(QRectF(boxes.at(1)).adjusted(-0.5, -0.5, 0.5, 0.5).contains(g.head));
        const QList<QPointF> line = flattenCurve(g);
        for (int k = 2; k < 5; ++k)
            for (const QPointF &p : line)
                QVERIFY2(!boxes.at(k).adjusted(1, 1, -1, -1).contains(p),
                         qPrintable(QStringLiteral("through box %1").arg(k)));
        // Rerouting one edge keeps the others.
        const QList<EdgeGeometry> again = rerouteEdges(boxes, {edge, edge}, {g, g}, {1});
        QCOMPARE(again.at(0), g);
    }

    void placeInOrderIsLeastSquares()
    {
        // Three boxes wanted at 0: spread evenly around it, 2 apart.
        QCOMPARE(placeInOrder({0, 0, 0}, {10, 10, 10}, 2), QList<double>({-12, 0, 12}));
        // Already apart: unchanged.
        QCOMPARE(placeInOrder({0, 50, 100}, {10, 10, 10}, 2), QList<double>({0, 50, 100}));
        const QList<QRectF> lanes =
            laneLayout({QSizeF(100, 30), QSizeF(100, 30), QSizeF(100, 30), QSizeF(100, 30)},
                       {QPointF(0, 0), QPointF(1, 0), QPointF(0, 1), QPointF(1, 1)},
                       LaneOptions{true, 20, 20, 2.0});
        // Two rows of two, neighbours kept: 0 left of 1, 2 left of 3, 0 above 2.
        QVERIFY(lanes.at(0).right() <= lanes.at(1).left());
        QVERIFY(lanes.at(2).right() <= lanes.at(3).left());
        QVERIFY(lanes.at(0).bottom() <= lanes.at(2).top());
    }

    void clusters()
    {
        const LayoutRequest request = withEngine(handMade(), QStringLiteral("dot"));
        const Result<Layout> layout = computeLayout(request);
        QVERIFY(layout.ok());
        QCOMPARE(layout->clusters.size(), 2);
        QCOMPARE(layout->clusters.at(0).name, QStringLiteral("core"));
        QCOMPARE(layout->clusters.at(1).name, QStringLiteral("work"));
        QVERIFY(!layout->clusters.at(0).rect.intersects(layout->clusters.at(1).rect));
        for (int i = 0; i < request.graph.nodes.size(); ++i) {
            const QString cluster = request.graph.nodes.at(i).cluster;
            for (const ClusterGeometry &geometry : layout->clusters)
                QCOMPARE(geometry.rect.contains(layout->nodes.at(i)), geometry.name == cluster);
        }
        LayoutRequest flat = request;
        flat.options.clusters = false;
        QVERIFY(computeLayout(flat)->clusters.isEmpty());
    }

    void codecRoundTrip()
    {
        const LayoutRequest request = handMade();
        const QByteArray bytes = encodeRequest(request);
        const std::optional<LayoutRequest> decoded = decodeRequest(bytes);
        QVERIFY(decoded);
        QCOMPARE(encodeRequest(*decoded), bytes);
        QVERIFY(computeLayout(*decoded).value() == computeLayout(request).value());
        QVERIFY(!decodeRequest(bytes.left(bytes.size() - 3)));
        QVERIFY(!decodeRequest(QByteArray("garbage")));
        const QByteArray layout = encodeLayout(computeLayout(request).value());
        QVERIFY(decodeLayout(layout));
        QVERIFY(!decodeLayout(layout.left(layout.size() / 2)));
        // Findings and types do not change the key; a moved column does.
        LayoutRequest marked = request;
        marked.graph.nodes[1].marks.errors = 3;
        marked.graph.nodes[1].rows[2].type = QStringLiteral("text");
        QCOMPARE(layoutCacheKey(encodeRequest(marked)), layoutCacheKey(bytes));
        LayoutRequest resized = request;
        resized.geometry[0].size.rwidth() += 1;
        QVERIFY(layoutCacheKey(encodeRequest(resized)) != layoutCacheKey(bytes));
    }

    void workerProcess()
    {
        QVERIFY2(!LayoutJob::defaultWorkerProgram().isEmpty(),
                 "schemalens-layout-worker not built");
        const LayoutRequest request = handMade();
        const Result<Layout> viaWorker =
            LayoutJob::run(request, LayoutJob::Isolation::Process, /*useCache=*/false);
        QVERIFY2(viaWorker.ok(),
                 qPrintable(viaWorker.ok() ? QString() : viaWorker.error().message));
        // Byte for byte: same input, same picture, in another process too.
        QCOMPARE(encodeLayout(viaWorker.value()), encodeLayout(computeLayout(request).value()));

        // Errors come back as values.
        const Result<Layout> bad = LayoutJob::run(withEngine(request, QStringLiteral("bogus")),
                                                  LayoutJob::Isolation::Process, false);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("bogus")));

        LayoutJob job;
        job.setWorkerProgram(QStringLiteral("/nonexistent/schemalens-layout-worker"));
        job.setCacheEnabled(false);
        QSignalSpy finished(&job, &LayoutJob::finished);
        job.start(request); // Auto: falls back to a thread
        QVERIFY(finished.wait(20000));
        QVERIFY(job.result()->ok());
        QVERIFY(job.result()->value() == computeLayout(request).value());
    }

    // A tangled graph that dot needs minutes for: cancel kills the worker at once.
    void cancelKillsWorker()
    {
        QVERIFY(!LayoutJob::defaultWorkerProgram().isEmpty());
        LayoutJob job;
        job.setCacheEnabled(false);
        job.setIsolation(LayoutJob::Isolation::Process);
        QSignalSpy finished(&job, &LayoutJob::finished);
        QSignalSpy progress(&job, &LayoutJob::progress);
        job.start(withEngine(syntheticRequest(1200, true), QStringLiteral("dot")));
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 2, 10000); // the worker reported "dot"
        QCOMPARE(progress.last().at(1).toString(), QStringLiteral("dot"));
        const qint64 pid = job.workerProcessId();
        QVERIFY(pid > 0);
        QVERIFY(processAlive(pid));
        QTest::qWait(300); // well inside Graphviz now
        QElapsedTimer timer;
        timer.start();
        job.cancel();
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(elapsed < 1000, qPrintable(QStringLiteral("cancel took %1 ms").arg(elapsed)));
        QVERIFY(!job.isRunning());
        QCOMPARE(job.workerProcessId(), 0);
        QVERIFY(!processAlive(pid));
        QTest::qWait(100);
        QCOMPARE(finished.count(), 0);
    }

    // Without the worker, cancel still returns at once; the thread's result is dropped.
    void cancelThread()
    {
        LayoutJob job;
        job.setCacheEnabled(false);
        job.setIsolation(LayoutJob::Isolation::Thread);
        QSignalSpy finished(&job, &LayoutJob::finished);
        QSignalSpy progress(&job, &LayoutJob::progress);
        const int runs = graphvizRunCount();
        job.start(withEngine(syntheticRequest(250, false), QStringLiteral("dot")));
        // Cancel once the thread runs Graphviz (the request is encoded in the background first).
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(progress.cbegin(), progress.cend(),
                                             [](const QList<QVariant> &signal) {
                                                 return signal.at(1).toString() ==
                                                        QLatin1String("layout");
                                             }),
                                 10000);
        QElapsedTimer timer;
        timer.start();
        job.cancel();
        QVERIFY(timer.elapsed() < 100);
        // A new layout can start right away and is not confused with the abandoned one.
        const LayoutRequest small = withEngine(handMade(), QStringLiteral("dot")); // one run
        job.start(small);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.count(), 1);
        // The small graph's picture, not the abandoned one's (compared by what it holds: dot
        // itself is not deterministic down to the point when the heap differs, Graphviz
        // issue 1767, and here a thread of its own runs it).
        QCOMPARE(job.result()->value().nodes.size(), small.graph.nodes.size());
        QCOMPARE(job.result()->value().edges.size(), small.graph.edges.size());
        QCOMPARE(job.result()->value().engine, QStringLiteral("dot"));
        QVERIFY(computeLayout(small).ok());
        // The abandoned thread still runs its Graphviz call; let it end before the next test
        // counts Graphviz runs (abandoned + new + the comparison above).
        QTRY_COMPARE_WITH_TIMEOUT(graphvizRunCount(), runs + 3, 30000);
    }

    // The thread has finished and its delivery is queued when the job is cancelled: the
    // abandoned picture must not arrive as the next run's result (CI saw exactly that).
    void cancelAfterThreadFinished()
    {
        LayoutJob job;
        job.setCacheEnabled(false);
        job.setIsolation(LayoutJob::Isolation::Thread);
        QSignalSpy finished(&job, &LayoutJob::finished);
        const int runs = graphvizRunCount();
        // Leave the event loop as soon as the thread is started, before its end can be seen.
        QEventLoop untilLaunched;
        connect(&job, &LayoutJob::progress, &untilLaunched,
                [&untilLaunched](int, const QString &phase) {
                    if (phase == QLatin1String("layout"))
                        untilLaunched.quit();
                });
        QTimer::singleShot(10000, &untilLaunched, &QEventLoop::quit);
        job.start(withEngine(syntheticRequest(30, false), QStringLiteral("dot")));
        untilLaunched.exec();
        // Without running the event loop, wait until Graphviz is done with the 30 tables, so
        // that the thread's finished() is queued here, then cancel.
        for (int waited = 0; graphvizRunCount() == runs && waited < 30000; waited += 10)
            QThread::msleep(10);
        QCOMPARE(graphvizRunCount(), runs + 1);
        QThread::msleep(500); // past computeLayout's return: the thread is ending
        job.cancel();
        QCOMPARE(finished.count(), 0);
        const LayoutRequest small = withEngine(handMade(), QStringLiteral("dot"));
        job.start(small);
        QVERIFY(finished.wait(30000));
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
        QVERIFY(job.result() && job.result()->ok());
        QCOMPARE(job.result()->value().nodes.size(), small.graph.nodes.size());
    }

    // Cancelled while the request is still being encoded: Graphviz never runs.
    void cancelWhilePreparing()
    {
        LayoutJob job;
        job.setCacheEnabled(false);
        job.setIsolation(LayoutJob::Isolation::Thread);
        QSignalSpy finished(&job, &LayoutJob::finished);
        const int runs = graphvizRunCount();
        job.start(withEngine(syntheticRequest(250, false), QStringLiteral("dot")));
        job.cancel();
        QTest::qWait(500);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(graphvizRunCount(), runs);
        QVERIFY(!job.isRunning());
    }

    void cache()
    {
        QTemporaryDir dir;
        const LayoutRequest request = syntheticRequest(60, false);
        auto runJob = [&](LayoutJob &job) {
            job.setCacheDirectory(dir.path());
            job.setIsolation(LayoutJob::Isolation::Thread); // so the run counter sees Graphviz
            QSignalSpy finished(&job, &LayoutJob::finished);
            job.start(request);
            return finished.wait(30000);
        };
        const int before = graphvizRunCount();
        LayoutJob first;
        QVERIFY(runJob(first));
        QVERIFY(!first.isFromCache());
        const int afterFirst = graphvizRunCount(); // the compact layout tries several starts
        QVERIFY(afterFirst > before);
        const QStringList entries = QDir(dir.path()).entryList(QDir::Files);
        QCOMPARE(entries.size(), 1);

        LayoutJob second;
        QVERIFY(runJob(second));
        QVERIFY(second.isFromCache());
        QCOMPARE(graphvizRunCount(), afterFirst); // no Graphviz run
        QVERIFY(second.result()->value() == first.result()->value());

        // A corrupt entry is a miss: computed again and rewritten.
        const QString path = dir.filePath(entries.first());
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QByteArray bytes = file.readAll();
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x5a);
            file.seek(0);
            file.write(bytes);
        }
        const QString key = layoutCacheKey(encodeRequest(request));
        QVERIFY(!LayoutCache(dir.path()).load(key));
        LayoutJob third;
        QVERIFY(runJob(third));
        QVERIFY(!third.isFromCache());
        QCOMPARE(graphvizRunCount(), afterFirst + (afterFirst - before));
        QVERIFY(third.result()->value() == first.result()->value());
        QVERIFY(LayoutCache(dir.path()).load(key));
        QFile truncated(path);
        QVERIFY(truncated.resize(10));
        QVERIFY(!LayoutCache(dir.path()).load(key));
    }

    void inputDot()
    {
        const QByteArray dot = layoutInputDot(withEngine(handMade(), QStringLiteral("dot")));
        QVERIFY(dot.contains("rankdir=LR"));
        QVERIFY(dot.contains("PORT=\"r0\""));
        QVERIFY(dot.contains("cluster_0"));
        const QByteArray sfdp = layoutInputDot(withEngine(handMade(), QStringLiteral("sfdp")));
        QVERIFY(sfdp.contains("overlap=prism"));
        QVERIFY(!sfdp.contains("cluster_"));
    }
};

QTEST_GUILESS_MAIN(TstLayout)
#include "tst_layout.moc"
