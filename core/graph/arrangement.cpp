#include "core/graph/arrangement.h"

#include "core/graph/packing.h"
#include "core/graph/router.h"

#include <QHash>

#include <algorithm>

namespace schemalens::graph {

namespace {

constexpr double kGap = kRoutingGap; // between a new table and its neighbours

QList<QList<int>> neighboursOf(const ErGraph &graph)
{
    QList<QList<int>> neighbours(graph.nodes.size());
    for (const Edge &edge : graph.edges) {
        if (edge.selfLoop())
            continue;
        neighbours[edge.from].append(edge.to);
        neighbours[edge.to].append(edge.from);
    }
    return neighbours;
}

} // namespace

Placement applyArrangement(const ErGraph &graph, const QList<NodeGeometry> &geometry,
                           const Arrangement &arrangement, const Layout *automatic)
{
    const int n = int(graph.nodes.size());
    Placement placement;
    placement.nodes.resize(n);
    placement.pinned.resize(n, false);
    QList<bool> placed(n, false);
    int known = 0;
    for (int i = 0; i < n; ++i) {
        const auto it = arrangement.tables.constFind(graph.nodes.at(i).id);
        if (it == arrangement.tables.cend())
            continue;
        placement.nodes[i] = QRectF(it->topLeft, geometry.at(i).size);
        placement.pinned[i] = it->pinned;
        placed[i] = true;
        ++known;
    }
    if (known == 0) {
        if (automatic && automatic->nodes.size() == n)
            placement.nodes = automatic->nodes;
        return placement;
    }
    placement.fromArrangement = true;
    // New tables: breadth-first from the arranged ones, each beside its placed neighbours.
    const QList<QList<int>> neighbours = neighboursOf(graph);
    QList<int> order, queue;
    QList<bool> queued = placed;
    for (int i = 0; i < n; ++i)
        if (placed[i])
            queue.append(i);
    for (qsizetype head = 0; head < queue.size(); ++head)
        for (int w : neighbours.at(queue.at(head)))
            if (!queued[w]) {
                queued[w] = true;
                queue.append(w);
                order.append(w);
            }
    for (int i = 0; i < n; ++i)
        if (!queued[i])
            order.append(i);
    QList<QRectF> occupied;
    QRectF bounds;
    for (int i = 0; i < n; ++i)
        if (placed[i]) {
            occupied.append(placement.nodes.at(i));
            bounds |= placement.nodes.at(i);
        }
    double nextLoose = bounds.top(); // tables with no placed neighbour: a column on the right
    for (int i : std::as_const(order)) {
        QPointF sum;
        int count = 0;
        for (int w : neighbours.at(i))
            if (placed[w]) {
                sum += placement.nodes.at(w).center();
                ++count;
            }
        const QSizeF size = geometry.at(i).size;
        QPointF desired;
        if (count > 0) {
            desired = sum / count;
        } else {
            desired = QPointF(bounds.right() + 2 * kGap + size.width() / 2,
                              nextLoose + size.height() / 2);
            nextLoose += size.height() + kGap;
        }
        const QPointF at = freeSpotNear(occupied, size, desired, kGap);
        placement.nodes[i] = QRectF(at, size);
        placed[i] = true;
        occupied.append(placement.nodes.at(i));
        placement.added.append(i);
    }
    std::sort(placement.added.begin(), placement.added.end());
    return placement;
}

Layout layoutFor(const ErGraph &graph, const QList<NodeGeometry> &geometry,
                 const QList<QRectF> &nodes)
{
    Layout layout;
    layout.nodes = nodes;
    QList<QList<double>> rowY;
    rowY.reserve(geometry.size());
    for (const NodeGeometry &g : geometry)
        rowY.append(g.rowY);
    layout.edges = routeEdges(nodes, routeEnds(graph, nodes, rowY));
    QRectF bounds;
    for (const QRectF &rect : nodes)
        bounds |= rect;
    for (const EdgeGeometry &edge : std::as_const(layout.edges))
        for (const QPointF &p : edge.points)
            bounds |= QRectF(p, QSizeF(0.01, 0.01));
    layout.bounds = bounds;
    layout.engine = QStringLiteral("arranged");
    return layout;
}

Arrangement arrangementOf(const ErGraph &graph, const QList<QRectF> &nodes,
                          const QList<bool> &pinned)
{
    Arrangement arrangement;
    for (int i = 0; i < graph.nodes.size() && i < nodes.size(); ++i) {
        if (graph.nodes.at(i).stub)
            continue;
        arrangement.tables.insert(graph.nodes.at(i).id,
                                  {nodes.at(i).topLeft(), i < pinned.size() && pinned.at(i)});
    }
    return arrangement;
}

ErGraph viewGraph(const ErGraph &graph, const QStringList &tables, QList<int> *viewNodes)
{
    ErGraph view;
    QHash<int, int> index; // graph node -> view node
    QList<int> origin;
    const QSet<QString> wanted(tables.cbegin(), tables.cend());
    for (int i = 0; i < graph.nodes.size(); ++i)
        if (wanted.contains(graph.nodes.at(i).id)) {
            index.insert(i, int(view.nodes.size()));
            view.nodes.append(graph.nodes.at(i));
            origin.append(i);
        }
    // Stubs for tables outside, in the order their first edge appears.
    const QHash<int, int> own = index; // the view's tables (stubs are not)
    for (const Edge &edge : graph.edges) {
        const bool from = own.contains(edge.from), to = own.contains(edge.to);
        if (from == to)
            continue;
        const int outside = from ? edge.to : edge.from;
        if (!index.contains(outside)) {
            TableNode stub = graph.nodes.at(outside);
            stub.stub = true;
            stub.rows.clear();
            stub.hiddenRows = 0;
            stub.marks = {};
            stub.cluster.clear();
            index.insert(outside, int(view.nodes.size()));
            view.nodes.append(stub);
            origin.append(outside);
        }
    }
    for (const Edge &edge : graph.edges) {
        const int from = index.value(edge.from, -1), to = index.value(edge.to, -1);
        if (from < 0 || to < 0)
            continue;
        if (view.nodes.at(from).stub && view.nodes.at(to).stub)
            continue;
        Edge copy = edge;
        copy.from = from;
        copy.to = to;
        view.edges.append(copy);
    }
    if (viewNodes)
        *viewNodes = origin;
    return view;
}

QStringList neighbourhood(const ErGraph &graph, int node, int depth)
{
    if (node < 0 || node >= graph.nodes.size())
        return {};
    const QList<QList<int>> neighbours = neighboursOf(graph);
    QList<int> distance(graph.nodes.size(), -1);
    distance[node] = 0;
    QList<int> queue{node};
    for (qsizetype head = 0; head < queue.size(); ++head) {
        const int v = queue.at(head);
        if (distance[v] >= depth)
            continue;
        for (int w : neighbours.at(v))
            if (distance[w] < 0) {
                distance[w] = distance[v] + 1;
                queue.append(w);
            }
    }
    QStringList ids;
    for (int v : std::as_const(queue))
        ids.append(graph.nodes.at(v).id);
    ids.sort();
    return ids;
}

} // namespace schemalens::graph
