#include "core/graph/packing.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <QSet>

namespace schemalens::graph {

namespace {

// Indices 0..n-1 ordered by KEY (then by index, so equal keys keep a stable order).
QList<int> orderBy(int n, const std::function<double(int)> &key)
{
    QList<int> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return key(a) < key(b); });
    return order;
}

// Splits ITEMS (already ordered) into COUNT consecutive groups of about equal total WEIGHT.
QList<QList<int>> balancedCut(const QList<int> &items, const QList<double> &weight, int count)
{
    QList<QList<int>> groups(count);
    double total = 0;
    for (int i : items)
        total += weight.at(i);
    double before = 0;
    for (int i : items) {
        const double middle = before + weight.at(i) / 2;
        const int group = std::clamp(int(middle / total * count), 0, count - 1);
        groups[group].append(i);
        before += weight.at(i);
    }
    groups.removeIf([](const QList<int> &g) { return g.isEmpty(); });
    return groups;
}

struct Lanes {
    QList<QRectF> rects;     // in lane coordinates: x along, y across
    QList<QList<int>> order; // per lane, its items from start to end
    QList<double> top;       // per lane, where it starts across
    QList<double> thickness; // per lane
    double along = 0;        // extent along the lanes
    double across = 0;       // extent across them
};

// Lays out COUNT lanes (x along the lanes, y across).
Lanes buildLanes(const QList<QSizeF> &sizes, const QList<QPointF> &centres, int count,
                 double gapAlong, double gapAcross)
{
    const int n = int(sizes.size());
    QList<double> weight(n);
    double totalAlong = 0;
    double minX = centres.isEmpty() ? 0 : centres.first().x(), maxX = minX;
    for (int i = 0; i < n; ++i) {
        weight[i] = sizes.at(i).width() + gapAlong;
        totalAlong += weight[i];
        minX = std::min(minX, centres.at(i).x());
        maxX = std::max(maxX, centres.at(i).x());
    }
    QList<int> acrossOrder(n);
    std::iota(acrossOrder.begin(), acrossOrder.end(), 0);
    std::stable_sort(acrossOrder.begin(), acrossOrder.end(), [&](int a, int b) {
        const QPointF p = centres.at(a), q = centres.at(b);
        return p.y() != q.y() ? p.y() < q.y() : p.x() < q.x();
    });
    const QList<QList<int>> lanes = balancedCut(acrossOrder, weight, count);
    const double laneLength = totalAlong / double(lanes.size());
    const double span = std::max(1e-9, maxX - minX);
    Lanes out;
    out.rects.resize(n);
    double top = 0;
    for (const QList<int> &laneItems : lanes) {
        QList<int> along = laneItems;
        std::stable_sort(along.begin(), along.end(),
                         [&](int a, int b) { return centres.at(a).x() < centres.at(b).x(); });
        QList<double> desired, lengths;
        double thickness = 0;
        for (int i : std::as_const(along)) {
            const double w = sizes.at(i).width();
            // Where the picture has it, spread over the length a lane should have.
            desired << (centres.at(i).x() - minX) / span * std::max(0.0, laneLength - w);
            lengths << w;
            thickness = std::max(thickness, sizes.at(i).height());
        }
        const QList<double> starts = placeInOrder(desired, lengths, gapAlong);
        for (int k = 0; k < along.size(); ++k) {
            const int i = along.at(k);
            const QSizeF size = sizes.at(i);
            out.rects[i] = QRectF(starts.at(k), top + (thickness - size.height()) / 2, size.width(),
                                  size.height());
        }
        out.order.append(along);
        out.top.append(top);
        out.thickness.append(thickness);
        top += thickness + gapAcross;
    }
    out.across = std::max(0.0, top - gapAcross);
    double left = 0, right = 0;
    bool first = true;
    for (const QRectF &r : std::as_const(out.rects)) {
        left = first ? r.left() : std::min(left, r.left());
        right = first ? r.right() : std::max(right, r.right());
        first = false;
    }
    for (QRectF &r : out.rects)
        r.translate(-left, 0);
    out.along = right - left;
    return out;
}

} // namespace

