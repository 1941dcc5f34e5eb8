// The compact layout ("auto"): a diagram a person can read at the size of a screen.
//
// Graphviz's dot draws an ER schema as a tall strip (most tables reference a few hubs, so
// one rank holds nearly all of them) that fills a fraction of a screen with names a pixel
// high; force-directed engines give a rounder picture with holes. This layout keeps what a
// force-directed engine knows (which tables belong together) and gives the picture the shape
// of the screen:
//   1. Domains (TableNode::cluster: schemas, name prefixes or FK communities) are laid out
//      one by one, each into a room of a justified-rows arrangement ordered by a
//      force-directed picture of the domains themselves (packing.h: justifiedRows).
//   2. Inside a domain, neato (sfdp for large ones) places the tables, components packed;
//      the picture is turned so that its long axis lies horizontally, then cut into lanes
//      (rows, or columns for tables with column rows) that keep each table's neighbours
//      (packing.h: laneLayout). That gives the room's shape and no overlap.
//   3. Edges are routed around the tables (router.h).
// Tables pinned by hand stay where they are; the others are placed by neato around them and
// then moved to the nearest free spot.

#include "core/graph/compactlayout.h"

#include "core/graph/domains.h"
#include "core/graph/graphviz_p.h"
#include "core/graph/layoutmetrics.h"
#include "core/graph/packing.h"
#include "core/graph/router.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <system_error>
#include <thread>
#include <utility>
#include <vector>

namespace schemalens::graph::detail {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(graph)
};

constexpr int kNeatoMaxNodes = 600; // neato's stress layout grows quadratically beyond
constexpr double kClusterPadding = 14;
constexpr double kClusterLabel = 26; // room above a domain's tables for its name
constexpr double kDomainGap = 36;
constexpr double kRowGapShare = 0.8; // between rows of name boxes, of the gap within a row

// What one candidate drawing varies: the random start of the force-directed pictures, and the
// width of the channels between tables as a share of the usual.
struct Variant {
    int seed = 1;
    double channels = 1;
};

struct Spacing {
    double along;
    double across;
    bool rows;
};

// Channels between tables carry the edges: tables with column rows have their edges on the
// left and right sides, so they stand in columns with wide vertical channels; name-only
// boxes sit in rows.
// A screen a diagram should fill (the 1270×670 px viewport, a laptop window less its
// docks) and the zoom at which table names are still comfortably read on it (12 px names at
// 0.72 are 8.6 px; below 7 they are not read at all).
constexpr double kScreenArea = 1270.0 * 670.0;
constexpr double kComfortableZoom = 0.72;
constexpr int kCandidates = 4;
// Small diagrams are cheap to draw (67 tables: ~60 ms a candidate): twice the starts for the
// same time a larger one takes with four.
constexpr int kSmallCandidates = 8;
constexpr int kSmallDiagram = 80;
constexpr double kNearlyLegible = 0.85; // of kLegibleZoom: worth narrower channels
constexpr double kNarrowChannels = 0.8;

// The gap G at which boxes of SIZES with G between them cover AREA: the positive root of
// n·G² + (Σw + Σh)·G + Σw·h − AREA.
double gapForArea(const QList<QSizeF> &sizes, double area)
{
    double sumW = 0, sumH = 0, sumWH = 0;
    for (const QSizeF &s : sizes) {
        sumW += s.width();
        sumH += s.height();
        sumWH += s.width() * s.height();
    }
    const double n = sizes.size();
    const double b = sumW + sumH, c = sumWH - area;
    if (n <= 0 || c >= 0)
        return 0;
    return (-b + std::sqrt(b * b - 4 * n * c)) / (2 * n);
}

