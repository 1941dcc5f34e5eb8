// The only file that includes Graphviz (PLATFORM.md §3): its headers define MIN, MAX, TRUE…
// and its API takes char*. Everything crosses this file as values (CONVENTIONS.md items 2-3).

#include "core/graph/graphviz_p.h"

#include <QCoreApplication>
#include <QHash>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <numeric>
#include <string>

namespace schemalens::graph::detail {

namespace {

// cgraph and the layout engines keep global state: two layouts at once crash (PLATFORM.md §3
// measured assertion failures in mincross.c). Every Graphviz call happens under this mutex.
std::mutex &graphvizMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::atomic<int> s_runs{0};
std::string s_errors; // guarded by graphvizMutex()

int collectError(char *message)
{
    s_errors += message;
    return 0;
}

// One context for the process, created on first use under the mutex: gvContext() loads the
// plugin configuration, which is worth doing once. It is intentionally never freed.
GVC_t *context()
{
    static GVC_t *gvc = gvContext();
    return gvc;
}

char *cs(const char *text)
{
    return const_cast<char *>(text);
}

struct GraphCloser {
    void operator()(Agraph_t *graph) const { agclose(graph); }
};
using GraphPtr = std::unique_ptr<Agraph_t, GraphCloser>;

// Frees the layout before the graph is closed (layout → graph → context).
class LayoutGuard {
public:
    LayoutGuard(GVC_t *gvc, Agraph_t *graph)
        : m_gvc(gvc)
        , m_graph(graph)
    {}
    ~LayoutGuard()
    {
        if (m_active)
            gvFreeLayout(m_gvc, m_graph);
    }
    LayoutGuard(const LayoutGuard &) = delete;
    LayoutGuard &operator=(const LayoutGuard &) = delete;
    void arm() { m_active = true; }

private:
    GVC_t *m_gvc;
    Agraph_t *m_graph;
    bool m_active = false;
};

std::string number(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.4f", value);
    return buffer;
}

void setGraph(Agraph_t *graph, const char *name, const std::string &value)
{
    agattr(graph, AGRAPH, cs(name), cs(value.c_str()));
}

// An HTML-like TABLE of fixed-size empty cells: the box has exactly the measured size and
// each column row is a PORT, so dot routes every edge to the FK column's row and to the
// referenced key's row. HTML cell sizes are whole points; rounding the band boundaries (not
// the heights) keeps the error under half a point.
std::string htmlLabel(const NodeGeometry &geometry)
{
    const int width = std::max(1, int(std::lround(geometry.size.width())));
    const int height = std::max(1, int(std::lround(geometry.size.height())));
    const QList<double> bands = rowBands(geometry);
    std::string html = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">";
    auto cell = [&](int top, int bottom, int port) {
        if (bottom <= top)
            return;
        html += "<TR><TD FIXEDSIZE=\"TRUE\" WIDTH=\"" + std::to_string(width) + "\" HEIGHT=\"" +
                std::to_string(bottom - top) + "\"";
        if (port >= 0)
            html += " PORT=\"r" + std::to_string(port) + "\"";
        html += "></TD></TR>";
    };
    int previous = 0;
    for (int i = 0; i < bands.size(); ++i) {
        // Every row keeps at least one point, so that each port exists.
        int boundary = std::max(int(std::lround(bands[i])), i == 0 ? 0 : previous + 1);
        if (i == 0)
            cell(0, boundary, -1);
        else
            cell(previous, boundary, i - 1);
        previous = boundary;
    }
    // The rest of the box below the last row (all of it for a box without rows).
    cell(previous, std::max(previous, height), -1);
    html += "</TABLE>";
    return html;
}

struct Built {
    GraphPtr graph;
    QList<Agnode_t *> nodes;
    QHash<Agedge_t *, int> edgeIndex;
    QList<std::pair<QString, Agraph_t *>> clusters;
};

// Builds the cgraph graph for REQUEST. Call with the mutex held.
Built build(const LayoutRequest &request, const QString &engine)
{
    const ErGraph &graph = request.graph;
    const LayoutOptions &options = request.options;
    const bool dot = engine == QLatin1String("dot");
    const bool clusters = options.clusters && (dot || engine == QLatin1String("fdp"));

    Built built;
    built.graph.reset(agopen(cs("schemalens"), Agdirected, nullptr));
    Agraph_t *g = built.graph.get();

    if (dot) {
        setGraph(g, "rankdir", options.leftToRight ? "LR" : "TB");
        setGraph(g, "nodesep", number(options.nodeSeparation / 72.0));
        setGraph(g, "ranksep", number(options.rankSeparation / 72.0));
        setGraph(g, "splines", "spline");
    } else {
        // Overlap removal keeps table boxes apart; straight edges, because spline routing in
        // the force engines costs minutes on large graphs (PLATFORM.md §3). Edges are drawn
        // by computeLayout from the row attachment points.
        setGraph(g, "overlap", "prism");
        setGraph(g, "sep", "+" + number(options.nodeSeparation / 2));
        setGraph(g, "splines", "false");
        setGraph(g, "start", "1"); // fixed seed: same input, same picture
        if (engine == QLatin1String("fdp") || engine == QLatin1String("neato"))
            setGraph(g, "K", number(std::max(1.0, options.rankSeparation / 72.0)));
    }
    Agsym_t *clusterLabel = clusters ? agattr(g, AGRAPH, cs("label"), cs("")) : nullptr;
    if (clusters) {
        agattr(g, AGRAPH, cs("fontsize"), cs("14"));
        agattr(g, AGRAPH, cs("margin"), cs("12"));
    }

    Agsym_t *shape = agattr(g, AGNODE, cs("shape"), cs(dot ? "plain" : "box"));
    Agsym_t *label = agattr(g, AGNODE, cs("label"), cs(""));
    Agsym_t *fixedsize = dot ? nullptr : agattr(g, AGNODE, cs("fixedsize"), cs("true"));
    Agsym_t *width = dot ? nullptr : agattr(g, AGNODE, cs("width"), cs("1"));
    Agsym_t *height = dot ? nullptr : agattr(g, AGNODE, cs("height"), cs("1"));
    Q_UNUSED(shape)
    Q_UNUSED(fixedsize)
    Agsym_t *dir = agattr(g, AGEDGE, cs("dir"), cs("none"));
    Q_UNUSED(dir)
    Agsym_t *tailport = dot ? agattr(g, AGEDGE, cs("tailport"), cs("")) : nullptr;
    Agsym_t *headport = dot ? agattr(g, AGEDGE, cs("headport"), cs("")) : nullptr;

    // Clusters in order of first appearance, so that the input (and the picture) is stable.
    QHash<QString, Agraph_t *> clusterOf;
    if (clusters) {
        for (const TableNode &node : graph.nodes) {
            if (node.cluster.isEmpty() || clusterOf.contains(node.cluster))
                continue;
            const std::string name = "cluster_" + std::to_string(built.clusters.size());
            Agraph_t *sub = agsubg(g, cs(name.c_str()), 1);
            agxset(sub, clusterLabel, cs(node.cluster.toUtf8().constData()));
            clusterOf.insert(node.cluster, sub);
            built.clusters.append({node.cluster, sub});
        }
    }

    built.nodes.reserve(graph.nodes.size());
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const std::string name = "n" + std::to_string(i);
        Agnode_t *n = agnode(g, cs(name.c_str()), 1);
        const NodeGeometry &geometry = request.geometry.at(i);
        if (dot) {
            agxset(n, label, agstrdup_html(g, cs(htmlLabel(geometry).c_str())));
        } else {
            agxset(n, width, cs(number(geometry.size.width() / 72.0).c_str()));
            agxset(n, height, cs(number(geometry.size.height() / 72.0).c_str()));
        }
        if (Agraph_t *sub = clusterOf.value(graph.nodes.at(i).cluster))
            agsubnode(sub, n, 1);
        built.nodes.append(n);
    }