QList<double> placeInOrder(const QList<double> &desired, const QList<double> &lengths, double gap)
{
    // With offset_i = sum of (length + gap) before i, the starts x_i = y_i + offset_i need
    // only y non-decreasing: pool adjacent violators on the targets desired_i - offset_i.
    const int n = int(desired.size());
    QList<double> offset(n, 0);
    for (int i = 1; i < n; ++i)
        offset[i] = offset[i - 1] + lengths.at(i - 1) + gap;
    struct Block {
        double sum;
        int count;
        double mean() const { return sum / count; }
    };
    QList<Block> blocks;
    for (int i = 0; i < n; ++i) {
        blocks.append({desired.at(i) - offset.at(i), 1});
        while (blocks.size() >= 2 && blocks.at(blocks.size() - 2).mean() > blocks.last().mean()) {
            const Block last = blocks.takeLast();
            blocks.last().sum += last.sum;
            blocks.last().count += last.count;
        }
    }
    QList<double> starts;
    starts.reserve(n);
    for (const Block &block : std::as_const(blocks))
        for (int k = 0; k < block.count; ++k)
            starts.append(block.mean() + offset.at(starts.size()));
    return starts;
}

namespace {

bool segmentsCross(const QPointF &a, const QPointF &b, const QPointF &c, const QPointF &d)
{
    auto orient = [](const QPointF &p, const QPointF &q, const QPointF &r) {
        const double v = (q.x() - p.x()) * (r.y() - p.y()) - (q.y() - p.y()) * (r.x() - p.x());
        return v > 1e-9 ? 1 : v < -1e-9 ? -1 : 0;
    };
    return orient(a, b, c) * orient(a, b, d) < 0 && orient(c, d, a) * orient(c, d, b) < 0;
}

bool segmentHitsBox(const QPointF &p, const QPointF &q, const QRectF &box)
{
    double t0 = 0, t1 = 1;
    const double dx = q.x() - p.x(), dy = q.y() - p.y();
    const double pp[4] = {-dx, dx, -dy, dy};
    const double qq[4] = {p.x() - box.left(), box.right() - p.x(), p.y() - box.top(),
                          box.bottom() - p.y()};
    for (int i = 0; i < 4; ++i) {
        if (std::abs(pp[i]) < 1e-12) {
            if (qq[i] < 0)
                return false;
            continue;
        }
        const double r = qq[i] / pp[i];
        if (pp[i] < 0)
            t0 = std::max(t0, r);
        else
            t1 = std::min(t1, r);
        if (t0 > t1)
            return false;
    }
    return true;
}

// Local search over the lanes: swapping neighbours in a lane, or a table with its nearest in
// the next lane, wherever that lowers the number of crossings of the straight lines between
// table centres plus the lines that pass through other tables (an edge routed around a
// table crosses that table's own edges). Each lane touched is packed again.
class LaneImprover {
public:
    LaneImprover(Lanes &lanes, const QList<QSizeF> &sizes, const QList<std::pair<int, int>> &edges,
                 double gapAlong)
        : m_lanes(lanes)
        , m_sizes(sizes)
        , m_edges(edges)
        , m_gap(gapAlong)
        , m_incident(sizes.size())
    {
        for (int e = 0; e < edges.size(); ++e) {
            m_incident[edges.at(e).first].append(e);
            if (edges.at(e).second != edges.at(e).first)
                m_incident[edges.at(e).second].append(e);
        }
    }

