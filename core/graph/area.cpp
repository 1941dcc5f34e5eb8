#include "core/graph/area.h"

#include <QSet>

#include <algorithm>

namespace schemalens::graph {

namespace {

int nodeFor(const ErGraph &graph, const QString &schema, const QString &table)
{
    if (table.isEmpty())
        return -1;
    if (!schema.isEmpty()) {
        if (const int i = graph.indexOf(schema + QLatin1Char('.') + table); i >= 0)
            return i;
    }
    return graph.findNode(table);
}

bool isKeyRow(const ColumnRow &row)
{
    return row.primaryKey || row.foreignKey || row.softKey || row.unique || row.marks.any();
}

} // namespace

QList<int> findingNodes(const ErGraph &graph, const review::Finding &finding)
{
    const review::ObjectRef &o = finding.object;
    QList<int> nodes;
    auto add = [&](int node) {
        if (node >= 0 && !nodes.contains(node))
            nodes.append(node);
    };
    add(nodeFor(graph, o.schema, o.table));
    add(nodeFor(graph, o.refSchema.isEmpty() ? o.schema : o.refSchema, o.refTable));
    for (const QString &qualified : o.tables) {
        if (const int i = graph.indexOf(qualified); i >= 0) {
            add(i);
            continue;
        }
        const qsizetype dot = qualified.indexOf(QLatin1Char('.'));
        add(dot < 0 ? graph.findNode(qualified)
                    : nodeFor(graph, qualified.left(dot), qualified.mid(dot + 1)));
    }
    return nodes;
}

Area areaAround(const ErGraph &graph, const QList<int> &centre, const AreaOptions &options)
{
    Area area;
    // Breadth first from the centre, nearer tables first, each ring in graph order.
    QList<QList<int>> adjacent(graph.nodes.size());
    for (const Edge &edge : graph.edges) {
        if (edge.from < 0 || edge.to < 0 || edge.selfLoop())
            continue;
        adjacent[edge.from].append(edge.to);
        adjacent[edge.to].append(edge.from);
    }
    QSet<int> kept(centre.cbegin(), centre.cend());
    QList<int> ring = centre;
    int budget = std::max(0, options.maxTables - int(kept.size()));
    for (int hop = 0; hop < options.depth && !ring.isEmpty(); ++hop) {
        QList<int> next;
        QSet<int> candidates;
        for (int node : std::as_const(ring)) {
            for (int other : std::as_const(adjacent.at(node))) {
                if (!kept.contains(other))
                    candidates.insert(other);
            }
        }
        QList<int> ordered(candidates.cbegin(), candidates.cend());
        std::sort(ordered.begin(), ordered.end());
        for (int node : std::as_const(ordered)) {
            if (budget == 0) {
                ++area.leftOut;
                continue;
            }
            kept.insert(node);
            next.append(node);
            --budget;
        }
        ring = next;
    }

    QHash<int, int> newIndex;
    const QSet<int> centreSet(centre.cbegin(), centre.cend());
    for (int i = 0; i < graph.nodes.size(); ++i) {
        if (!kept.contains(i))
            continue;
        newIndex.insert(i, int(area.graph.nodes.size()));
        TableNode node = graph.nodes.at(i);
        node.cluster.clear(); // a handful of tables needs no schema boxes
        const bool isCentre = centreSet.contains(i);
        if (!isCentre || node.rows.size() > options.maxCentreRows) {
            QList<ColumnRow> rows;
            for (const ColumnRow &row : std::as_const(node.rows)) {
                if (isKeyRow(row))
                    rows.append(row);
            }
            area.rowsLeftOut += int(node.rows.size() - rows.size());
            node.rows = rows;
        }
        area.graph.nodes.append(node);
    }
    for (int c : centre)
        area.centre.append(newIndex.value(c, -1));
    area.centre.removeAll(-1);
    for (const Edge &edge : graph.edges) {
        if (!newIndex.contains(edge.from) || !newIndex.contains(edge.to))
            continue;
        Edge copy = edge;
        copy.from = newIndex.value(edge.from);
        copy.to = newIndex.value(edge.to);
        area.graph.edges.append(copy);
    }
    return area;
}

} // namespace schemalens::graph