    // Edges are created grouped by their Graphviz tail, in the order a DOT file of this graph
    // lists them (agwrite), so that the in-process input is exactly what `dot` would read:
    // dot's crossing minimization and its running time depend on that order.
    QList<int> order(graph.edges.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return graph.edges.at(a).to < graph.edges.at(b).to; });
    for (int i : std::as_const(order)) {
        const Edge &edge = graph.edges.at(i);
        // Referenced (parent) → referencing (child): dot ranks parents before their children.
        const std::string name = "e" + std::to_string(i);
        Agedge_t *e =
            agedge(g, built.nodes.at(edge.to), built.nodes.at(edge.from), cs(name.c_str()), 1);
        if (dot) {
            const int parentRow = headRow(graph, edge);
            const int childRow = tailRow(graph, edge);
            // Left to right, a row's cell spans the box, so dot meets it on the box's side.
            // Top to bottom it would meet the cell's top edge, inside the box: the compass
            // points keep edges on the sides there too.
            const char *parentSide = options.leftToRight ? "" : ":e";
            const char *childSide = options.leftToRight ? "" : (edge.selfLoop() ? ":e" : ":w");
            if (parentRow >= 0)
                agxset(e, tailport, cs(("r" + std::to_string(parentRow) + parentSide).c_str()));
            if (childRow >= 0)
                agxset(e, headport, cs(("r" + std::to_string(childRow) + childSide).c_str()));
        }
        built.edgeIndex.insert(e, i);
    }
    return built;
}