    void run(int passes, bool relocate)
    {
        for (int pass = 0; pass < passes; ++pass) {
            bool improved = false;
            for (int lane = 0; lane < m_lanes.order.size(); ++lane) {
                for (int k = 0; k + 1 < m_lanes.order.at(lane).size(); ++k)
                    improved |= tryMove(lane, k, lane, k + 1);
                if (lane + 1 < m_lanes.order.size())
                    for (int k = 0; k < m_lanes.order.at(lane).size(); ++k)
                        improved |= tryMove(lane, k, lane + 1, nearestIn(lane + 1, lane, k));
            }
            if (relocate)
                for (int node = 0; node < m_sizes.size(); ++node)
                    improved |= tryRelocate(node);
            if (!improved)
                break;
        }
    }

private:
    int nearestIn(int lane, int fromLane, int k) const
    {
        const QRectF r = m_lanes.rects.at(m_lanes.order.at(fromLane).at(k));
        int best = 0;
        double distance = 1e18;
        const QList<int> &items = m_lanes.order.at(lane);
        for (int j = 0; j < items.size(); ++j) {
            const double d = std::abs(m_lanes.rects.at(items.at(j)).center().x() - r.center().x());
            if (d < distance) {
                distance = d;
                best = j;
            }
        }
        return best;
    }

    // Crossings and obstructions that involve the edges of NODES or the boxes of NODES.
    int cost(const QSet<int> &nodes) const
    {
        QSet<int> edges;
        for (int n : nodes)
            for (int e : m_incident.at(n))
                edges.insert(e);
        // The centres and each edge's bounding box once: most pairs are told apart by those.
        const qsizetype n = m_lanes.rects.size();
        m_centres.resize(n);
        for (qsizetype i = 0; i < n; ++i)
            m_centres[i] = m_lanes.rects.at(i).center();
        m_extents.resize(m_edges.size());
        for (qsizetype f = 0; f < m_edges.size(); ++f)
            m_extents[f] =
                QRectF(m_centres.at(m_edges.at(f).first), m_centres.at(m_edges.at(f).second))
                    .normalized();
        auto apart = [](const QRectF &a, const QRectF &b) {
            return a.right() < b.left() || b.right() < a.left() || a.bottom() < b.top() ||
                   b.bottom() < a.top();
        };
        int total = 0;
        for (int e : std::as_const(edges)) {
            const auto [a, b] = m_edges.at(e);
            if (a == b)
                continue;
            const QPointF p = m_centres.at(a), q = m_centres.at(b);
            const QRectF extent = m_extents.at(e);
            for (int f = 0; f < m_edges.size(); ++f) {
                if (f == e || apart(extent, m_extents.at(f)) || (edges.contains(f) && f < e))
                    continue;
                const auto [c, d] = m_edges.at(f);
                if (c == a || c == b || d == a || d == b || c == d)
                    continue;
                if (segmentsCross(p, q, m_centres.at(c), m_centres.at(d)))
                    ++total;
            }
            for (int box = 0; box < n; ++box)
                if (box != a && box != b && !apart(extent, m_lanes.rects.at(box)) &&
                    segmentHitsBox(p, q, m_lanes.rects.at(box)))
                    total += 2;
        }
        // Other edges through the moved boxes.
        for (int f = 0; f < m_edges.size(); ++f) {
            if (edges.contains(f))
                continue;
            const auto [c, d] = m_edges.at(f);
            if (c == d)
                continue;
            for (int box : nodes)
                if (box != c && box != d && !apart(m_extents.at(f), m_lanes.rects.at(box)) &&
                    segmentHitsBox(m_centres.at(c), m_centres.at(d), m_lanes.rects.at(box)))
                    total += 2;
        }
        return total;
    }

    void pack(int lane)
    {
        const QList<int> &items = m_lanes.order.at(lane);
        QList<double> desired, lengths;
        // Keep the slots where they were: the k-th item goes where the k-th was.
        QList<double> slots;
        for (int i : items)
            slots.append(m_lanes.rects.at(i).left());
        std::sort(slots.begin(), slots.end());
        for (int k = 0; k < items.size(); ++k) {
            desired.append(slots.at(k));
            lengths.append(m_sizes.at(items.at(k)).width());
        }
        placeLane(lane, placeInOrder(desired, lengths, m_gap));
    }

