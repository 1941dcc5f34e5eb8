#pragma once

// Synthetic ER graphs for the layout tests and benchmark (PLATFORM.md §3's two shapes):
// an FK-like DAG (each table references earlier ones, 30% of references go to 5 hub tables)
// and a tangled variant (uniform random endpoints: cycles and long edges).

#include "core/graph/layout.h"

#include <random>

namespace schemalens::graph::testing {

inline LayoutRequest syntheticRequest(int tables, bool tangled, unsigned seed = 7,
                                      double edgesPerTable = 1.5)
{
    std::mt19937 random(seed);
    auto below = [&](int n) { return int(random() % unsigned(std::max(1, n))); };
    LayoutRequest request;
    ErGraph &graph = request.graph;
    const int edgeCount = tables > 1 ? int(tables * edgesPerTable) : 0;
    QList<QList<int>> targets(tables);
    for (int e = 0; e < edgeCount; ++e) {
        int from, to;
        if (tangled) {
            from = below(tables);
            to = below(tables);
            if (from == to)
                to = (to + 1) % tables;
        } else {
            from = 1 + below(tables - 1);
            to = random() % 10 < 3 ? below(std::min(5, from)) : below(from);
        }
        targets[from].append(to);
    }
    for (int i = 0; i < tables; ++i) {
        TableNode node;
        node.name = QStringLiteral("t%1").arg(i);
        node.schema = QStringLiteral("public");
        node.id = node.schema + QLatin1Char('.') + node.name;
        node.rows.append(ColumnRow{.name = QStringLiteral("id"), .primaryKey = true});
        for (int k = 0; k < targets[i].size(); ++k)
            node.rows.append(
                ColumnRow{.name = QStringLiteral("ref_%1").arg(k), .foreignKey = true});
        const int filler = 2 + below(11);
        for (int k = 0; k < filler; ++k)
            node.rows.append(ColumnRow{.name = QStringLiteral("c%1").arg(k)});
        NodeGeometry geometry;
        geometry.size = QSizeF(200, 20.0 * (node.rows.size() + 1));
        for (int r = 0; r < node.rows.size(); ++r)
            geometry.rowY.append(20 + 10 + 20.0 * r);
        graph.nodes.append(node);
        request.geometry.append(geometry);
    }
    for (int i = 0; i < tables; ++i)
        for (int k = 0; k < targets[i].size(); ++k) {
            Edge edge;
            edge.from = i;
            edge.to = targets[i][k];
            edge.fromColumns = {QStringLiteral("ref_%1").arg(k)};
            edge.toColumns = {QStringLiteral("id")};
            edge.name = QStringLiteral("fk_%1_%2").arg(i).arg(k);
            edge.id = graph.nodes[i].id + QStringLiteral("->") + graph.nodes[edge.to].id +
                      QLatin1Char(':') + edge.name;
            graph.edges.append(edge);
        }
    return request;
}

} // namespace schemalens::graph::testing
