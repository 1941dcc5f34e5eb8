#pragma once
// Shared fixtures of the ER graph suites (tst_graph, tst_graph_derived): hand-made tables,
// columns and foreign keys, a small shop schema with a review of it, and lookups into a
// built graph.

#include "core/graph/ergraph.h"
#include "core/model/schema.h"
#include "core/review/engine.h"
#include "core/review/finding.h"

#include <QString>
#include <QStringList>

namespace graphtest {

using namespace schemalens;
using namespace schemalens::graph;
using review::Finding;
using review::ObjectRef;
using review::Severity;

inline model::Column column(const QString &name, const QString &type = QStringLiteral("integer"),
                            bool nullable = true)
{
    model::Column c;
    c.name = name;
    c.type = type;
    c.nullable = nullable;
    return c;
}

inline model::Table table(const QString &schema, const QString &name, const QStringList &columns,
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

inline model::ForeignKey fk(const QString &name, const QStringList &columns,
                            const QString &refSchema, const QString &refTable,
                            const QStringList &refColumns,
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

inline const QString pub = QStringLiteral("public");

// tenants ← users (self-loop manager_id) ← orders ← order_items (composite FK), comments with
// a soft reference to users, an external auth.accounts stub, and a view.
inline model::Schema shop()
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

inline Finding finding(const QString &rule, Severity severity, ObjectRef::Kind kind,
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

inline review::ReviewResult reviewOf(const model::Schema &s)
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

inline QStringList ids(const ErGraph &graph)
{
    QStringList list;
    for (const TableNode &node : graph.nodes)
        list.append(node.id);
    return list;
}

inline QStringList edgeIds(const ErGraph &graph)
{
    QStringList list;
    for (const Edge &edge : graph.edges)
        list.append(edge.id);
    return list;
}

inline const Edge *edgeNamed(const ErGraph &graph, const QString &name)
{
    for (const Edge &edge : graph.edges)
        if (edge.name == name)
            return &edge;
    return nullptr;
}

inline const ColumnRow *row(const ErGraph &graph, const QString &node, const QString &name)
{
    const int i = graph.indexOf(node);
    if (i < 0)
        return nullptr;
    for (const ColumnRow &r : graph.nodes.at(i).rows)
        if (r.name == name)
            return &r;
    return nullptr;
}

} // namespace graphtest