    // The items of LANE at STARTS along it, centred across it.
    void placeLane(int lane, const QList<double> &starts)
    {
        const QList<int> &items = m_lanes.order.at(lane);
        const double top = m_lanes.top.at(lane), thickness = m_lanes.thickness.at(lane);
        for (int k = 0; k < items.size(); ++k) {
            const QSizeF size = m_sizes.at(items.at(k));
            m_lanes.rects[items.at(k)] = QRectF(starts.at(k), top + (thickness - size.height()) / 2,
                                                size.width(), size.height());
        }
    }

    // After a move of tables in LANES: keeps it when it lowers the cost, else goes back to
    // SAVED. Only the tables that moved change the cost: theirs is compared before and after.
    bool keepIfCheaper(Lanes &saved, std::initializer_list<int> lanes)
    {
        QSet<int> moved;
        for (int lane : lanes)
            for (int i : m_lanes.order.at(lane))
                if (m_lanes.rects.at(i) != saved.rects.at(i))
                    moved.insert(i);
        const int after = cost(moved);
        std::swap(m_lanes.rects, saved.rects);
        const int before = cost(moved);
        std::swap(m_lanes.rects, saved.rects);
        if (after < before)
            return true;
        m_lanes = std::move(saved);
        return false;
    }

    bool tryMove(int laneA, int a, int laneB, int b)
    {
        if (a >= m_lanes.order.at(laneA).size() || b >= m_lanes.order.at(laneB).size())
            return false;
        const int x = m_lanes.order.at(laneA).at(a), y = m_lanes.order.at(laneB).at(b);
        // Tables trade lanes only with one of about their size (no thicker than the lane,
        // about as long): the lanes keep their lengths and the whole its shape.
        if (laneA != laneB) {
            if (m_sizes.at(x).height() > m_lanes.thickness.at(laneB) + 0.5 ||
                m_sizes.at(y).height() > m_lanes.thickness.at(laneA) + 0.5)
                return false;
            const double ratio = m_sizes.at(x).width() / std::max(1.0, m_sizes.at(y).width());
            if (ratio < 0.8 || ratio > 1.25)
                return false;
        }
        Lanes saved = m_lanes;
        std::swap(m_lanes.order[laneA][a], m_lanes.order[laneB][b]);
        pack(laneA);
        if (laneB != laneA)
            pack(laneB);
        return keepIfCheaper(saved, {laneA, laneB});
    }

    // Moves NODE towards its neighbours: into the lane (of those it fits) nearest to their
    // mean position, in order by it along the lane, the others there moved aside as little as
    // possible. Kept when the whole stays in its bounds and the cost goes down; lanes then
    // need not hold tables of one size (a swap does).
    bool tryRelocate(int node)
    {
        if (m_incident.at(node).isEmpty())
            return false;
        QPointF mean;
        int count = 0;
        for (int e : m_incident.at(node)) {
            const auto [a, b] = m_edges.at(e);
            const int other = a == node ? b : a;
            if (other == node)
                continue;
            mean += m_lanes.rects.at(other).center();
            ++count;
        }
        if (count == 0)
            return false;
        mean /= count;
        int from = -1, at = -1;
        for (int lane = 0; lane < m_lanes.order.size() && from < 0; ++lane)
            if (const int k = int(m_lanes.order.at(lane).indexOf(node)); k >= 0) {
                from = lane;
                at = k;
            }
        if (from < 0 || m_lanes.order.at(from).size() < 2)
            return false;
        const QSizeF size = m_sizes.at(node);
        int to = -1;
        double distance = 1e18;
        for (int lane = 0; lane < m_lanes.order.size(); ++lane) {
            if (size.height() > m_lanes.thickness.at(lane) + 0.5)
                continue;
            const double middle = m_lanes.top.at(lane) + m_lanes.thickness.at(lane) / 2;
            if (std::abs(middle - mean.y()) < distance) {
                distance = std::abs(middle - mean.y());
                to = lane;
            }
        }
        const QRectF was = m_lanes.rects.at(node);
        if (to < 0 || (to == from && std::abs(mean.x() - was.center().x()) < size.width()))
            return false;
        Lanes saved = m_lanes;
        m_lanes.order[from].removeAt(at);
        QList<int> &items = m_lanes.order[to];
        qsizetype position = 0;
        while (position < items.size() &&
               m_lanes.rects.at(items.at(position)).center().x() < mean.x())
            ++position;
        items.insert(position, node);
        // The others where they were, the moved one centred on its neighbours.
        QList<double> desired, lengths;
        for (int i : std::as_const(items)) {
            desired.append(i == node ? mean.x() - size.width() / 2 : m_lanes.rects.at(i).left());
            lengths.append(m_sizes.at(i).width());
        }
        const QList<double> starts = placeInOrder(desired, lengths, m_gap);
        if (starts.first() < -0.5 || starts.last() + lengths.last() > m_lanes.along + 0.5) {
            m_lanes = std::move(saved); // the whole would grow
            return false;
        }
        placeLane(to, starts);
        return keepIfCheaper(saved, {from, to});
    }

