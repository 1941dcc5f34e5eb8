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
    struct Link {
        int node = -1;
        bool declared = false; // a foreign key, not a soft reference
    };
    QList<QList<Link>> adjacent(graph.nodes.size());
    for (const Edge &edge : graph.edges) {
        if (edge.from < 0 || edge.to < 0 || edge.selfLoop())
            continue;
        adjacent[edge.from].append({edge.to, !edge.soft});
        adjacent[edge.to].append({edge.from, !edge.soft});
    }
    // Ring by ring from the centre. Within a ring the neighbours that say most about the
    // finding come first: tables next to several of its tables, then declared keys before
    // soft references, then tables next to the finding's own table before those next to
    // the table it points at, then focused tables before hubs. Each table of the ring gets
    // a share of the room, so a hub (organizations, with a hundred children) does not fill
    // the picture with its children.
    QSet<int> kept(centre.cbegin(), centre.cend());
    QList<int> ring = centre;
    int budget = std::max(0, options.maxTables - int(kept.size()));
    for (int hop = 0; hop < options.depth && !ring.isEmpty(); ++hop) {
        struct Candidate {
            int node = -1;
            int shared = 0;    // ring tables it is next to
            int firstRing = 0; // the first of them, in ring order
            bool declared = false;
        };
        QHash<int, Candidate> candidates;
        for (int k = 0; k < ring.size(); ++k) {
            QSet<int> seen;
            for (const Link &link : std::as_const(adjacent.at(ring.at(k)))) {
                if (kept.contains(link.node))
                    continue;
                Candidate &c = candidates[link.node];
                if (c.node < 0) {
                    c.node = link.node;
                    c.firstRing = k;
                }
                if (!seen.contains(link.node)) {
                    seen.insert(link.node);
                    ++c.shared;
                }
                c.declared = c.declared || link.declared;
            }
        }
        QList<Candidate> ordered = candidates.values();
        std::sort(ordered.begin(), ordered.end(), [&](const Candidate &a, const Candidate &b) {
            if (a.shared != b.shared)
                return a.shared > b.shared;
            if (a.declared != b.declared)
                return a.declared;
            if (a.firstRing != b.firstRing)
                return a.firstRing < b.firstRing;
            if (adjacent.at(a.node).size() != adjacent.at(b.node).size())
                return adjacent.at(a.node).size() < adjacent.at(b.node).size();
            return a.node < b.node;
        });
        const int share = std::max(2, int((budget + ring.size() - 1) / ring.size()));
        QList<int> taken(ring.size(), 0);
        QList<int> next;
        QList<Candidate> waiting;
        for (const Candidate &c : std::as_const(ordered)) {
            if (budget > 0 && (c.shared > 1 || taken.at(c.firstRing) < share)) {
                ++taken[c.firstRing];
                kept.insert(c.node);
                next.append(c.node);
                --budget;
            } else {
                waiting.append(c);
            }
        }
        // Room a table's share left unused goes to the others' neighbours.
        for (const Candidate &c : std::as_const(waiting)) {
            if (budget > 0) {
                kept.insert(c.node);
                next.append(c.node);
                --budget;
            } else {
                ++area.leftOut;
            }
        }
        ring = next;
    }

    // Edges that touch the finding's tables; edges between two neighbours would only tangle
    // the picture. The columns they use stay in the boxes.
    const QSet<int> centreSet(centre.cbegin(), centre.cend());
    QList<const Edge *> edges;
    QHash<int, QSet<QString>> edgeColumns;
    for (const Edge &edge : graph.edges) {
        if (!kept.contains(edge.from) || !kept.contains(edge.to))
            continue;
        if (!centreSet.contains(edge.from) && !centreSet.contains(edge.to))
            continue;
        edges.append(&edge);
        for (const QString &column : edge.fromColumns)
            edgeColumns[edge.from].insert(column);
        for (const QString &column : edge.toColumns)
            edgeColumns[edge.to].insert(column);
    }

    QHash<int, int> newIndex;
    for (int i = 0; i < graph.nodes.size(); ++i) {
        if (!kept.contains(i))
            continue;
        newIndex.insert(i, int(area.graph.nodes.size()));
        TableNode node = graph.nodes.at(i);
        node.cluster.clear(); // a handful of tables needs no schema boxes
        const bool isCentre = centreSet.contains(i);
        if (!isCentre || node.rows.size() > options.maxCentreRows) {
            // Neighbours: the key and the columns of the edges shown. A large table of the
            // finding: those, its other keys and the columns with findings.
            QList<ColumnRow> rows;
            for (const ColumnRow &row : std::as_const(node.rows)) {
                const bool keep = row.primaryKey || edgeColumns.value(i).contains(row.name) ||
                                  (isCentre && isKeyRow(row));
                if (keep)
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
    for (const Edge *edge : std::as_const(edges)) {
        Edge copy = *edge;
        copy.from = newIndex.value(edge->from);
        copy.to = newIndex.value(edge->to);
        area.graph.edges.append(copy);
    }
    return area;
}

void markOnly(Area &area, const review::Finding &finding)
{
    QList<Marks> badges;
    badges.reserve(area.graph.nodes.size());
    for (TableNode &node : area.graph.nodes) {
        badges.append(node.marks);
        for (ColumnRow &row : node.rows)
            row.marks = {};
    }
    for (Edge &edge : area.graph.edges)
        edge.marks = {};
    addMarks(area.graph, finding);
    for (int i = 0; i < area.graph.nodes.size(); ++i)
        area.graph.nodes[i].marks = badges.at(i);
}

} // namespace schemalens::graph