// ROOMY: the gap the whole diagram could afford (roomyGap), 0 for none.
Spacing spacingFor(const QList<NodeGeometry> &geometry, const QList<int> &members, int edges,
                   double roomy, double channels)
{
    bool rows = false;
    for (int i : members)
        rows = rows || !geometry.at(i).rowY.isEmpty();
    // More edges per table need wider channels.
    const double perTable = members.isEmpty() ? 0 : double(edges) / members.size();
    const double extra = std::min(24.0, 8 * perTable);

    if (rows) {
        const double across = std::clamp(roomy * 1.5, (40 + extra) * channels, 120.0);
        return {std::clamp(roomy * 0.6, 18.0 * channels, 60.0), across, false};
    }
    // Rows of name boxes: the channels between rows carry only the edges' horizontal runs,
    // the gaps within a row their vertical ones, which cross most. Measured on twelve corpus
    // schemas (tst_layoutmetrics), rows at 0.8 of the gap had 9 % fewer crossings in all and
    // names 0.3-1.0 px larger at fit, with no edge over a table (hatchet: 1,194 crossings
    // instead of 1,488, dot 1,102); 0.75 and below sent edges over tables.
    const double gap = std::clamp(roomy, (26 + extra / 2) * channels, 110.0);
    return {gap, gap * kRowGapShare, true};
}

struct Block {
    QList<QRectF> rects; // per member, block coordinates (0,0 top-left)
    QSizeF size;
    double asked = 1; // the width / height it was laid out for
    // The picture the lanes are cut from, kept to cut them again for another shape.
    QList<QSizeF> sizes;
    QList<QPointF> centres;
    QList<std::pair<int, int>> edges;
    bool rows = true;
    double gapAlong = 0, gapAcross = 0;
};

// Cuts BLOCK's picture into lanes for the whole to be about ASPECT wide.
void cutLanes(Block &block, double aspect)
{
    block.asked = aspect;
    LaneOptions lanes;
    lanes.rows = block.rows;
    // Columns: tables stacked with small gaps, wide channels between the columns (rows:
    // the other way round).
    lanes.gapAlong = block.gapAlong;
    lanes.gapAcross = block.gapAcross;
    lanes.aspect = aspect;
    lanes.edges = block.edges;
    // The improvement costs about the square of the tables per pass: a block of hundreds of
    // tables (a large schema without grouping) gets fewer passes, and none above 1,200
    // (DAG of 1,000 tables: 87 s with four passes, 8 s with one).
    const qsizetype n = block.sizes.size();
    lanes.improvePasses = n <= 300 ? 4 : n <= 600 ? 2 : n <= 1200 ? 1 : 0;
    lanes.relocate = n <= 300;
    block.rects = laneLayout(block.sizes, block.centres, lanes);
    QRectF bounds;
    for (const QRectF &r : std::as_const(block.rects))
        bounds |= r;
    for (QRectF &r : block.rects)
        r.translate(-bounds.topLeft());
    block.size = bounds.size();
}

// A diagram that would fill less than a screen at a comfortable zoom gets the room: wider
// channels route edges with fewer bends and crossings. (A large diagram is read one domain at
// a time, zoomed in: it keeps the narrow channels.)
double roomyGap(const LayoutRequest &request)
{
    if (domainTableCount(request.graph) > kDomainThreshold)
        return 0;
    QList<QSizeF> sizes;
    for (const NodeGeometry &geometry : request.geometry)
        sizes.append(geometry.size);
    return gapForArea(sizes, kScreenArea / (kComfortableZoom * kComfortableZoom));
}