QByteArray writeDot(Agraph_t *graph)
{
    char *buffer = nullptr;
    size_t length = 0;
    FILE *stream = open_memstream(&buffer, &length);
    if (!stream)
        return {};
    agwrite(graph, stream);
    std::fclose(stream);
    QByteArray text(buffer, qsizetype(length));
    std::free(buffer);
    return text;
}

// Measured: dot ran 3.5× longer (tangled, 500 tables) on the graph as built through the API
// than on the same graph parsed from its DOT text, in the same process; the parsed graph
// matches the `dot` command. So the layout runs on the parsed graph, and nodes, edges and
// clusters are found again by name. Writing and parsing costs milliseconds.
bool reparse(Built &built)
{
    const QByteArray text = writeDot(built.graph.get());
    GraphPtr parsed(agmemread(text.constData()));
    if (!parsed)
        return false;
    Agraph_t *g = parsed.get();
    QList<Agnode_t *> nodes;
    nodes.reserve(built.nodes.size());
    for (int i = 0; i < built.nodes.size(); ++i) {
        Agnode_t *n = agnode(g, cs(("n" + std::to_string(i)).c_str()), 0);
        if (!n)
            return false;
        nodes.append(n);
    }
    QHash<Agedge_t *, int> edges;
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n))
        for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e))
            if (const char *name = agnameof(e); name && name[0] == 'e')
                edges.insert(e, std::atoi(name + 1));
    if (edges.size() != built.edgeIndex.size())
        return false;
    QList<std::pair<QString, Agraph_t *>> clusters;
    for (int i = 0; i < built.clusters.size(); ++i) {
        Agraph_t *sub = agsubg(g, cs(("cluster_" + std::to_string(i)).c_str()), 0);
        if (!sub)
            return false;
        clusters.append({built.clusters.at(i).first, sub});
    }
    built.graph = std::move(parsed);
    built.nodes = std::move(nodes);
    built.edgeIndex = std::move(edges);
    built.clusters = std::move(clusters);
    return true;
}

QString takeErrors()
{
    QString text = QString::fromUtf8(s_errors.c_str()).trimmed();
    s_errors.clear();
    return text;
}

} // namespace

Result<GraphvizOutput> runGraphviz(const LayoutRequest &request, const QString &engine)
{
    std::lock_guard lock(graphvizMutex());
    ++s_runs;
    s_errors.clear();
    agseterrf(collectError);
    agseterr(AGERR); // warnings (e.g. about cluster labels) are not errors

    GVC_t *gvc = context();
    if (!gvc)
        return Error{QCoreApplication::translate("graph", "Graphviz could not be initialized.")};
    Built built = build(request, engine);
    if (!reparse(built))
        return Error{QCoreApplication::translate("graph", "Graphviz could not read the graph: %1")
                         .arg(takeErrors())};
    Agraph_t *g = built.graph.get();

    // The force-directed engines draw from the C library's random generators, and not all of
    // them reseed from the graph's "start": reset both to a fresh process's state so that the
    // same input gives the same picture in every run, in every process.
    srand48(0x1234ABCD);
    std::srand(1);

    LayoutGuard guard(gvc, g);
    const QByteArray engineName = engine.toUtf8();
    if (gvLayout(gvc, g, engineName.constData()) != 0) {
        const QString detail = takeErrors();
        return Error{QCoreApplication::translate("graph", "Graphviz layout with %1 failed: %2")
                         .arg(engine, detail)};
    }
    guard.arm();

    const boxf bb = GD_bb(g);
    // Rounded to 1/100 pt (Graphviz's own output precision): the force-directed engines sum
    // in an order that varies with heap addresses, which changes the last bits from run to run.
    auto scene = [&](pointf p) {
        return QPointF(std::round((p.x - bb.LL.x) * 100) / 100,
                       std::round((bb.UR.y - p.y) * 100) / 100);
    };

    GraphvizOutput out;
    out.size = QSizeF(scene(pointf{bb.UR.x, bb.LL.y}).x(), scene(pointf{bb.UR.x, bb.LL.y}).y());
    out.centers.reserve(built.nodes.size());
    for (Agnode_t *n : built.nodes)
        out.centers.append(scene(ND_coord(n)));

    out.splines.resize(request.graph.edges.size());
    if (engine == QLatin1String("dot")) {
        for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
            for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e)) {
                const auto it = built.edgeIndex.constFind(e);
                const splines *spl = ED_spl(e);
                if (it == built.edgeIndex.cend() || !spl)
                    continue;
                QList<QPointF> &points = out.splines[it.value()];
                for (int b = 0; b < spl->size; ++b) {
                    const bezier &bz = spl->list[b];
                    for (int k = 0; k < bz.size; ++k) {
                        if (b > 0 && k == 0)
                            continue; // pieces share their joint
                        points.append(scene(bz.list[k]));
                    }
                }
            }
        }
    }

    for (const auto &[name, sub] : built.clusters) {
        const boxf cbb = GD_bb(sub);
        const QPointF topLeft = scene(pointf{cbb.LL.x, cbb.UR.y});
        const QPointF bottomRight = scene(pointf{cbb.UR.x, cbb.LL.y});
        out.clusters.append({name, QRectF(topLeft, bottomRight).normalized()});
    }
    return out;
}

