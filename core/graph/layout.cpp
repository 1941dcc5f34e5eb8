#include "core/graph/layout.h"

#include "core/graph/compactlayout.h"
#include "core/graph/graphviz_p.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace schemalens::graph {

namespace detail {

int rowOfColumn(const TableNode &node, const QString &column)
{
    for (int i = 0; i < node.rows.size(); ++i)
        if (node.rows.at(i).name == column)
            return i;
    return -1;
}

int tailRow(const ErGraph &graph, const Edge &edge)
{
    const TableNode &node = graph.nodes.at(edge.from);
    for (const QString &column : edge.fromColumns)
        if (const int row = rowOfColumn(node, column); row >= 0)
            return row;
    return -1;
}

int headRow(const ErGraph &graph, const Edge &edge)
{
    const TableNode &node = graph.nodes.at(edge.to);
    for (const QString &column : edge.toColumns)
        if (const int row = rowOfColumn(node, column); row >= 0)
            return row;
    for (int i = 0; i < node.rows.size(); ++i)
        if (node.rows.at(i).primaryKey)
            return i;
    return -1;
}

QList<double> rowBands(const NodeGeometry &geometry)
{
    const QList<double> &y = geometry.rowY;
    const double height = geometry.size.height();
    QList<double> bands;
    if (y.isEmpty())
        return bands;
    bands.reserve(y.size() + 1);
    // Half the distance to the neighbour on each side; a lone row reaches to the bottom.
    const double firstHalf = y.size() > 1 ? (y.at(1) - y.at(0)) / 2 : height - y.at(0);
    bands.append(std::clamp(y.at(0) - firstHalf, 0.0, height));
    for (int i = 0; i + 1 < y.size(); ++i)
        bands.append(std::clamp((y.at(i) + y.at(i + 1)) / 2, bands.last(), height));
    const double lastHalf = y.size() > 1 ? (y.last() - y.at(y.size() - 2)) / 2 : height - y.last();
    bands.append(std::clamp(y.last() + lastHalf, bands.last(), height));
    return bands;
}

} // namespace detail

namespace {

constexpr int kDotAlwaysNodes = 200;   // below this, dot is fast whatever the shape
constexpr int kDotMaxNodes = 1500;     // above this, dot takes many seconds even on a DAG
constexpr int kDotMaxWork = 6000;      // nodes + estimated virtual nodes (see chooseEngine)
constexpr double kDotMaxDensity = 3.0; // edges per node

// Translated in the "graph" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(graph)
};

// dot's cost is in its virtual nodes: every edge spanning k ranks becomes a chain of k-1 of
// them, and network-simplex x-positioning grows fast with their number (PLATFORM.md §3:
// DAG-2000 ≈ 13k nodes with virtual ones, 10 s; random-500 ≈ 21k, 14 s; random-1000, 6 min).
// This estimates them with a longest-path ranking after breaking cycles the way a DFS would.
int estimateDotWork(const ErGraph &graph)
{
    const int n = int(graph.nodes.size());
    QList<QList<int>> children(n);
    for (const Edge &edge : graph.edges)
        if (!edge.selfLoop())
            children[edge.to].append(edge.from); // parent → child, as laid out
    // Iterative DFS: back edges (to a node on the stack) are reversed, as dot does.
    QList<int> state(n, 0); // 0 new, 1 on stack, 2 done
    QList<int> order;       // reverse post-order = topological order of the DAG
    QList<QList<int>> dag(n);
    for (int root = 0; root < n; ++root) {
        if (state[root])
            continue;
        QList<std::pair<int, int>> stack{{root, 0}};
        state[root] = 1;
        while (!stack.isEmpty()) {
            auto &[v, next] = stack.last();
            if (next < children[v].size()) {
                const int w = children[v][next++];
                if (state[w] == 1) {
                    dag[w].append(v);
                } else {
                    dag[v].append(w);
                    if (state[w] == 0) {
                        state[w] = 1;
                        stack.append({w, 0});
                    }
                }
            } else {
                state[v] = 2;
                order.append(v);
                stack.removeLast();
            }
        }
    }
    std::reverse(order.begin(), order.end());
    QList<int> rank(n, 0);
    for (int v : order)
        for (int w : dag[v])
            rank[w] = std::max(rank[w], rank[v] + 1);
    qint64 work = n;
    for (int v = 0; v < n; ++v)
        for (int w : dag[v])
            work += std::max(0, rank[w] - rank[v] - 1);
    return int(std::min<qint64>(work, 1 << 30));
}