Result<Block> layoutBlock(const LayoutRequest &request, const QList<int> &members, double aspect,
                          double roomy, const Variant &variant)
{
    Block block;
    block.asked = aspect;
    const int n = int(members.size());
    if (n == 0)
        return block;
    QHash<int, int> local;
    for (int k = 0; k < n; ++k)
        local.insert(members.at(k), k);
    PositionRequest positions;
    for (int i : members)
        positions.sizes.append(request.geometry.at(i).size);
    QHash<std::pair<int, int>, int> pairIndex;
    for (const Edge &edge : request.graph.edges) {
        const int a = local.value(edge.from, -1), b = local.value(edge.to, -1);
        if (a < 0 || b < 0 || a == b)
            continue;
        const std::pair<int, int> key{std::min(a, b), std::max(a, b)};
        if (const auto it = pairIndex.constFind(key); it != pairIndex.cend()) {
            positions.weights[it.value()] += 1;
            continue;
        }
        pairIndex.insert(key, int(positions.edges.size()));
        positions.edges.append(key);
        positions.weights.append(1);
    }
    const Spacing spacing =
        spacingFor(request.geometry, members, int(positions.edges.size()), roomy, variant.channels);
    block.centres = QList<QPointF>(n, QPointF());
    if (n > 1) {
        // sfdp's multilevel picture keeps groups apart better than neato's stress layout:
        // measured on the corpus, its drawings have far fewer crossings once compacted.
        positions.engine = QStringLiteral("sfdp");
        positions.separation = 12;
        positions.seed = variant.seed;
        Result<QList<QPointF>> placed = runGraphvizPositions(positions);
        if (!placed)
            return placed.error();
        block.centres = principalAxisHorizontal(placed.value());
    }
    block.sizes = positions.sizes;
    block.edges = positions.edges;
    block.rows = spacing.rows;
    block.gapAlong = spacing.along;
    block.gapAcross = spacing.across;
    cutLanes(block, aspect);
    return block;
}

// Lanes hold whole tables, so a block comes out wider or taller than it was asked to be, and
// a picture that misses the screen's shape is shrunk to fit by its longer side (lago's 138
// tables: 2.25 wide for 1.9 asked, names 6.2 px at fit). When the whole, as COMPOSED measures
// it, misses ASPECT by more than 5 %, the largest block's picture is cut into lanes again (at
// most twice; the force-directed picture is not run again) for a shape found by the secant method
// on the logarithms of asked and resulting shapes (lane counts respond in steps), and the layout
// that fits the screen at the largest scale is kept (a closer shape with more empty lanes can be
// smaller at fit).
template <typename Composed>
void correctAspect(const QList<std::pair<QString, QList<int>>> &domains, QList<Block> &blocks,
                   double aspect, const Composed &composed)
{
    auto shape = [](const QSizeF &size) { return std::log(size.width() / size.height()); };
    auto scaleAtFit = [&](const QSizeF &size) {
        return std::min(aspect / size.width(), 1.0 / size.height());
    };
    const double target = std::log(aspect);
    const QSizeF before = composed();
    if (before.isEmpty() || std::abs(shape(before) - target) < std::log(1.05))
        return;
    int largest = 0;
    for (int d = 1; d < domains.size(); ++d) {
        if (domains.at(d).second.size() > domains.at(largest).second.size())
            largest = d;
    }
    Block best = blocks.at(largest);
    double bestScale = scaleAtFit(before);
    double askedBefore = std::log(best.asked), cameBefore = shape(before);
    double ask = askedBefore + target - cameBefore; // first try: in proportion
    for (int attempt = 0; attempt < 2; ++attempt) {
        cutLanes(blocks[largest], std::exp(ask));
        const QSizeF size = composed();
        if (scaleAtFit(size) > bestScale) {
            bestScale = scaleAtFit(size);
            best = blocks.at(largest);
        }
        const double came = shape(size);
        const double slope = (came - cameBefore) / (ask - askedBefore);
        if (std::abs(came - target) < std::log(1.05) || !std::isfinite(slope) || slope < 0.05)
            break;
        askedBefore = ask;
        cameBefore = came;
        ask += (target - came) / slope;
    }
    blocks[largest] = std::move(best);
}

// The domains in order of first appearance; nodes without one form a domain of their own.
QList<std::pair<QString, QList<int>>> domainsOf(const ErGraph &graph, bool clusters)
{
    QList<std::pair<QString, QList<int>>> domains;
    QHash<QString, int> index;
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const QString name = clusters ? graph.nodes.at(i).cluster : QString();
        auto it = index.constFind(name);
        if (it == index.cend()) {
            it = index.insert(name, int(domains.size()));
            domains.append({name, {}});
        }
        domains[it.value()].second.append(i);
    }
    return domains;
}

