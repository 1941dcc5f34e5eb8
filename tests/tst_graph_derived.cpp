// What is made of the ER graph (core/graph): column modes, communities and domains, views
// with their stubs, the layout file and arrangements. The graph itself: tst_graph.cpp.

#include "core/graph/arrangement.h"
#include "core/graph/columnmode.h"
#include "core/graph/domains.h"
#include "core/graph/ergraph.h"
#include "core/graph/layoutfile.h"
#include "tests/graphtest.h"

#include <QFile>
#include <QLineF>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace schemalens;
using namespace schemalens::graph;
using namespace graphtest;

class TstGraphDerived : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void columnModes()
    {
        const model::Schema s = shop();
        const review::ReviewResult review = reviewOf(s);
        const ErGraph graph = buildGraph(s, &review);
        auto rowNames = [](const ErGraph &g, const QString &id) {
            QStringList names;
            for (const ColumnRow &r : g.nodes.at(g.indexOf(id)).rows)
                names.append(r.name);
            return names;
        };
        QCOMPARE(projectColumns(graph, ColumnMode::All).nodes.at(1).rows.size(),
                 graph.nodes.at(1).rows.size());
        const ErGraph keys = projectColumns(graph, ColumnMode::Keys);
        // users: the PK, two FKs, the unique account_id (also an FK), and price (a finding);
        // tenants: only its PK ("name" is no key and has no finding).
        QCOMPARE(rowNames(keys, QStringLiteral("public.users")),
                 QStringList({QStringLiteral("id"), QStringLiteral("tenant_id"),
                              QStringLiteral("manager_id"), QStringLiteral("account_id"),
                              QStringLiteral("price")}));
        QCOMPARE(rowNames(keys, QStringLiteral("public.tenants")),
                 QStringList{QStringLiteral("id")});
        QCOMPARE(keys.nodes.at(keys.indexOf(QStringLiteral("public.tenants"))).hiddenRows, 1);
        // comments: its soft reference is a key too.
        QCOMPARE(rowNames(keys, QStringLiteral("public.comments")),
                 QStringList({QStringLiteral("id"), QStringLiteral("user_id")}));
        const ErGraph names = projectColumns(graph, ColumnMode::Names);
        for (const TableNode &node : names.nodes)
            QVERIFY(node.rows.isEmpty());
        // Nodes, edges and marks keep their places: a selection maps between modes.
        QCOMPARE(ids(names), ids(graph));
        QCOMPARE(edgeIds(names), edgeIds(graph));
        QCOMPARE(names.nodes.at(1).marks.warnings, graph.nodes.at(1).marks.warnings);

        // A column in a composite unique constraint is a key column.
        model::Schema composite;
        model::Table t = table(pub, QStringLiteral("slots"),
                               {QStringLiteral("id"), QStringLiteral("day"), QStringLiteral("room"),
                                QStringLiteral("note")});
        t.uniques.append(
            model::KeyConstraint{.name = QStringLiteral("slots_key"),
                                 .columns = {QStringLiteral("day"), QStringLiteral("room")}});
        composite.tables.append(t);
        QCOMPARE(
            rowNames(projectColumns(buildGraph(composite, nullptr), ColumnMode::Keys),
                     QStringLiteral("public.slots")),
            QStringList({QStringLiteral("id"), QStringLiteral("day"), QStringLiteral("room")}));

        QCOMPARE(columnModeFromName(QStringLiteral("none")), ColumnMode::Names);
        QCOMPARE(columnModeFromName(QStringLiteral("Keys")), ColumnMode::Keys);
        QVERIFY(!columnModeFromName(QStringLiteral("some")));
        QCOMPARE(columnModeName(ColumnMode::Names), QStringLiteral("names"));
    }

    void communities()
    {
        // Two cliques of five joined by one edge: two communities, every time the same.
        QList<std::pair<int, int>> edges;
        for (int group = 0; group < 2; ++group)
            for (int a = 0; a < 5; ++a)
                for (int b = a + 1; b < 5; ++b)
                    edges.append({group * 5 + a, group * 5 + b});
        edges.append({4, 5});
        const QList<int> c = louvainCommunities(10, edges, {});
        QCOMPARE(c, louvainCommunities(10, edges, {}));
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(c.at(i), c.at(0));
            QCOMPARE(c.at(5 + i), c.at(5));
        }
        QVERIFY(c.at(0) != c.at(5));
    }

    void domains()
    {
        // 3 modules of 60 tables (each referencing earlier ones of its module), one reference
        // between modules, and 5 unreferenced tables: 185 tables, grouped by community.
        model::Schema s;
        for (int m = 0; m < 3; ++m)
            for (int i = 0; i < 60; ++i) {
                model::Table t = table(pub, QStringLiteral("m%1_t%2").arg(m).arg(i),
                                       {QStringLiteral("id"), QStringLiteral("ref_id")});
                if (i > 0)
                    t.foreignKeys.append(fk(
                        QStringLiteral("fk_%1_%2").arg(m).arg(i), {QStringLiteral("ref_id")}, pub,
                        QStringLiteral("m%1_t%2").arg(m).arg(i / 2), {QStringLiteral("id")}));
                else if (m > 0)
                    t.foreignKeys.append(fk(QStringLiteral("fk_%1_root").arg(m),
                                            {QStringLiteral("ref_id")}, pub,
                                            QStringLiteral("m0_t0"), {QStringLiteral("id")}));
                s.tables.append(t);
            }
        for (int i = 0; i < 5; ++i)
            s.tables.append(table(pub, QStringLiteral("loose_%1").arg(i), {QStringLiteral("id")}));
        ErGraph graph = buildGraph(s, nullptr);
        QCOMPARE(defaultGrouping(graph), Grouping::Community);
        assignDomains(graph, Grouping::Community);
        const Domains d = summariseDomains(graph);
        // Each domain is mostly one module (a module's root may join the module it references);
        // modules are not torn into single tables.
        for (const DomainSummary &domain : d.domains) {
            QVERIFY2(domain.nodes.size() >= 4 ||
                         domain.name == QStringLiteral("Unreferenced tables"),
                     qPrintable(domain.name));
            QVERIFY(domain.nodes.size() <= 90);
            QHash<QString, int> modules;
            for (int node : domain.nodes)
                ++modules[graph.nodes.at(node).name.left(2)];
            int most = 0;
            for (int count : std::as_const(modules))
                most = std::max(most, count);
            QVERIFY2(most >= 0.8 * domain.nodes.size(),
                     qPrintable(domain.name + QStringLiteral(": ") +
                                QString::number(domain.nodes.size()) + QStringLiteral(" tables, ") +
                                QString::number(most) + QStringLiteral(" of one module")));
        }
        const int loose = graph.indexOf(QStringLiteral("public.loose_0"));
        QCOMPARE(graph.nodes.at(loose).cluster, QStringLiteral("Unreferenced tables"));
        // The references between modules are bundled, counted once per pair of domains.
        int across = 0;
        for (const DomainLink &link : d.links) {
            QVERIFY(link.from < link.to);
            across += link.count;
        }
        int expected = 0;
        for (const Edge &edge : graph.edges)
            expected += d.domainOf.at(edge.from) != d.domainOf.at(edge.to);
        QCOMPARE(across, expected);
        // Deterministic.
        ErGraph again = buildGraph(s, nullptr);
        assignDomains(again, Grouping::Community);
        for (int i = 0; i < graph.nodes.size(); ++i)
            QCOMPARE(again.nodes.at(i).cluster, graph.nodes.at(i).cluster);

        ErGraph bySchema = buildGraph(shop(), nullptr);
        assignDomains(bySchema, Grouping::Schema);
        QCOMPARE(bySchema.nodes.at(bySchema.indexOf(QStringLiteral("auth.accounts"))).cluster,
                 QStringLiteral("auth"));
        QCOMPARE(groupingFromName(QStringLiteral("prefix")), Grouping::Prefix);
        QVERIFY(!groupingFromName(QStringLiteral("tables")));
    }

    void viewsWithStubs()
    {
        const model::Schema s = shop();
        const review::ReviewResult review = reviewOf(s);
        const ErGraph graph = buildGraph(s, &review);
        QList<int> origin;
        const ErGraph view = viewGraph(
            graph, {QStringLiteral("public.orders"), QStringLiteral("public.order_items")},
            &origin);
        // The two tables, then a stub for users (orders references it); tenants is not
        // referenced by either, so it is not there.
        QCOMPARE(ids(view),
                 QStringList({QStringLiteral("public.orders"), QStringLiteral("public.order_items"),
                              QStringLiteral("public.users")}));
        QVERIFY(!view.nodes.at(0).stub);
        QVERIFY(view.nodes.at(2).stub);
        QVERIFY(view.nodes.at(2).rows.isEmpty());
        QVERIFY(!view.nodes.at(2).marks.any());
        QCOMPARE(origin, QList<int>({graph.indexOf(QStringLiteral("public.orders")),
                                     graph.indexOf(QStringLiteral("public.order_items")),
                                     graph.indexOf(QStringLiteral("public.users"))}));
        QCOMPARE(view.edges.size(), 2); // items -> orders, orders -> users (stub)
        for (const Edge &edge : view.edges)
            QVERIFY(edge.from < view.nodes.size() && edge.to < view.nodes.size());
        // Findings on the view's own tables stay.
        QVERIFY(view.nodes.at(1).marks.errors > 0);
        QCOMPARE(neighbourhood(graph, graph.indexOf(QStringLiteral("public.tenants")), 1),
                 QStringList({QStringLiteral("public.tenants"), QStringLiteral("public.users")}));
    }

    void layoutFileRoundTrip()
    {
        LayoutFile file;
        Arrangement names;
        names.tables.insert(QStringLiteral("public.users"), {QPointF(400.4, 40), false});
        names.tables.insert(QStringLiteral("public.orders"), {QPointF(120, -40.6), true});
        file.setArrangement(ColumnMode::Names, names);
        SavedView view;
        view.tables = {QStringLiteral("public.orders"), QStringLiteral("public.items")};
        file.views.insert(QStringLiteral("Billing \"core\""), view);
        file.setArrangement(ColumnMode::All, names, QStringLiteral("Billing \"core\""));
        const QByteArray text = serializeLayoutFile(file);
        // Sorted, one table per line, whole points, stable.
        QVERIFY2(
            text.contains(
                "    \"modes\": {\n      \"names\": {\n        \"tables\": {\n"
                "          \"public.orders\": {\"pinned\": true, \"x\": 120, \"y\": -41},\n"
                "          \"public.users\": {\"x\": 400, \"y\": 40}\n") ||
                text.contains("\"public.orders\": {\"pinned\": true, \"x\": 120, \"y\": -41},\n"),
            text.constData());
        QVERIFY(text.indexOf("public.orders") < text.indexOf("public.users"));
        QVERIFY(text.contains("\"version\": 1"));
        QVERIFY(text.contains("\"Billing \\\"core\\\"\""));
        const Result<ParsedLayoutFile> parsed = parseLayoutFile(text);
        QVERIFY(parsed.ok());
        QVERIFY(parsed->problems.isEmpty());
        QCOMPARE(serializeLayoutFile(parsed->file), text);
        QCOMPARE(parsed->file.arrangement(ColumnMode::Names)
                     .tables.value(QStringLiteral("public.users"))
                     .topLeft,
                 QPointF(400, 40));
        QCOMPARE(parsed->file.views.value(QStringLiteral("Billing \"core\"")).tables,
                 QStringList({QStringLiteral("public.items"), QStringLiteral("public.orders")}));

        // Problems by JSON path; the rest applies.
        const Result<ParsedLayoutFile> odd = parseLayoutFile(R"({
          "version": 1, "colour": "red",
          "modes": {"names": {"tables": {"public.a": {"x": 1, "y": "two"},
                                         "public.b": {"x": 5, "y": 6, "size": 3}}},
                    "wide": {}},
          "views": {"v": {"tables": ["public.a", 7]}},
          "modes": {"names": {"tables": {"public.a": {"x": 1, "y": "two"},
                                         "public.b": {"x": 5, "y": 6, "size": 3},
                                         "public.far": {"x": 1e102, "y": 0}}},
                    "wide": {}}
        })");
        QVERIFY(odd.ok());
        QStringList paths;
        for (const LayoutFileProblem &p : odd->problems)
            paths.append(p.path);
        paths.sort();
        QCOMPARE(
            paths,
            QStringList({QStringLiteral("colour"), QStringLiteral("modes.names.tables.public.a"),
                         QStringLiteral("modes.names.tables.public.b.size"),
                         QStringLiteral("modes.names.tables.public.far"),
                         QStringLiteral("modes.wide"), QStringLiteral("views.v.tables")}));
        QCOMPARE(odd->file.arrangement(ColumnMode::Names).tables.size(), 1);
        QVERIFY(!parseLayoutFile("[1, 2]").ok());
        QVERIFY(!parseLayoutFile("{ nope").ok());

        // Written only when it changes.
        QTemporaryDir dir;
        const QString path = dir.filePath(QString::fromLatin1(kLayoutFileName));
        QCOMPARE(writeLayoutFile(path, LayoutFile{}).value(), false); // nothing to keep
        QCOMPARE(writeLayoutFile(path, file).value(), true);
        QCOMPARE(writeLayoutFile(path, file).value(), false);
        QCOMPARE(readLayoutFile(path)->file, parsed->file);
        QVERIFY(readLayoutFile(dir.filePath(QStringLiteral("missing.json")))->file.isEmpty());

        // Where it lives: beside a folder or file; connections in the data folder, without
        // the password in the name.
        QCOMPARE(layoutFilePath(dir.path(), QStringLiteral("/data")), path);
        QCOMPARE(layoutFilePath(path, QStringLiteral("/data")), path);
        const QString a = layoutFilePath(QStringLiteral("postgresql://me:secret@db/app"),
                                         QStringLiteral("/data"));
        const QString b =
            layoutFilePath(QStringLiteral("postgresql://me:other@db/app"), QStringLiteral("/data"));
        QVERIFY(a.startsWith(QStringLiteral("/data/layouts/")));
        QCOMPARE(a, b);
        QVERIFY(!a.contains(QStringLiteral("secret")));
        QVERIFY(layoutFilePath(QStringLiteral("postgresql://me@db/other"),
                               QStringLiteral("/data")) != a);
    }

    void arrangementsPlaceNewTablesNearTheirNeighbours()
    {
        // A star: hub with six children in a row, arranged; then two new tables, one
        // referencing the hub and one referencing nothing, and a dropped one in the file.
        ErGraph graph;
        QList<NodeGeometry> geometry;
        auto add = [&](const QString &name) {
            TableNode node;
            node.schema = pub;
            node.name = name;
            node.id = pub + QLatin1Char('.') + name;
            graph.nodes.append(node);
            geometry.append({QSizeF(120, 40), {}});
        };
        add(QStringLiteral("hub"));
        for (int i = 0; i < 6; ++i)
            add(QStringLiteral("child%1").arg(i));
        add(QStringLiteral("fresh"));
        add(QStringLiteral("alone"));
        auto link = [&](int from, int to) {
            Edge edge;
            edge.from = from;
            edge.to = to;
            edge.id = QString::number(graph.edges.size());
            graph.edges.append(edge);
        };
        for (int i = 1; i <= 6; ++i)
            link(i, 0);
        link(7, 0);
        Arrangement arrangement;
        arrangement.tables.insert(QStringLiteral("public.hub"), {QPointF(400, 200), true});
        for (int i = 0; i < 6; ++i)
            arrangement.tables.insert(QStringLiteral("public.child%1").arg(i),
                                      {QPointF(i * 160, 0), false});
        arrangement.tables.insert(QStringLiteral("public.dropped"), {QPointF(0, 900), true});
        const Placement placement = applyArrangement(graph, geometry, arrangement, nullptr);
        QVERIFY(placement.fromArrangement);
        QCOMPARE(placement.added, QList<int>({7, 8}));
        QCOMPARE(placement.nodes.at(0).topLeft(), QPointF(400, 200)); // arranged: unmoved
        QVERIFY(placement.pinned.at(0));
        for (int i = 0; i < 6; ++i)
            QCOMPARE(placement.nodes.at(1 + i).topLeft(), QPointF(i * 160, 0));
        // The new table lies next to the hub; nothing overlaps.
        const double distance =
            QLineF(placement.nodes.at(7).center(), placement.nodes.at(0).center()).length();
        QVERIFY2(distance < 200, qPrintable(QString::number(distance)));
        for (int i = 0; i < placement.nodes.size(); ++i)
            for (int j = i + 1; j < placement.nodes.size(); ++j)
                QVERIFY(!placement.nodes.at(i).intersects(placement.nodes.at(j)));
        // The whole layout: routed edges, no edge through a table.
        const Layout layout = layoutFor(graph, geometry, placement.nodes);
        QCOMPARE(layout.edges.size(), graph.edges.size());
        const Arrangement back = arrangementOf(graph, layout.nodes, placement.pinned);
        QCOMPARE(back.tables.value(QStringLiteral("public.hub")),
                 (TablePlacement{QPointF(400, 200), true}));
        QVERIFY(!back.tables.contains(QStringLiteral("public.dropped")));
        // No arrangement: the automatic layout as it is.
        Layout automatic;
        for (int i = 0; i < graph.nodes.size(); ++i)
            automatic.nodes.append(QRectF(QPointF(i * 200, 0), geometry.at(i).size));
        const Placement none = applyArrangement(graph, geometry, {}, &automatic);
        QVERIFY(!none.fromArrangement);
        QCOMPARE(none.nodes, automatic.nodes);
    }
};

QTEST_GUILESS_MAIN(TstGraphDerived)
#include "tst_graph_derived.moc"