QPointF rowPoint(const QRectF &box, const NodeGeometry &geometry, int row, bool right)
{
    const double y = row >= 0 && row < geometry.rowY.size() ? box.top() + geometry.rowY.at(row)
                                                            : box.center().y();
    return {right ? box.right() : box.left(), y};
}

// Force-directed engines give positions only: edges leave the FK column's row on the side
// facing the referenced table and enter its key row, with horizontal tangents like dot's.
EdgeGeometry attachedEdge(const QRectF &from, const NodeGeometry &fromGeometry, int fromRow,
                          const QRectF &to, const NodeGeometry &toGeometry, int toRow, bool self)
{
    EdgeGeometry edge;
    if (self) {
        edge.tail = rowPoint(from, fromGeometry, fromRow, true);
        edge.head = rowPoint(to, toGeometry, toRow, true);
        const double reach = 36;
        const double bulge = std::abs(edge.head.y() - edge.tail.y()) < 4 ? 14 : 0;
        edge.points = {edge.tail, edge.tail + QPointF(reach, -bulge),
                       edge.head + QPointF(reach, bulge), edge.head};
        return edge;
    }
    if (from.right() + 48 > to.left() && to.right() + 48 > from.left()) {
        // One box above the other: a C-shaped edge on the right keeps clear of both boxes.
        edge.tail = rowPoint(from, fromGeometry, fromRow, true);
        edge.head = rowPoint(to, toGeometry, toRow, true);
        const double outer = std::max(from.right(), to.right()) + 36;
        edge.points = {edge.tail, QPointF(outer, edge.tail.y()), QPointF(outer, edge.head.y()),
                       edge.head};
        return edge;
    }
    const bool rightward = to.center().x() >= from.center().x();
    edge.tail = rowPoint(from, fromGeometry, fromRow, rightward);
    edge.head = rowPoint(to, toGeometry, toRow, !rightward);
    const double sign = rightward ? 1 : -1;
    const double reach = std::max(24.0, std::abs(edge.head.x() - edge.tail.x()) / 2);
    edge.points = {edge.tail, edge.tail + QPointF(sign * reach, 0),
                   edge.head - QPointF(sign * reach, 0), edge.head};
    return edge;
}

std::optional<Error> validate(const LayoutRequest &request)
{
    const ErGraph &graph = request.graph;
    if (request.geometry.size() != graph.nodes.size())
        return Error{Tr::tr("Layout needs the size of every table (%1 given for %2 tables).")
                         .arg(request.geometry.size())
                         .arg(graph.nodes.size())};
    for (const Edge &edge : graph.edges)
        if (edge.from < 0 || edge.to < 0 || edge.from >= graph.nodes.size() ||
            edge.to >= graph.nodes.size())
            return Error{
                Tr::tr("Edge %1 refers to a table that is not in the graph.").arg(edge.id)};
    static const QStringList engines{QStringLiteral("auto"),  QStringLiteral("compact"),
                                     QStringLiteral("dot"),   QStringLiteral("sfdp"),
                                     QStringLiteral("neato"), QStringLiteral("fdp")};
    if (!engines.contains(request.options.engine))
        return Error{
            Tr::tr("Unknown layout engine \"%1\" (use auto, compact, dot, sfdp, neato or fdp).")
                .arg(request.options.engine)};
    return std::nullopt;
}

void shift(Layout &layout, QPointF by)
{
    for (QRectF &rect : layout.nodes)
        rect.translate(by);
    for (EdgeGeometry &edge : layout.edges) {
        for (QPointF &p : edge.points)
            p += by;
        edge.tail += by;
        edge.head += by;
    }
    for (ClusterGeometry &cluster : layout.clusters)
        cluster.rect.translate(by);
    layout.bounds.translate(by);
}

} // namespace

EngineChoice chooseEngine(const ErGraph &graph)
{
    const int n = int(graph.nodes.size());
    const double density = n ? double(graph.edges.size()) / n : 0;
    if (n <= kDotAlwaysNodes)
        return {QStringLiteral("dot"), Tr::tr("%n tables: hierarchical layout.", nullptr, n)};
    if (n > kDotMaxNodes)
        return {QStringLiteral("sfdp"),
                Tr::tr("%n tables: force-directed layout (hierarchical would take too long).",
                       nullptr, n)};
    if (density > kDotMaxDensity)
        return {QStringLiteral("sfdp"),
                Tr::tr("%1 references per table: force-directed layout (too dense for a "
                       "hierarchy).")
                    .arg(density, 0, 'f', 1)};
    const int work = estimateDotWork(graph);
    if (work > kDotMaxWork)
        return {QStringLiteral("sfdp"),
                Tr::tr("%n tables with many long references: force-directed layout (hierarchical "
                       "would take too long).",
                       nullptr, n)};
    return {QStringLiteral("dot"), Tr::tr("%n tables: hierarchical layout.", nullptr, n)};
}