double estimatedArea(const LayoutRequest &request, const QList<int> &members)
{
    double area = 0;
    for (int i : members) {
        const QSizeF s = request.geometry.at(i).size;
        area += (s.width() + 40) * (s.height() + 30);
    }
    return area;
}

// Places every node: domains in justified rows, each laid out as a block in its room.
Result<QList<QRectF>> placeDomains(const LayoutRequest &request,
                                   const QList<std::pair<QString, QList<int>>> &domains,
                                   QList<ClusterGeometry> *clusters, const Variant &variant)
{
    QList<QRectF> nodes(request.graph.nodes.size());
    const double aspect = request.options.aspect > 0.05 ? request.options.aspect : 1.6;
    if (domains.size() == 1) {
        Result<Block> block =
            layoutBlock(request, domains.first().second, aspect, roomyGap(request), variant);
        if (!block)
            return block.error();
        QList<Block> blocks{std::move(block).value()};
        correctAspect(domains, blocks, aspect, [&] { return blocks.first().size; });
        for (int k = 0; k < domains.first().second.size(); ++k)
            nodes[domains.first().second.at(k)] = blocks.first().rects.at(k);
        return nodes;
    }
    // Where the domains go relative to each other: a force-directed picture of the domain
    // graph (one box per domain, edges weighted by the references between them).
    QHash<int, int> domainOf;
    for (int d = 0; d < domains.size(); ++d)
        for (int i : domains.at(d).second)
            domainOf.insert(i, d);
    QList<double> areas;
    PositionRequest meta;
    for (const auto &domain : domains) {
        const double area = estimatedArea(request, domain.second);
        areas.append(area + (std::sqrt(area) + 2 * kClusterPadding) *
                                (kClusterLabel + 2 * kClusterPadding));
        const double side = std::sqrt(area);
        meta.sizes.append(QSizeF(side, side));
    }
    QHash<std::pair<int, int>, int> pairIndex;
    for (const Edge &edge : request.graph.edges) {
        const int a = domainOf.value(edge.from), b = domainOf.value(edge.to);
        if (a == b)
            continue;
        const std::pair<int, int> key{std::min(a, b), std::max(a, b)};
        if (const auto it = pairIndex.constFind(key); it != pairIndex.cend()) {
            meta.weights[it.value()] += 1;
            continue;
        }
        pairIndex.insert(key, int(meta.edges.size()));
        meta.edges.append(key);
        meta.weights.append(1);
    }
    QList<QPointF> order(domains.size());
    if (domains.size() > 2) {
        meta.engine = QStringLiteral("neato");
        meta.separation = 24;
        meta.seed = variant.seed;
        Result<QList<QPointF>> placed = runGraphvizPositions(meta);
        if (!placed)
            return placed.error();
        order = principalAxisHorizontal(placed.value());
    } else {
        for (int d = 0; d < domains.size(); ++d)
            order[d] = QPointF(d, 0);
    }
    const QList<QRectF> rooms = justifiedRows(areas, order, aspect, kDomainGap);

    // Each domain in the shape of its room; then rows of rooms, each as tall as its
    // tallest domain, each domain as wide as it came out.
    QList<Block> blocks;
    for (int d = 0; d < domains.size(); ++d) {
        const QRectF room = rooms.at(d);
        const double inner =
            std::max(0.2, (room.width() - 2 * kClusterPadding) /
                              std::max(1.0, room.height() - kClusterLabel - 2 * kClusterPadding));
        Result<Block> block =
            layoutBlock(request, domains.at(d).second, inner, roomyGap(request), variant);
        if (!block)
            return block.error();
        blocks.append(std::move(block).value());
    }
    QList<int> byRoom(domains.size());
    std::iota(byRoom.begin(), byRoom.end(), 0);
    std::stable_sort(byRoom.begin(), byRoom.end(), [&](int a, int b) {
        const QRectF ra = rooms.at(a), rb = rooms.at(b);
        return std::abs(ra.top() - rb.top()) > 0.5 ? ra.top() < rb.top() : ra.left() < rb.left();
    });
    // Rows: the rooms sharing a top, left to right.
    QList<QList<int>> rows;
    for (int k = 0; k < byRoom.size(); ++k) {
        if (k == 0 ||
            std::abs(rooms.at(byRoom.at(k)).top() - rooms.at(byRoom.at(k - 1)).top()) > 0.5)
            rows.append(QList<int>());
        rows.last().append(byRoom.at(k));
    }
    auto rowHeight = [&](const QList<int> &row) {
        double height = 0;
        for (int d : row)
            height = std::max(height, blocks.at(d).size.height());
        return height + kClusterLabel + 2 * kClusterPadding;
    };
    auto composed = [&] {
        double width = 0, height = 0;
        for (const QList<int> &row : std::as_const(rows)) {
            double x = 0;
            for (int d : row)
                x += blocks.at(d).size.width() + 2 * kClusterPadding + kDomainGap;
            width = std::max(width, x - kDomainGap);
            height += rowHeight(row) + kDomainGap;
        }
        return QSizeF(width, height - kDomainGap);
    };
    correctAspect(domains, blocks, aspect, composed);
    double top = 0;
    for (const QList<int> &row : std::as_const(rows)) {
        double x = 0;
        for (int d : row) {
            const Block &block = blocks.at(d);
            const QPointF origin(x + kClusterPadding, top + kClusterLabel + kClusterPadding);
            for (int m = 0; m < domains.at(d).second.size(); ++m)
                nodes[domains.at(d).second.at(m)] = block.rects.at(m).translated(origin);
            const QRectF frame(x, top, block.size.width() + 2 * kClusterPadding,
                               block.size.height() + kClusterLabel + 2 * kClusterPadding);
            if (clusters && !domains.at(d).first.isEmpty())
                clusters->append({domains.at(d).first, frame});
            x += frame.width() + kDomainGap;
        }
        top += rowHeight(row) + kDomainGap;
    }
    return nodes;
}