Result<QList<QPointF>> runGraphvizPositions(const PositionRequest &request)
{
    std::lock_guard lock(graphvizMutex());
    ++s_runs;
    s_errors.clear();
    agseterrf(collectError);
    agseterr(AGERR);
    GVC_t *gvc = context();
    if (!gvc)
        return Error{QCoreApplication::translate("graph", "Graphviz could not be initialized.")};

    GraphPtr graph(agopen(cs("schemalens"), Agundirected, nullptr));
    Agraph_t *g = graph.get();
    setGraph(g, "overlap", "prism");
    setGraph(g, "sep", "+" + number(request.separation / 2));
    setGraph(g, "splines", "false");
    setGraph(g, "start", std::to_string(request.seed));
    setGraph(g, "notranslate", "true");
    if (request.pack) {
        setGraph(g, "pack", "true");
        setGraph(g, "packmode", "node");
    }
    agattr(g, AGNODE, cs("shape"), cs("box"));
    agattr(g, AGNODE, cs("label"), cs(""));
    agattr(g, AGNODE, cs("fixedsize"), cs("true"));
    Agsym_t *width = agattr(g, AGNODE, cs("width"), cs("1"));
    Agsym_t *height = agattr(g, AGNODE, cs("height"), cs("1"));
    Agsym_t *pos = agattr(g, AGNODE, cs("pos"), cs(""));
    Agsym_t *pin = agattr(g, AGNODE, cs("pin"), cs("false"));
    Agsym_t *weight = agattr(g, AGEDGE, cs("weight"), cs("1"));
    Agsym_t *len = request.edgeLength > 0
                       ? agattr(g, AGEDGE, cs("len"), cs(number(request.edgeLength / 72).c_str()))
                       : nullptr;
    Q_UNUSED(len)
    QList<Agnode_t *> nodes;
    nodes.reserve(request.sizes.size());
    for (int i = 0; i < request.sizes.size(); ++i) {
        Agnode_t *n = agnode(g, cs(("n" + std::to_string(i)).c_str()), 1);
        agxset(n, width, cs(number(request.sizes.at(i).width() / 72.0).c_str()));
        agxset(n, height, cs(number(request.sizes.at(i).height() / 72.0).c_str()));
        if (i < request.pinned.size() && !std::isnan(request.pinned.at(i).x())) {
            const QPointF p = request.pinned.at(i);
            // Graphviz's y grows upwards; points, as "pos" is read.
            agxset(n, pos, cs((number(p.x()) + "," + number(-p.y()) + "!").c_str()));
            agxset(n, pin, cs("true"));
        }
        nodes.append(n);
    }
    for (int i = 0; i < request.edges.size(); ++i) {
        const auto [a, b] = request.edges.at(i);
        if (a == b || a < 0 || b < 0 || a >= nodes.size() || b >= nodes.size())
            continue;
        Agedge_t *e = agedge(g, nodes.at(a), nodes.at(b), cs(("e" + std::to_string(i)).c_str()), 1);
        if (i < request.weights.size())
            agxset(e, weight, cs(number(request.weights.at(i)).c_str()));
    }
    srand48(0x1234ABCD);
    std::srand(1);
    LayoutGuard guard(gvc, g);
    const QByteArray engineName = request.engine.toUtf8();
    if (gvLayout(gvc, g, engineName.constData()) != 0)
        return Error{QCoreApplication::translate("graph", "Graphviz layout with %1 failed: %2")
                         .arg(request.engine, takeErrors())};
    guard.arm();
    QList<QPointF> centres;
    centres.reserve(nodes.size());
    for (Agnode_t *n : nodes)
        centres.append(
            QPointF(std::round(ND_coord(n).x * 100) / 100, std::round(-ND_coord(n).y * 100) / 100));
    return centres;
}

QByteArray graphvizInput(const LayoutRequest &request, const QString &engine)
{
    std::lock_guard lock(graphvizMutex());
    Built built = build(request, engine);
    return writeDot(built.graph.get());
}

int graphvizRuns()
{
    return s_runs.load();
}

} // namespace schemalens::graph::detail