Result<Layout> computeLayout(const LayoutRequest &request)
{
    return computeLayout(request, {});
}

Result<Layout> computeLayout(const LayoutRequest &request, const LayoutProgress &progress)
{
    auto report = [&](int percent, const QString &phase) {
        if (progress)
            progress(percent, phase);
    };
    if (auto error = validate(request))
        return *error;
    const ErGraph &graph = request.graph;

    Layout layout;
    if (request.options.engine == QLatin1String("auto") ||
        request.options.engine == QLatin1String("compact")) {
        layout.engine = QStringLiteral("compact");
        layout.engineReason = detail::compactReason(int(graph.nodes.size()));
    } else {
        layout.engine = request.options.engine;
    }
    if (graph.nodes.isEmpty()) {
        report(100, QStringLiteral("done"));
        return layout;
    }
    if (layout.engine == QLatin1String("compact")) {
        Result<Layout> compact = detail::compactLayout(request, progress);
        if (!compact)
            return compact.error();
        Layout result = std::move(compact).value();
        result.engine = layout.engine;
        result.engineReason = layout.engineReason;
        // Pinned tables keep their coordinates (they are the hand arrangement's); otherwise
        // the drawing starts at the origin, like Graphviz's.
        bool pinned = false;
        for (int i = 0; i < graph.nodes.size(); ++i)
            pinned = pinned || request.isPinned(i);
        if (!pinned)
            shift(result, -result.bounds.topLeft());
        return result;
    }

    report(10, layout.engine);
    Result<detail::GraphvizOutput> run = detail::runGraphviz(request, layout.engine);
    if (!run)
        return run.error();
    report(90, QStringLiteral("reading"));
    const detail::GraphvizOutput &out = run.value();

    layout.nodes.reserve(graph.nodes.size());
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const QSizeF size = request.geometry.at(i).size;
        const QPointF c = out.centers.at(i);
        layout.nodes.append(QRectF(c.x() - size.width() / 2, c.y() - size.height() / 2,
                                   size.width(), size.height()));
    }
    layout.clusters = out.clusters;

    QRectF bounds(QPointF(0, 0), out.size);
    layout.edges.reserve(graph.edges.size());
    for (int i = 0; i < graph.edges.size(); ++i) {
        const Edge &edge = graph.edges.at(i);
        const int fromRow = detail::tailRow(graph, edge);
        const int toRow = detail::headRow(graph, edge);
        EdgeGeometry geometry;
        const QList<QPointF> &routed = out.splines.at(i);
        if (routed.size() >= 4 && (routed.size() - 1) % 3 == 0) {
            // dot routed parent → child; the API gives referencing → referenced.
            geometry.points = routed;
            std::reverse(geometry.points.begin(), geometry.points.end());
            geometry.tail = geometry.points.first();
            geometry.head = geometry.points.last();
        } else {
            geometry = attachedEdge(layout.nodes.at(edge.from), request.geometry.at(edge.from),
                                    fromRow, layout.nodes.at(edge.to), request.geometry.at(edge.to),
                                    toRow, edge.selfLoop());
        }
        for (const QPointF &p : std::as_const(geometry.points)) {
            bounds.setLeft(std::min(bounds.left(), p.x()));
            bounds.setRight(std::max(bounds.right(), p.x()));
            bounds.setTop(std::min(bounds.top(), p.y()));
            bounds.setBottom(std::max(bounds.bottom(), p.y()));
        }
        layout.edges.append(std::move(geometry));
    }
    for (const QRectF &rect : std::as_const(layout.nodes))
        bounds |= rect;
    for (const ClusterGeometry &cluster : std::as_const(layout.clusters))
        bounds |= cluster.rect;
    layout.bounds = bounds;
    // Scene origin at the top-left of the drawing, whatever stuck out of Graphviz's box.
    shift(layout, -bounds.topLeft());
    report(100, QStringLiteral("done"));
    return layout;
}

QByteArray layoutInputDot(const LayoutRequest &request)
{
    if (validate(request))
        return {};
    // The compact layout's Graphviz input is neato's (its positions come from neato).
    const QString engine = request.options.engine == QLatin1String("auto") ||
                                   request.options.engine == QLatin1String("compact")
                               ? QStringLiteral("neato")
                               : request.options.engine;
    return detail::graphvizInput(request, engine);
}

int graphvizRunCount()
{
    return detail::graphvizRuns();
}

} // namespace schemalens::graph