// Arrange around pinned tables: the others where neato puts them with the pinned ones held,
// then each moved to the nearest spot where it overlaps nothing.
Result<QList<QRectF>> placeAroundPinned(const LayoutRequest &request)
{
    const int n = int(request.graph.nodes.size());
    QList<QRectF> nodes(n);
    QList<QRectF> occupied;
    PositionRequest positions;
    positions.pack = false;
    positions.pinned.resize(n, QPointF(qQNaN(), qQNaN()));
    for (int i = 0; i < n; ++i) {
        positions.sizes.append(request.geometry.at(i).size);
        if (request.isPinned(i)) {
            nodes[i] = QRectF(request.pinned.at(i), request.geometry.at(i).size);
            occupied.append(nodes[i]);
            positions.pinned[i] = nodes[i].center();
        }
    }
    for (const Edge &edge : request.graph.edges)
        if (!edge.selfLoop())
            positions.edges.append({edge.from, edge.to});
    QList<QPointF> desired(n);
    if (n <= kNeatoMaxNodes) {
        positions.engine = QStringLiteral("neato");
        Result<QList<QPointF>> placed = runGraphvizPositions(positions);
        if (!placed)
            return placed.error();
        desired = placed.value();
    }
    // Free tables nearest to a pinned one first, so that they settle around it.
    QList<QList<int>> neighbours(n);
    for (const Edge &edge : request.graph.edges) {
        neighbours[edge.from].append(edge.to);
        neighbours[edge.to].append(edge.from);
    }
    QList<int> order;
    QList<bool> done(n, false);
    for (int i = 0; i < n; ++i)
        done[i] = request.isPinned(i);
    QList<int> queue;
    for (int i = 0; i < n; ++i)
        if (done[i])
            queue.append(i);
    for (qsizetype head = 0; head < queue.size(); ++head)
        for (int w : std::as_const(neighbours[queue.at(head)]))
            if (!done[w]) {
                done[w] = true;
                order.append(w);
                queue.append(w);
            }
    for (int i = 0; i < n; ++i)
        if (!done[i])
            order.append(i);
    QRectF pinnedBounds;
    for (const QRectF &r : std::as_const(occupied))
        pinnedBounds |= r;
    for (int i : std::as_const(order)) {
        QPointF centre = desired.at(i);
        if (n > kNeatoMaxNodes || centre.isNull()) {
            // No force-directed picture: the centroid of placed neighbours, else beside
            // everything placed so far.
            QPointF sum;
            int count = 0;
            for (int w : std::as_const(neighbours[i]))
                if (!nodes.at(w).isNull()) {
                    sum += nodes.at(w).center();
                    ++count;
                }
            centre = count ? sum / count : pinnedBounds.topRight() + QPointF(200, 0);
        }
        const QPointF at = freeSpotNear(occupied, request.geometry.at(i).size, centre, kRoutingGap);
        nodes[i] = QRectF(at, request.geometry.at(i).size);
        occupied.append(nodes[i]);
        pinnedBounds |= nodes[i];
    }
    return nodes;
}