    Lanes &m_lanes;
    const QList<QSizeF> &m_sizes;
    const QList<std::pair<int, int>> &m_edges;
    double m_gap;
    QList<QList<int>> m_incident;
    mutable QList<QPointF> m_centres; // cost()'s scratch
    mutable QList<QRectF> m_extents;
};

} // namespace

QList<QRectF> laneLayout(const QList<QSizeF> &sizes, const QList<QPointF> &centres,
                         const LaneOptions &options)
{
    const int n = int(sizes.size());
    if (n == 0)
        return {};
    // Columns are rows of the transposed picture.
    QList<QSizeF> s = sizes;
    QList<QPointF> c = centres;
    if (!options.rows) {
        for (QSizeF &size : s)
            size.transpose();
        for (QPointF &p : c)
            p = QPointF(p.y(), p.x());
    }
    const double gapAlong = options.gapAlong;
    const double gapAcross = options.gapAcross;
    // Width / height wanted in lane coordinates.
    const double aspect = options.rows ? options.aspect : 1 / options.aspect;
    // Try lane counts around the estimate; keep the one whose bounds best fit the aspect
    // (the largest scale at which it fits a box of that shape).
    double area = 0, thick = 0;
    for (const QSizeF &size : std::as_const(s)) {
        area += (size.width() + gapAlong) * (size.height() + gapAcross);
        thick += size.height() + gapAcross;
    }
    thick /= n;
    const int estimate = std::clamp(int(std::lround(std::sqrt(area / aspect) / thick)), 1, n);
    Lanes best;
    double bestScore = -1;
    const int lo = std::max(1, estimate / 2), hi = std::min(n, estimate * 2 + 1);
    for (int count = lo; count <= hi; ++count) {
        Lanes lanes = buildLanes(s, c, count, gapAlong, gapAcross);
        // Fit into a box of width aspect, height 1.
        const double score =
            std::min(aspect / std::max(1.0, lanes.along), 1.0 / std::max(1.0, lanes.across));
        if (score > bestScore * 1.0001) {
            bestScore = score;
            best = std::move(lanes);
        }
    }
    if (!options.edges.isEmpty() && options.improvePasses > 0)
        LaneImprover(best, s, options.edges, gapAlong).run(options.improvePasses, options.relocate);
    if (!options.rows)
        for (QRectF &r : best.rects)
            r = QRectF(r.y(), r.x(), r.height(), r.width());
    return best.rects;
}

