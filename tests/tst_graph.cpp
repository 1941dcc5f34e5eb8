// The ER graph (core/graph/ergraph.h): nodes, FK and soft edges, overlay marks, focus,
// schema filter and clusters, built from hand-made schemas and review results. What is made
// of it (column modes, domains, the layout file...): tst_graph_derived.cpp.

#include "core/graph/dotexport.h"
#include "core/graph/ergraph.h"
#include "core/graph/mermaid.h"
#include "tests/graphtest.h"

#include <QSet>
#include <QTest>

using namespace schemalens;
using namespace schemalens::graph;
using namespace graphtest;

class TstGraph : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nodesAndEdges()
    {
        const model::Schema s = shop();
        const ErGraph graph = buildGraph(s, nullptr);
        QCOMPARE(ids(graph),
                 QStringList({QStringLiteral("public.tenants"), QStringLiteral("public.users"),
                              QStringLiteral("public.orders"), QStringLiteral("public.order_items"),
                              QStringLiteral("public.comments"), QStringLiteral("auth.accounts")}));
        QCOMPARE(edgeIds(graph),
                 QStringList({QStringLiteral("public.users->public.tenants:users_tenant_fk"),
                              QStringLiteral("public.users->public.users:users_manager_fk"),
                              QStringLiteral("public.users->auth.accounts:users_account_fk"),
                              QStringLiteral("public.orders->public.users:orders_user_fk"),
                              QStringLiteral("public.order_items->public.orders:items_order_fk")}));
        const ColumnRow *tenant =
            row(graph, QStringLiteral("public.users"), QStringLiteral("tenant_id"));
        QVERIFY(tenant && tenant->foreignKey && tenant->notNull && !tenant->primaryKey);
        QVERIFY(row(graph, QStringLiteral("public.users"), QStringLiteral("id"))->primaryKey);
        QVERIFY(row(graph, QStringLiteral("public.users"), QStringLiteral("account_id"))->unique);
    }

    void compositeForeignKeyIsOneEdge()
    {
        const ErGraph graph = buildGraph(shop(), nullptr);
        const Edge *edge = edgeNamed(graph, QStringLiteral("items_order_fk"));
        QVERIFY(edge);
        QCOMPARE(edge->fromColumns,
                 QStringList({QStringLiteral("tenant_id"), QStringLiteral("order_id")}));
        QCOMPARE(edge->toColumns, QStringList({QStringLiteral("tenant_id"), QStringLiteral("id")}));
        QCOMPARE(edge->onDelete, QStringLiteral("cascade"));
        QVERIFY(!edge->optional); // both columns NOT NULL
        QVERIFY(!edge->oneToOne);
        int between = 0;
        for (const Edge &e : graph.edges)
            between += e.from == edge->from && e.to == edge->to;
        QCOMPARE(between, 1);
    }

    void selfLoopAndFlags()
    {
        const ErGraph graph = buildGraph(shop(), nullptr);
        const Edge *self = edgeNamed(graph, QStringLiteral("users_manager_fk"));
        QVERIFY(self && self->selfLoop());
        QVERIFY(self->optional);
        QCOMPARE(self->onDelete, QStringLiteral("set null"));
        const Edge *account = edgeNamed(graph, QStringLiteral("users_account_fk"));
        QVERIFY(account && account->oneToOne); // account_id is unique
    }

    void softEdgeIsDashed()
    {
        const model::Schema s = shop();
        const review::ReviewResult review = reviewOf(s);
        const ErGraph graph = buildGraph(s, &review);
        const QString id = QStringLiteral("public.comments->public.users:~user_id");
        QVERIFY(edgeIds(graph).contains(id));
        const Edge &soft = graph.edges.at(edgeIds(graph).indexOf(id));
        QVERIFY(soft.soft);
        QVERIFY(soft.name.isEmpty());
        QCOMPARE(soft.fromColumns, QStringList{QStringLiteral("user_id")});
        QCOMPARE(soft.toColumns, QStringList{QStringLiteral("id")});
        QVERIFY(row(graph, QStringLiteral("public.comments"), QStringLiteral("user_id"))->softKey);
        // Soft edges come after the table's declared FKs, and can be turned off.
        GraphOptions noSoft;
        noSoft.softEdges = false;
        const ErGraph plain = buildGraph(s, &review, noSoft);
        QVERIFY(!edgeIds(plain).contains(id));
        QCOMPARE(plain.edges.size(), graph.edges.size() - 1);
    }

    void marksBySeverity()
    {
        const model::Schema s = shop();
        const review::ReviewResult review = reviewOf(s);
        const ErGraph graph = buildGraph(s, &review);
        // FK finding → that edge (and its table).
        const Edge *items = edgeNamed(graph, QStringLiteral("items_order_fk"));
        QCOMPARE(items->marks.errors, 1);
        QCOMPARE(items->marks.worst(), std::optional(Severity::Error));
        const TableNode &itemNode =
            graph.nodes.at(graph.indexOf(QStringLiteral("public.order_items")));
        QCOMPARE(itemNode.marks.errors, 1);
        // Column finding → the row and the table.
        const ColumnRow *price =
            row(graph, QStringLiteral("public.users"), QStringLiteral("price"));
        QCOMPARE(price->marks.warnings, 1);
        QVERIFY(price->marks.messages.first().startsWith(QStringLiteral("money-as-float: ")));
        const TableNode &users = graph.nodes.at(graph.indexOf(QStringLiteral("public.users")));
        QCOMPARE(users.marks.warnings, 2); // money-as-float, cascade-inconsistent
        QCOMPARE(users.marks.infos, 1);    // wide-table
        QCOMPARE(users.marks.worst(), std::optional(Severity::Warning));
        // soft-fk → the soft edge.
        for (const Edge &edge : graph.edges)
            QCOMPARE(edge.marks.warnings, edge.soft ? 1 : 0);
        // Cross-table finding → every table listed, and the named column.
        const TableNode &orders = graph.nodes.at(graph.indexOf(QStringLiteral("public.orders")));
        QCOMPARE(orders.marks.warnings, 1);
        QCOMPARE(
            row(graph, QStringLiteral("public.orders"), QStringLiteral("user_id"))->marks.warnings,
            1);
        const TableNode &tenants = graph.nodes.at(graph.indexOf(QStringLiteral("public.tenants")));
        QVERIFY(!tenants.marks.any());
        QCOMPARE(tenants.marks.worst(), std::nullopt);
        // Marks can be left off.
        GraphOptions options;
        options.findings = false;
        const ErGraph bare = buildGraph(s, &review, options);
        for (const TableNode &node : bare.nodes)
            QVERIFY(!node.marks.any());
    }

    void viewsAreOptional()
    {
        const model::Schema s = shop();
        QCOMPARE(buildGraph(s, nullptr).indexOf(QStringLiteral("public.active_users")), -1);
        GraphOptions options;
        options.includeViews = true;
        const ErGraph graph = buildGraph(s, nullptr, options);
        const int view = graph.indexOf(QStringLiteral("public.active_users"));
        QVERIFY(view >= 0);
        QVERIFY(graph.nodes.at(view).view);
        QCOMPARE(graph.nodes.at(view).rows.size(), 2);
        QCOMPARE(graph.nodes.at(view).rows.at(1).type, QStringLiteral("text"));
        // What the view reads: a dependency edge each, after the keys, without cardinality.
        QList<const Edge *> reads;
        for (const Edge &edge : graph.edges) {
            if (edge.dependency)
                reads.append(&edge);
            else
                QVERIFY2(reads.isEmpty(), "dependency edges come after the foreign keys");
        }
        QCOMPARE(reads.size(), 1);
        QCOMPARE(reads.first()->from, view);
        QCOMPARE(graph.nodes.at(reads.first()->to).id, QStringLiteral("public.users"));
        QCOMPARE(parentEnd(*reads.first()), EndMark::None);
        QCOMPARE(childEnd(*reads.first()), EndMark::None);
        QVERIFY(toDot(graph).contains("class=\"reads\""));
        // Mermaid relationships all carry a cardinality: the view is an entity without one.
        for (const QByteArray &line : toMermaid(graph).split('\n'))
            QVERIFY2(!(line.contains("active_users") && line.contains(" : ")), line.constData());
    }

    void externalStubs()
    {
        const model::Schema s = shop();
        const ErGraph graph = buildGraph(s, nullptr);
        const int accounts = graph.indexOf(QStringLiteral("auth.accounts"));
        QVERIFY(accounts >= 0);
        QVERIFY(graph.nodes.at(accounts).external);
        QCOMPARE(graph.indexOf(QStringLiteral("auth.sessions")), -1); // unreferenced stub
        GraphOptions options;
        options.includeExternal = false;
        const ErGraph inside = buildGraph(s, nullptr, options);
        QCOMPARE(inside.indexOf(QStringLiteral("auth.accounts")), -1);
        QVERIFY(!edgeNamed(inside, QStringLiteral("users_account_fk")));
    }

    void focus_data()
    {
        QTest::addColumn<QString>("focus");
        QTest::addColumn<int>("depth");
        QTest::addColumn<QStringList>("expected");
        const QString t = QStringLiteral("public.tenants"), u = QStringLiteral("public.users"),
                      o = QStringLiteral("public.orders"), i = QStringLiteral("public.order_items"),
                      c = QStringLiteral("public.comments"), a = QStringLiteral("auth.accounts");
        QTest::newRow("depth 0") << QStringLiteral("orders") << 0 << QStringList{o};
        QTest::newRow("depth 1") << QStringLiteral("public.orders") << 1 << QStringList{u, o, i};
        QTest::newRow("depth 2") << QStringLiteral("orders") << 2 << QStringList{t, u, o, i, c, a};
        QTest::newRow("leaf depth 1") << QStringLiteral("order_items") << 1 << QStringList{o, i};
        QTest::newRow("over soft edge") << QStringLiteral("comments") << 1 << QStringList{u, c};
        QTest::newRow("unknown") << QStringLiteral("nope") << 1 << QStringList{};
    }
    void focus()
    {
        QFETCH(QString, focus);
        QFETCH(int, depth);
        QFETCH(QStringList, expected);
        const model::Schema s = shop();
        const review::ReviewResult review = reviewOf(s);
        GraphOptions options;
        options.focus = focus;
        options.depth = depth;
        const ErGraph graph = buildGraph(s, &review, options);
        QCOMPARE(ids(graph), expected);
        QCOMPARE(graph.focusFound, !expected.isEmpty());
        for (const Edge &edge : graph.edges) {
            QVERIFY(edge.from >= 0 && edge.from < graph.nodes.size());
            QVERIFY(edge.to >= 0 && edge.to < graph.nodes.size());
        }
        // Every edge of the full graph between two kept tables is kept.
        const ErGraph full = buildGraph(s, &review);
        int between = 0;
        for (const Edge &edge : full.edges)
            between += expected.contains(full.nodes.at(edge.from).id) &&
                       expected.contains(full.nodes.at(edge.to).id);
        QCOMPARE(graph.edges.size(), between);
    }

    void schemaFilter()
    {
        model::Schema s = shop();
        model::Table invoices = table(
            QStringLiteral("billing"), QStringLiteral("invoices"),
            {QStringLiteral("id"), QStringLiteral("order_tenant"), QStringLiteral("order_id")});
        invoices.foreignKeys.append(fk(QStringLiteral("invoice_order_fk"),
                                       {QStringLiteral("order_tenant"), QStringLiteral("order_id")},
                                       pub, QStringLiteral("orders"),
                                       {QStringLiteral("tenant_id"), QStringLiteral("id")}));
        s.tables.append(invoices);
        s.tables.append(
            table(QStringLiteral("billing"), QStringLiteral("payments"), {QStringLiteral("id")}));
        GraphOptions options;
        options.schemas = {QStringLiteral("billing")};
        const ErGraph graph = buildGraph(s, nullptr, options);
        QCOMPARE(ids(graph), QStringList({QStringLiteral("billing.invoices"),
                                          QStringLiteral("billing.payments")}));
        QVERIFY(graph.edges.isEmpty()); // the reference leaves the sub-diagram
        // One schema shown: no schema clusters.
        for (const TableNode &node : graph.nodes)
            QVERIFY(node.cluster.isEmpty());
        options.schemas = {QStringLiteral("billing"), pub};
        const ErGraph both = buildGraph(s, nullptr, options);
        QVERIFY(edgeNamed(both, QStringLiteral("invoice_order_fk")));
        QCOMPARE(both.nodes.at(both.indexOf(QStringLiteral("billing.invoices"))).cluster,
                 QStringLiteral("billing"));
        QCOMPARE(both.nodes.at(both.indexOf(QStringLiteral("public.users"))).cluster, pub);
    }

    void clustering()
    {
        // shop() has public + auth (the external stub): two schemas, so schema clusters.
        const model::Schema s = shop();
        const ErGraph graph = buildGraph(s, nullptr);
        QCOMPARE(graph.nodes.at(graph.indexOf(QStringLiteral("auth.accounts"))).cluster,
                 QStringLiteral("auth"));
        GraphOptions options;
        options.clustering = GraphOptions::Clustering::None;
        for (const TableNode &node : buildGraph(s, nullptr, options).nodes)
            QVERIFY(node.cluster.isEmpty());

        model::Schema prefixed;
        for (const char *name : {"billing_invoices", "billing_payments", "authUsers", "authTokens",
                                 "orders", "order_items"})
            prefixed.tables.append(table(pub, QString::fromLatin1(name), {QStringLiteral("id")}));
        options.clustering = GraphOptions::Clustering::Prefix;
        const ErGraph byPrefix = buildGraph(prefixed, nullptr, options);
        QStringList clusters;
        for (const TableNode &node : byPrefix.nodes)
            clusters.append(node.cluster);
        // "order" is shared by nobody ("orders" has no prefix), so it is no cluster.
        QCOMPARE(clusters, QStringList({QStringLiteral("billing"), QStringLiteral("billing"),
                                        QStringLiteral("auth"), QStringLiteral("auth"), QString(),
                                        QString()}));
    }

    void deterministic()
    {
        const model::Schema s = shop();
        const review::ReviewResult review = reviewOf(s);
        const ErGraph a = buildGraph(s, &review);
        const ErGraph b = buildGraph(s, &review);
        QCOMPARE(ids(a), ids(b));
        QCOMPARE(edgeIds(a), edgeIds(b));
        QCOMPARE(a.findNode(QStringLiteral("users")), a.indexOf(QStringLiteral("public.users")));
        QCOMPARE(a.findNode(QStringLiteral("missing")), -1);
    }
};

QTEST_GUILESS_MAIN(TstGraph)
#include "tst_graph.moc"