// Routes the edges between NODES and takes the bounds of the whole.
Layout routed(const LayoutRequest &request, QList<QRectF> nodes, QList<ClusterGeometry> clusters)
{
    Layout layout;
    layout.nodes = std::move(nodes);
    layout.clusters = std::move(clusters);
    QList<QList<double>> rowY;
    rowY.reserve(request.geometry.size());
    for (const NodeGeometry &geometry : request.geometry)
        rowY.append(geometry.rowY);
    const QList<RouteEdge> ends = routeEnds(request.graph, layout.nodes, rowY);
    layout.edges = routeEdges(layout.nodes, ends);
    QRectF bounds;
    for (const QRectF &rect : std::as_const(layout.nodes))
        bounds |= rect;
    for (const ClusterGeometry &cluster : std::as_const(layout.clusters))
        bounds |= cluster.rect;
    for (const EdgeGeometry &edge : std::as_const(layout.edges))
        for (const QPointF &p : edge.points)
            bounds |= QRectF(p, QSizeF(0.01, 0.01));
    layout.bounds = bounds;
    return layout;
}

// One complete drawing of one variant.
struct Candidate {
    Layout layout;
    CandidateScore score;
};

Result<Candidate> candidate(const LayoutRequest &request,
                            const QList<std::pair<QString, QList<int>>> &domains,
                            const Variant &variant)
{
    Candidate out;
    QList<ClusterGeometry> clusters;
    Result<QList<QRectF>> placed = placeDomains(request, domains, &clusters, variant);
    if (!placed)
        return placed.error();
    out.layout = routed(request, std::move(placed).value(), std::move(clusters));
    out.score.crossings = edgeCrossings(request.graph, out.layout);
    // The reference screen in the shape asked for, with the margin the scene keeps.
    const double aspect = request.options.aspect > 0.05 ? request.options.aspect : 1.6;
    const QSizeF screen(std::sqrt(kScreenArea * aspect), std::sqrt(kScreenArea / aspect));
    const QSizeF drawing = out.layout.bounds.size() + QSizeF(40, 40);
    out.score.scale =
        std::min({1.0, screen.width() / drawing.width(), screen.height() / drawing.height()});
    return out;
}

// The force-directed picture a layout starts from depends on its random start, and with it
// the crossings: on the corpus one start in four draws hatchet's names with 1,194 crossings,
// another with 1,520. Diagrams that are read whole at fit (up to kDomainThreshold tables) are
// drawn from several starts and the best kept; larger ones are read a domain at a time. Eight
// starts instead of four take dokploy's names below dot's crossings (276 -> 265, dot 269).
int candidateCount(const LayoutRequest &request)
{
    const qsizetype tables = domainTableCount(request.graph);
    return tables > kDomainThreshold ? 1 : tables <= kSmallDiagram ? kSmallCandidates : kCandidates;
}