QList<QPointF> principalAxisHorizontal(const QList<QPointF> &centres)
{
    const int n = int(centres.size());
    if (n < 3)
        return centres;
    QPointF mean;
    for (const QPointF &p : centres)
        mean += p;
    mean /= n;
    double sxx = 0, syy = 0, sxy = 0;
    for (const QPointF &p : centres) {
        const QPointF d = p - mean;
        sxx += d.x() * d.x();
        syy += d.y() * d.y();
        sxy += d.x() * d.y();
    }
    const double angle = 0.5 * std::atan2(2 * sxy, sxx - syy); // of the principal axis
    const double cs = std::cos(-angle), sn = std::sin(-angle);
    QList<QPointF> rotated;
    rotated.reserve(n);
    for (const QPointF &p : centres) {
        const QPointF d = p - mean;
        rotated.append(QPointF(d.x() * cs - d.y() * sn, d.x() * sn + d.y() * cs));
    }
    return rotated;
}

QPointF freeSpotNear(const QList<QRectF> &occupied, const QSizeF &size, const QPointF &desired,
                     double gap, double step)
{
    auto fits = [&](const QPointF &topLeft) {
        const QRectF box = QRectF(topLeft, size).adjusted(-gap, -gap, gap, gap);
        for (const QRectF &other : occupied)
            if (box.intersects(other))
                return false;
        return true;
    };
    const QPointF start = desired - QPointF(size.width() / 2, size.height() / 2);
    if (fits(start))
        return start;
    // Rings of growing radius; on each ring the candidates nearest to DESIRED come first.
    for (int ring = 1; ring < 400; ++ring) {
        QList<QPointF> candidates;
        for (int k = -ring; k <= ring; ++k) {
            candidates << QPointF(k, -ring) << QPointF(k, ring);
            if (k != -ring && k != ring)
                candidates << QPointF(-ring, k) << QPointF(ring, k);
        }
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const QPointF &a, const QPointF &b) {
                             return a.x() * a.x() + a.y() * a.y() < b.x() * b.x() + b.y() * b.y();
                         });
        for (const QPointF &c : std::as_const(candidates)) {
            const QPointF at = start + c * step;
            if (fits(at))
                return at;
        }
    }
    return start;
}

QList<QRectF> justifiedRows(const QList<double> &areas, const QList<QPointF> &order, double aspect,
                            double gap)
{
    const int n = int(areas.size());
    if (n == 0)
        return {};
    const double total = std::accumulate(areas.begin(), areas.end(), 0.0);
    const QList<int> acrossOrder = orderBy(n, [&](int i) { return order.at(i).y(); });
    QList<QRectF> best;
    double bestScore = -1;
    for (int rows = 1; rows <= n; ++rows) {
        const QList<QList<int>> cut = balancedCut(acrossOrder, areas, rows);
        const double width = std::sqrt(total * aspect);
        QList<QRectF> rects(n);
        double top = 0;
        double right = 0;
        for (QList<int> row : cut) {
            std::stable_sort(row.begin(), row.end(),
                             [&](int a, int b) { return order.at(a).x() < order.at(b).x(); });
            double rowArea = 0;
            for (int i : std::as_const(row))
                rowArea += areas.at(i);
            const double height = rowArea / width;
            double x = 0;
            for (int i : std::as_const(row)) {
                const double w = areas.at(i) / std::max(height, 1e-9);
                rects[i] = QRectF(x, top, w, height);
                x += w + gap;
            }
            right = std::max(right, x - gap);
            top += height + gap;
        }
        const double bottom = top - gap;
        // Blocks much longer than high (or the reverse) cannot hold a readable layout.
        double worst = 1;
        for (const QRectF &r : std::as_const(rects)) {
            const double a = r.width() / std::max(r.height(), 1e-9);
            worst = std::min(worst, std::min(a, 1 / a) * 4);
        }
        const double score = std::min(aspect / right, 1 / bottom) * std::min(1.0, worst);
        if (score > bestScore) {
            bestScore = score;
            best = rects;
        }
    }
    return best;
}

} // namespace schemalens::graph
