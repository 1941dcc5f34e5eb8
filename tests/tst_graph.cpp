// The ER graph (core/graph/ergraph.h): nodes, FK and soft edges, overlay marks, focus,
// schema filter and clusters, built from hand-made schemas and review results; and what is
// made of it: column modes, domains, views with stubs, the layout file and arrangements.

#include "core/graph/arrangement.h"
#include "core/graph/columnmode.h"
#include "core/graph/domains.h"
#include "core/graph/dotexport.h"
#include "core/graph/ergraph.h"
#include "core/graph/layoutfile.h"
#include "core/graph/mermaid.h"

#include <QFile>
#include <QLineF>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace schemalens;
using namespace schemalens::graph;
using review::Finding;
using review::ObjectRef;
using review::Severity;

namespace {

model::Column column(const QString &name, const QString &type = QStringLiteral("integer"),
                     bool nullable = true)
{
    model::Column c;
    c.name = name;
    c.type = type;
    c.nullable = nullable;
    return c;
}

model::Table table(const QString &schema, const QString &name, const QStringList &columns,
                   const QStringList &pk = {QStringLiteral("id")})
{
    model::Table t;
    t.schema = schema;
    t.name = name;
    for (const QString &c : columns)
        t.columns.append(column(c, QStringLiteral("integer"), !pk.contains(c)));
    if (!pk.isEmpty())
        t.primaryKey = model::KeyConstraint{.name = name + QStringLiteral("_pkey"), .columns = pk};
    return t;
}

model::ForeignKey fk(const QString &name, const QStringList &columns, const QString &refSchema,
                     const QString &refTable, const QStringList &refColumns,
                     const QString &onDelete = QStringLiteral("no action"))
{
    model::ForeignKey key;
    key.name = name;
    key.columns = columns;
    key.refSchema = refSchema;
    key.refTable = refTable;
    key.refColumns = refColumns;
    key.onDelete = onDelete;
    return key;
}

const QString pub = QStringLiteral("public");

// tenants ← users (self-loop manager_id) ← orders ← order_items (composite FK), comments with
// a soft reference to users, an external auth.accounts stub, and a view.
model::Schema shop()
{
    model::Schema s;
    s.tables.append(
        table(pub, QStringLiteral("tenants"), {QStringLiteral("id"), QStringLiteral("name")}));
    model::Table users =
        table(pub, QStringLiteral("users"),
              {QStringLiteral("id"), QStringLiteral("tenant_id"), QStringLiteral("manager_id"),
               QStringLiteral("account_id"), QStringLiteral("price")});
    users.columns[1].nullable = false;
    users.foreignKeys.append(fk(QStringLiteral("users_tenant_fk"), {QStringLiteral("tenant_id")},
                                pub, QStringLiteral("tenants"), {QStringLiteral("id")},
                                QStringLiteral("cascade")));
    users.foreignKeys.append(fk(QStringLiteral("users_manager_fk"), {QStringLiteral("manager_id")},
                                pub, QStringLiteral("users"), {QStringLiteral("id")},
                                QStringLiteral("set null")));
    users.foreignKeys.append(fk(QStringLiteral("users_account_fk"), {QStringLiteral("account_id")},
                                QStringLiteral("auth"), QStringLiteral("accounts"),
                                {QStringLiteral("id")}));
    users.uniques.append(model::KeyConstraint{.name = QStringLiteral("users_account_key"),
                                              .columns = {QStringLiteral("account_id")}});
    s.tables.append(users);
    model::Table orders =
        table(pub, QStringLiteral("orders"),
              {QStringLiteral("tenant_id"), QStringLiteral("id"), QStringLiteral("user_id")},
              {QStringLiteral("tenant_id"), QStringLiteral("id")});
    orders.foreignKeys.append(fk(QStringLiteral("orders_user_fk"), {QStringLiteral("user_id")}, pub,
                                 QStringLiteral("users"), {QStringLiteral("id")}));
    s.tables.append(orders);
    model::Table items = table(pub, QStringLiteral("order_items"),
                               {QStringLiteral("id"), QStringLiteral("tenant_id"),
                                QStringLiteral("order_id"), QStringLiteral("qty")});
    items.columns[1].nullable = false;
    items.columns[2].nullable = false;
    items.foreignKeys.append(
        fk(QStringLiteral("items_order_fk"),
           {QStringLiteral("tenant_id"), QStringLiteral("order_id")}, pub, QStringLiteral("orders"),
           {QStringLiteral("tenant_id"), QStringLiteral("id")}, QStringLiteral("cascade")));
    s.tables.append(items);
    s.tables.append(
        table(pub, QStringLiteral("comments"),
              {QStringLiteral("id"), QStringLiteral("user_id"), QStringLiteral("body")}));
    model::Table accounts =
        table(QStringLiteral("auth"), QStringLiteral("accounts"), {QStringLiteral("id")});
    accounts.external = true;
    s.tables.append(accounts);
    model::Table unused =
        table(QStringLiteral("auth"), QStringLiteral("sessions"), {QStringLiteral("id")});
    unused.external = true; // referenced by nothing: never drawn
    s.tables.append(unused);
    model::View view;
    view.schema = pub;
    view.name = QStringLiteral("active_users");
    view.outputColumns = {column(QStringLiteral("id")),
                          column(QStringLiteral("name"), QStringLiteral("text"))};
    // What it reads: a table, one that is not in the schema and itself (both ignored).
    view.dependsOn = {QStringLiteral("public.users"), QStringLiteral("public.gone"),
                      QStringLiteral("public.active_users")};
    s.views.append(view);
    return s;
}

Finding finding(const QString &rule, Severity severity, ObjectRef::Kind kind,
                const QString &tableName, const QString &columnName = {},
                const QString &constraint = {})
{
    Finding f;
    f.rule = rule;
    f.severity = severity;
    f.object.kind = kind;
    f.object.schema = pub;
    f.object.table = tableName;
    f.object.column = columnName;
    f.object.constraint = constraint;
    f.message = rule + QStringLiteral(" on ") + tableName;
    return f;
}

review::ReviewResult reviewOf(const model::Schema &s)
{
    review::ReviewResult result;
    result.softReferences.append(
        review::SoftReference{.table = s.table(pub, QStringLiteral("comments")),
                              .column = QStringLiteral("user_id"),
                              .target = s.table(pub, QStringLiteral("users")),
                              .targetColumn = QStringLiteral("id"),
                              .reason = QStringLiteral("name")});
    result.findings = {
        finding(QStringLiteral("set-null-not-null"), Severity::Error, ObjectRef::Kind::ForeignKey,
                QStringLiteral("order_items"), {}, QStringLiteral("items_order_fk")),
        finding(QStringLiteral("money-as-float"), Severity::Warning, ObjectRef::Kind::Column,
                QStringLiteral("users"), QStringLiteral("price")),
        finding(QStringLiteral("table-no-pk"), Severity::Warning, ObjectRef::Kind::Table,
                QStringLiteral("comments")),
        finding(QStringLiteral("soft-fk"), Severity::Warning, ObjectRef::Kind::Column,
                QStringLiteral("comments"), QStringLiteral("user_id")),
        finding(QStringLiteral("wide-table"), Severity::Info, ObjectRef::Kind::Table,
                QStringLiteral("users")),
    };
    result.findings[3].object.refTable = QStringLiteral("users");
    Finding cross = finding(QStringLiteral("cascade-inconsistent"), Severity::Warning,
                            ObjectRef::Kind::ForeignKey, {});
    cross.object.tables = {QStringLiteral("public.users"), QStringLiteral("public.orders")};
    cross.object.columns = {QStringLiteral("public.orders.user_id")};
    result.findings.append(cross);
    return result;
}

QStringList ids(const ErGraph &graph)
{
    QStringList list;
    for (const TableNode &node : graph.nodes)
        list.append(node.id);
    return list;
}

QStringList edgeIds(const ErGraph &graph)
{
    QStringList list;
    for (const Edge &edge : graph.edges)
        list.append(edge.id);
    return list;
}

const Edge *edgeNamed(const ErGraph &graph, const QString &name)
{
    for (const Edge &edge : graph.edges)
        if (edge.name == name)
            return &edge;
    return nullptr;
}

const ColumnRow *row(const ErGraph &graph, const QString &node, const QString &name)
{
    const int i = graph.indexOf(node);
    if (i < 0)
        return nullptr;
    for (const ColumnRow &r : graph.nodes.at(i).rows)
        if (r.name == name)
            return &r;
    return nullptr;
}

} // namespace

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
          "views": {"v": {"tables": ["public.a", 7]}}
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

QTEST_GUILESS_MAIN(TstGraph)
#include "tst_graph.moc"