// Each variant drawn on a thread of its own (Graphviz runs one at a time under its mutex; the
// lanes, their improvement and the routing in parallel), the first on this one.
Result<QList<Candidate>> drawAll(const LayoutRequest &request,
                                 const QList<std::pair<QString, QList<int>>> &domains,
                                 const QList<Variant> &variants)
{
    std::vector<std::optional<Result<Candidate>>> results(variants.size());
    std::vector<std::thread> threads;
    for (qsizetype k = 1; k < variants.size(); ++k) {
        auto draw = [&, k] { results[size_t(k)] = candidate(request, domains, variants.at(k)); };
        try {
            threads.emplace_back(draw);
        } catch (const std::system_error &) {
            draw(); // no thread to be had: drawn here, one after another
        }
    }
    if (!variants.isEmpty())
        results[0] = candidate(request, domains, variants.first());
    for (std::thread &thread : threads)
        thread.join();
    QList<Candidate> drawn;
    for (std::optional<Result<Candidate>> &result : results) {
        if (!result->ok())
            return result->error();
        drawn.append(std::move(*result).value());
    }
    return drawn;
}

} // namespace

Result<Layout> compactLayout(const LayoutRequest &request, const LayoutProgress &progress)
{
    auto report = [&](int percent, const QString &phase) {
        if (progress)
            progress(percent, phase);
    };
    const ErGraph &graph = request.graph;
    bool anyPinned = false;
    for (int i = 0; i < graph.nodes.size(); ++i)
        anyPinned = anyPinned || request.isPinned(i);

    report(10, QStringLiteral("placing"));
    if (anyPinned) {
        Result<QList<QRectF>> placed = placeAroundPinned(request);
        if (!placed)
            return placed.error();
        report(60, QStringLiteral("routing"));
        return routed(request, std::move(placed).value(), {});
    }
    const auto domains = domainsOf(graph, request.options.clusters);
    const int count = candidateCount(request);
    QList<Variant> variants;
    for (int k = 0; k < count; ++k)
        variants.append({k + 1, 1.0});
    Result<QList<Candidate>> drawn = drawAll(request, domains, variants);
    if (!drawn)
        return drawn.error();
    // Names nearly legible at fit (lago's 138 tables: 6.6-7.0 px for 7): the same starts again
    // with channels narrower by a fifth, which makes the whole about a tenth smaller.
    double largest = 0;
    for (const Candidate &c : std::as_const(drawn.value()))
        largest = std::max(largest, c.score.scale);
    if (count > 1 && largest < kLegibleZoom && largest >= kNearlyLegible * kLegibleZoom) {
        for (Variant &variant : variants)
            variant.channels = kNarrowChannels;
        Result<QList<Candidate>> narrow = drawAll(request, domains, variants);
        if (!narrow)
            return narrow.error();
        drawn->append(std::move(narrow).value());
    }
    report(100, QStringLiteral("done"));
    QList<Candidate> &all = drawn.value();
    QList<CandidateScore> scores;
    for (const Candidate &c : std::as_const(all))
        scores.append(c.score);
    return std::move(all[chooseCandidate(scores)].layout);
}

int chooseCandidate(const QList<CandidateScore> &candidates)
{
    double largest = 0;
    for (const CandidateScore &c : candidates)
        largest = std::max(largest, c.scale);
    const double enough = largest >= kLegibleZoom ? kLegibleZoom : 0.9 * largest;
    int best = -1;
    for (int k = 0; k < candidates.size(); ++k) {
        const CandidateScore &c = candidates.at(k);
        if (c.scale < enough - 1e-9)
            continue;
        const CandidateScore *b = best < 0 ? nullptr : &candidates.at(best);
        if (!b || c.crossings < b->crossings || (c.crossings == b->crossings && c.scale > b->scale))
            best = k;
    }
    return best;
}

QString compactReason(int tables)
{
    return Tr::tr("%n tables: compact layout in the shape of the screen.", nullptr, tables);
}

} // namespace schemalens::graph::detail
