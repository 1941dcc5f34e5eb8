#include "core/graph/router.h"

#include "core/graph/graphviz_p.h"

#include <QHash>
#include <QLineF>
#include <QRect>
#include <QSet>

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <queue>
#include <vector>

namespace schemalens::graph {

namespace {

constexpr int kDx[8] = {1, 0, -1, 0, 1, 1, -1, -1};
constexpr int kDy[8] = {0, 1, 0, -1, 1, -1, 1, -1};
// Costs in tenths of a cell's length.
constexpr int kStraight = 10;
constexpr int kDiagonal = 14;
constexpr int kNearBox = 3; // a cell next to a table: paths keep a little off the borders
constexpr int kAlong = 12;  // a cell where another edge runs the same way
constexpr int kCross = 30;  // another edge runs across
constexpr int kMaxExpansions = 800'000;
constexpr double kStub = 10; // edges leave and enter a table square to its side for this long

struct Grid {
    QPointF origin;
    double cell = 8;
    int cols = 0;
    int rows = 0;
    std::vector<uint8_t> blocked; // inside a table (with its clearance)
    std::vector<uint8_t> nearBox;
    // Orientations of the edges routed through a cell so far, one bit per 45° (modulo 180°):
    // a later edge may cross them but not run along them (which would hide both, and weave).
    std::vector<uint8_t> use;

    int index(int x, int y) const { return y * cols + x; }
    QPointF centre(int i) const
    {
        return origin + QPointF((i % cols + 0.5) * cell, (i / cols + 0.5) * cell);
    }
    bool inside(int x, int y) const { return x >= 0 && y >= 0 && x < cols && y < rows; }
    int cellAt(const QPointF &p) const
    {
        const int x = int(std::floor((p.x() - origin.x()) / cell));
        const int y = int(std::floor((p.y() - origin.y()) / cell));
        return inside(x, y) ? index(x, y) : -1;
    }
    bool blockedAt(const QPointF &p) const
    {
        const int c = cellAt(p);
        return c < 0 || blocked[size_t(c)];
    }
    // True when the segment from A to B crosses no blocked cell (sampled finely).
    // True when the segment from A to B crosses no blocked cell (sampled finely) and, with
    // a CORRIDOR (cells stamped with STAMP), stays inside it.
    bool clear(const QPointF &a, const QPointF &b, const std::vector<uint32_t> *corridor = nullptr,
               uint32_t stamp = 0) const
    {
        const int steps = std::max(1, int(std::ceil(QLineF(a, b).length() / (cell / 3))));
        for (int s = 0; s <= steps; ++s) {
            const int c = cellAt(a + (b - a) * (double(s) / steps));
            if (c < 0 || blocked[size_t(c)])
                return false;
            if (corridor && (*corridor)[size_t(c)] != stamp)
                return false;
        }
        return true;
    }
    static uint8_t orientationBit(const QPointF &d)
    {
        double angle = std::atan2(d.y(), d.x()) * 180 / M_PI;
        if (angle < 0)
            angle += 180;
        return uint8_t(1u << (int(std::lround(angle / 45)) % 4));
    }
    void mark(const QList<QPointF> &polyline)
    {
        for (int i = 1; i < polyline.size(); ++i) {
            const QPointF a = polyline.at(i - 1), b = polyline.at(i);
            const uint8_t bit = orientationBit(b - a);
            const int steps = std::max(1, int(std::ceil(QLineF(a, b).length() / (cell / 2))));
            for (int s = 0; s <= steps; ++s)
                if (const int c = cellAt(a + (b - a) * (double(s) / steps)); c >= 0)
                    use[size_t(c)] |= bit;
        }
    }
};

Grid makeGrid(const QList<QRectF> &boxes, const RouterOptions &options)
{
    Grid grid;
    QRectF bounds;
    for (const QRectF &box : boxes)
        bounds |= box;
    if (bounds.isEmpty())
        bounds = QRectF(0, 0, 1, 1);
    double cell = options.cell > 0 ? options.cell : 6;
    constexpr int margin = 10; // cells around everything, for paths around the outside
    while (true) {
        grid.cols = int(std::ceil(bounds.width() / cell)) + 2 * margin;
        grid.rows = int(std::ceil(bounds.height() / cell)) + 2 * margin;
        if (qint64(grid.cols) * grid.rows <= options.maxCells || options.cell > 0)
            break;
        cell *= 1.2;
    }
    grid.cell = cell;
    grid.origin = bounds.topLeft() - QPointF(margin * cell, margin * cell);
    const size_t count = size_t(grid.cols) * size_t(grid.rows);
    grid.blocked.assign(count, 0);
    grid.nearBox.assign(count, 0);
    grid.use.assign(count, 0);
    for (const QRectF &box : boxes) {
        // Cells that touch the box grown by the clearance.
        const QRectF grown = box.adjusted(-options.clearance, -options.clearance, options.clearance,
                                          options.clearance);
        const int x0 = int(std::floor((grown.left() - grid.origin.x()) / cell));
        const int x1 = int(std::floor((grown.right() - grid.origin.x()) / cell));
        const int y0 = int(std::floor((grown.top() - grid.origin.y()) / cell));
        const int y1 = int(std::floor((grown.bottom() - grid.origin.y()) / cell));
        for (int y = std::max(0, y0); y <= std::min(grid.rows - 1, y1); ++y)
            for (int x = std::max(0, x0); x <= std::min(grid.cols - 1, x1); ++x)
                grid.blocked[size_t(grid.index(x, y))] = 1;
    }
    for (int y = 0; y < grid.rows; ++y)
        for (int x = 0; x < grid.cols; ++x) {
            if (grid.blocked[size_t(grid.index(x, y))])
                continue;
            for (int d = 0; d < 4; ++d) {
                const int nx = x + kDx[d], ny = y + kDy[d];
                if (grid.inside(nx, ny) && grid.blocked[size_t(grid.index(nx, ny))]) {
                    grid.nearBox[size_t(grid.index(x, y))] = 1;
                    break;
                }
            }
        }
    return grid;
}

// Where an edge meets a box: the point on its border and the direction away from it.
struct Port {
    QPointF point;
    QPointF outward;
};

QList<Port> portsOf(const QRectF &box, const RouteEnd &end, const QPointF &towards, double inset)
{
    const QPointF c = box.center();
    if (end.hasRow()) {
        const Port right{{box.right(), end.rowY}, {1, 0}};
        const Port left{{box.left(), end.rowY}, {-1, 0}};
        return towards.x() >= c.x() ? QList<Port>{right, left} : QList<Port>{left, right};
    }
    // Where the line between the centres leaves the box, kept off its rounded corners.
    const QPointF d = towards - c;
    const double halfW = box.width() / 2, halfH = box.height() / 2;
    const double tx = std::abs(d.x()) > 1e-9 ? halfW / std::abs(d.x()) : 1e18;
    const double ty = std::abs(d.y()) > 1e-9 ? halfH / std::abs(d.y()) : 1e18;
    if (tx >= 1e17 && ty >= 1e17)
        return {Port{{box.right(), c.y()}, {1, 0}}};
    if (tx < ty) {
        const double y = std::clamp(c.y() + d.y() * tx, box.top() + inset, box.bottom() - inset);
        return {Port{{d.x() > 0 ? box.right() : box.left(), y}, {d.x() > 0 ? 1.0 : -1.0, 0}}};
    }
    const double x = std::clamp(c.x() + d.x() * ty, box.left() + inset, box.right() - inset);
    return {Port{{x, d.y() > 0 ? box.bottom() : box.top()}, {0, d.y() > 0 ? 1.0 : -1.0}}};
}

// One A* search at a time over cells; its arrays are reused (stamped, never cleared).
class Search {
public:
    explicit Search(const Grid &grid)
        : m_grid(grid)
        , m_nodes(size_t(grid.cols) * size_t(grid.rows))
    {}

    // The cells from one of STARTS to one of GOALS inside WINDOW, or empty.
    std::vector<int> find(const QList<int> &starts, const QList<int> &goals, const QRect &window)
    {
        ++m_generation;
        if (starts.isEmpty() || goals.isEmpty())
            return {};
        // Octile distance to the goals' bounding rectangle: never more than the real cost.
        int gx0 = INT32_MAX, gx1 = INT32_MIN, gy0 = INT32_MAX, gy1 = INT32_MIN;
        for (int g : goals) {
            gx0 = std::min(gx0, g % m_grid.cols);
            gx1 = std::max(gx1, g % m_grid.cols);
            gy0 = std::min(gy0, g / m_grid.cols);
            gy1 = std::max(gy1, g / m_grid.cols);
        }
        auto heuristic = [&](int x, int y) {
            const int dx = x < gx0 ? gx0 - x : x > gx1 ? x - gx1 : 0;
            const int dy = y < gy0 ? gy0 - y : y > gy1 ? y - gy1 : 0;
            return kStraight * std::abs(dx - dy) + kDiagonal * std::min(dx, dy);
        };
        // The open cells by f = g + h in a ring of buckets, first in first out within one f:
        // the heuristic is consistent (distance to a rectangle, and every step costs at least
        // its length), so f never decreases along a search and a step raises it by less than
        // twice the dearest step. Pops come in the order a heap of (f, insertion) gave, at a
        // fraction of its cost (a 2,000-table diagram's routing: 11.1 -> 6.7 s).
        // The starts' f differ by up to a table's side: the ring holds that spread as well.
        int lowest = INT32_MAX, highest = INT32_MIN; // lowest: the f of the bucket popped from
        for (int start : starts) {
            const int f = heuristic(start % m_grid.cols, start / m_grid.cols);
            lowest = std::min(lowest, f);
            highest = std::max(highest, f);
        }
        size_t ring = 128;
        while (ring < size_t(highest - lowest) + 2 * kDearestStep + 1)
            ring *= 2;
        if (m_buckets.size() < ring)
            m_buckets.resize(ring);
        ring = m_buckets.size();
        for (Bucket &bucket : m_buckets) {
            bucket.cells.clear();
            bucket.next = 0;
        }
        qsizetype queued = 0;
        auto push = [&](int cell, int x, int y, int g, int parent) {
            Node &node = m_nodes[size_t(cell)];
            if (node.stamp == m_generation && node.g <= g)
                return;
            node.stamp = m_generation;
            node.g = g;
            node.parent = parent;
            const int f = g + heuristic(x, y);
            Q_ASSERT(f >= lowest && size_t(f - lowest) < ring);
            m_buckets[size_t(std::max(f, lowest)) % ring].cells.push_back(cell);
            ++queued;
        };
        for (int s : starts)
            push(s, s % m_grid.cols, s / m_grid.cols, 0, -1);
        const int wx0 = window.left(), wx1 = window.right(), wy0 = window.top(),
                  wy1 = window.bottom();
        for (int g : goals)
            m_nodes[size_t(g)].goal = m_generation;
        auto isGoal = [&](int cell) { return m_nodes[size_t(cell)].goal == m_generation; };
        int expansions = 0;
        while (queued > 0) {
            Bucket *bucket = &m_buckets[size_t(lowest) % ring];
            while (bucket->next == bucket->cells.size()) {
                bucket->cells.clear();
                bucket->next = 0;
                ++lowest;
                bucket = &m_buckets[size_t(lowest) % ring];
            }
            const int cell = bucket->cells[bucket->next++];
            --queued;
            Node &node = m_nodes[size_t(cell)];
            if (node.closed == m_generation)
                continue;
            node.closed = m_generation;
            if (node.goal == m_generation)
                return path(cell);
            if (++expansions > kMaxExpansions)
                break;
            const int x = cell % m_grid.cols, y = cell / m_grid.cols;
            const int g = node.g;
            for (int d = 0; d < 8; ++d) {
                const int nx = x + kDx[d], ny = y + kDy[d];
                if (nx < wx0 || nx > wx1 || ny < wy0 || ny > wy1)
                    continue;
                const int next = m_grid.index(nx, ny);
                if (m_grid.blocked[size_t(next)] && !isGoal(next))
                    continue;
                if (d >= 4 && (m_grid.blocked[size_t(m_grid.index(nx, y))] ||
                               m_grid.blocked[size_t(m_grid.index(x, ny))]))
                    continue; // no cutting past a table's corner
                static constexpr uint8_t kBit[8] = {1, 4, 1, 4, 2, 8, 8, 2}; // orientation of d
                const int cost = (d < 4 ? kStraight : kDiagonal) +
                                 (m_grid.nearBox[size_t(next)] ? kNearBox : 0) +
                                 ((m_grid.use[size_t(next)] & kBit[d]) ? kAlong : 0) +
                                 ((m_grid.use[size_t(next)] & ~kBit[d]) ? kCross : 0);
                push(next, nx, ny, g + cost, cell);
            }
        }
        return {};
    }

private:
    std::vector<int> path(int last) const
    {
        std::vector<int> cells;
        for (int c = last; c >= 0; c = m_nodes[size_t(c)].parent)
            cells.push_back(c);
        std::reverse(cells.begin(), cells.end());
        return cells;
    }

    // A cell's search state in one place: a million-cell grid's five separate arrays (20 MB)
    // cost a cache miss each per neighbour looked at; together, one.
    struct Node {
        uint32_t stamp = 0; // the search that last reached it (g and parent are valid)
        int32_t g = 0;
        int32_t parent = -1;
        uint32_t closed = 0; // the search that expanded it
        uint32_t goal = 0;   // the search it is a goal of
    };
    // A step raises f by at most its cost plus the heuristic's change, which is at most the
    // step's length: below twice the dearest step.
    static constexpr int kDearestStep = kDiagonal + kNearBox + kAlong + kCross;
    struct Bucket {
        std::vector<int> cells;
        size_t next = 0;
    };
    const Grid &m_grid;
    std::vector<Node> m_nodes;
    std::vector<Bucket> m_buckets; // a ring indexed by f
    uint32_t m_generation = 0;
};

// Cubic pieces through CORNERS, each corner rounded with an arc of at most RADIUS.
QList<QPointF> roundedPath(const QList<QPointF> &corners, double radius)
{
    QList<QPointF> points{corners.first()};
    auto line = [&](const QPointF &to) {
        const QPointF from = points.last();
        points << from + (to - from) / 3 << from + 2 * (to - from) / 3 << to;
    };
    for (int i = 1; i + 1 < corners.size(); ++i) {
        const QPointF a = corners.at(i - 1), c = corners.at(i), b = corners.at(i + 1);
        const double in = QLineF(a, c).length(), out = QLineF(c, b).length();
        const double r = std::min({radius, in / 2, out / 2});
        if (r < 0.5 || in < 1e-9 || out < 1e-9) {
            line(c);
            continue;
        }
        const QPointF u1 = (c - a) / in, u2 = (b - c) / out;
        const QPointF s = c - r * u1, e = c + r * u2;
        line(s);
        // A quadratic through the corner, raised to a cubic: smooth for any angle.
        points << s + 2.0 / 3 * (c - s) << e + 2.0 / 3 * (c - e) << e;
    }
    line(corners.last());
    return points;
}

EdgeGeometry selfLoop(const QRectF &box, const RouteEnd &tail, const RouteEnd &head)
{
    EdgeGeometry edge;
    const double reach = 30;
    const double y1 = tail.hasRow() ? tail.rowY : box.top() + std::min(12.0, box.height() / 3);
    const double y2 = head.hasRow() ? head.rowY : box.top() + std::min(24.0, 2 * box.height() / 3);
    const double bulge = std::abs(y2 - y1) < 4 ? 12 : 0;
    edge.tail = {box.right(), y1};
    edge.head = {box.right(), y2};
    edge.points = {edge.tail, edge.tail + QPointF(reach, -bulge), edge.head + QPointF(reach, bulge),
                   edge.head};
    return edge;
}

// The far point of a port's stub, and the free cell that holds it (or -1).
int stubCell(const Grid &grid, const Port &port, QPointF *end)
{
    // Out to the first free cell along the stub direction, a few cells at most.
    for (int k = 0; k < 6; ++k) {
        const QPointF p = port.point + port.outward * (kStub + k * grid.cell / 2);
        if (!grid.blockedAt(p)) {
            *end = p;
            return grid.cellAt(p);
        }
    }
    return -1;
}

class Router {
public:
    Router(const QList<QRectF> &boxes, const RouterOptions &options)
        : m_boxes(boxes)
        , m_options(options)
        , m_grid(makeGrid(boxes, options))
        , m_search(m_grid)
    {}

    // Edges already drawn (not routed again): later ones do not run along them.
    void markExisting(const EdgeGeometry &edge)
    {
        QList<QPointF> line;
        const QList<QPointF> &p = edge.points;
        if (p.size() < 4)
            return;
        line << p.first();
        for (int i = 0; i + 3 < p.size(); i += 3)
            line << p.at(i + 3);
        m_grid.mark(line);
    }

    // The corners of EDGE's path (port, stub end, taut points, stub end, port), or empty
    // when there is no way through (FALLBACK is then the direct curve).
    QList<QPointF> route(const RouteEdge &edge, EdgeGeometry *fallback)
    {
        const QRectF &from = m_boxes.at(edge.tail.node);
        const QRectF &to = m_boxes.at(edge.head.node);
        *fallback = directEdge(from, edge.tail, to, edge.head, edge.tail.node == edge.head.node);
        if (edge.tail.node == edge.head.node)
            return {};
        const double inset = 6;
        const QPointF toward =
            edge.head.hasRow() ? QPointF(to.center().x(), edge.head.rowY) : to.center();
        const QPointF back =
            edge.tail.hasRow() ? QPointF(from.center().x(), edge.tail.rowY) : from.center();
        QList<int> starts, goals;
        QHash<int, std::pair<Port, QPointF>> startOf, goalOf;
        collectPorts(from, edge.tail, toward, inset, &starts, &startOf);
        collectPorts(to, edge.head, back, inset, &goals, &goalOf);
        if (starts.isEmpty() || goals.isEmpty())
            return {};
        // Row ports: prefer the sides facing each other (listed first) unless blocked.
        if (edge.tail.hasRow() || edge.head.hasRow()) {
            const QList<int> facingStart = edge.tail.hasRow() ? QList<int>{starts.first()} : starts;
            const QList<int> facingGoal = edge.head.hasRow() ? QList<int>{goals.first()} : goals;
            std::vector<int> cells =
                m_search.find(facingStart, facingGoal, windowFor(facingStart, facingGoal));
            if (!cells.empty())
                return corners(cells, startOf, goalOf);
        }
        std::vector<int> cells = m_search.find(starts, goals, windowFor(starts, goals));
        if (cells.empty())
            cells = m_search.find(starts, goals, QRect(0, 0, m_grid.cols, m_grid.rows));
        if (cells.empty())
            return {};
        return corners(cells, startOf, goalOf);
    }

private:
    // The cells an edge may start (or end) in at BOX, with their ports: for a row, the cell
    // beside each side at the row's height (the side facing TOWARD first); without a row,
    // where the line between the centres leaves the box (edges fan out from a table the way
    // they would as straight lines, which keeps them from crossing each other near it).
    void collectPorts(const QRectF &box, const RouteEnd &end, const QPointF &toward, double inset,
                      QList<int> *cells, QHash<int, std::pair<Port, QPointF>> *portOf) const
    {
        for (const Port &port : portsOf(box, end, toward, inset)) {
            QPointF stub;
            const int cell = stubCell(m_grid, port, &stub);
            if (cell < 0 || portOf->contains(cell))
                continue;
            cells->append(cell);
            portOf->insert(cell, {port, stub});
        }
    }

    QRect windowFor(const QList<int> &starts, const QList<int> &goals) const
    {
        QRect span;
        for (int c : starts + goals)
            span |= QRect(c % m_grid.cols, c / m_grid.cols, 1, 1);
        const int slack = std::max(20, std::max(span.width(), span.height()) / 2);
        return span.adjusted(-slack, -slack, slack, slack) & QRect(0, 0, m_grid.cols, m_grid.rows);
    }

public:
    // Moves the port of each end that has no row to where the path actually arrives: the
    // ray from the box's centre to the first corner beyond the stub. Edges meeting at a
    // table then arrive in the order of the directions they come from, so they do not
    // cross on their way in.
    void settlePorts(QList<QPointF> &corners, const RouteEdge &edge) const
    {
        if (corners.size() < 4)
            return;
        for (const bool tail : {true, false}) {
            const RouteEnd &end = tail ? edge.tail : edge.head;
            if (end.hasRow())
                continue;
            const QRectF &box = m_boxes.at(end.node);
            const int n = int(corners.size());
            const QPointF approach = tail ? corners.at(2) : corners.at(n - 3);
            const Port port = portsOf(box, end, approach, 6).first();
            QPointF stub;
            if (stubCell(m_grid, port, &stub) < 0 || !m_grid.clear(stub, approach))
                continue;
            corners[tail ? 0 : n - 1] = port.point;
            corners[tail ? 1 : n - 2] = stub;
        }
    }

    void mark(const QList<QPointF> &corners) { m_grid.mark(corners); }

    EdgeGeometry geometry(const QList<QPointF> &corners) const
    {
        EdgeGeometry edge;
        edge.tail = corners.first();
        edge.head = corners.last();
        edge.points = roundedPath(withoutRepeats(corners), m_options.cornerRadius);
        return edge;
    }

private:
    static QList<QPointF> withoutRepeats(const QList<QPointF> &points)
    {
        QList<QPointF> out;
        for (const QPointF &p : points)
            if (out.isEmpty() || QLineF(out.last(), p).length() > 0.01)
                out << p;
        if (out.size() == 1)
            out << out.first();
        return out;
    }

    QList<QPointF> corners(const std::vector<int> &cells,
                           const QHash<int, std::pair<Port, QPointF>> &startOf,
                           const QHash<int, std::pair<Port, QPointF>> &goalOf)
    {
        const auto [tailPort, tailStub] = startOf.value(cells.front());
        const auto [headPort, headStub] = goalOf.value(cells.back());
        // The path through the cells, pulled taut: from each kept point, on to the farthest
        // one still in sight, without leaving the cells the search went through and their
        // neighbours (the search kept clear of other edges; pulling must not undo that and
        // lay this edge over them).
        ++m_corridorStamp;
        if (m_corridor.size() != m_grid.blocked.size())
            m_corridor.assign(m_grid.blocked.size(), 0);
        for (const int c : cells) {
            const int x = c % m_grid.cols, y = c / m_grid.cols;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx)
                    if (m_grid.inside(x + dx, y + dy))
                        m_corridor[size_t(m_grid.index(x + dx, y + dy))] = m_corridorStamp;
        }
        const auto sight = [&](const QPointF &a, const QPointF &b) {
            return m_grid.clear(a, b, &m_corridor, m_corridorStamp);
        };
        QList<QPointF> path{tailStub};
        for (size_t i = 1; i + 1 < cells.size(); ++i)
            path << m_grid.centre(cells[i]);
        path << headStub;
        QList<QPointF> taut{path.first()};
        const int last = int(path.size()) - 1;
        int at = 0;
        while (at < last) {
            // The farthest point in sight: the end if it is (the common case), else found by
            // galloping forward and then halving (visibility along a path is nearly monotone).
            int next = at + 1;
            if (sight(path.at(at), path.at(last))) {
                next = last;
            } else {
                int step = 1;
                while (next + step < last && sight(path.at(at), path.at(next + step))) {
                    next += step;
                    step *= 2;
                }
                for (step /= 2; step >= 1; step /= 2)
                    if (next + step < last && sight(path.at(at), path.at(next + step)))
                        next += step;
            }
            taut << path.at(next);
            at = next;
        }
        QList<QPointF> result{tailPort.point};
        result << taut;
        result << headPort.point;
        return result;
    }

    const QList<QRectF> &m_boxes;
    RouterOptions m_options;
    Grid m_grid;
    Search m_search;
    std::vector<uint32_t> m_corridor;
    uint32_t m_corridorStamp = 0;
};

// Shortest first: short edges get the direct routes.
QList<int> routingOrder(const QList<QRectF> &boxes, const QList<RouteEdge> &edges,
                        const QList<int> &which)
{
    QList<int> order = which;
    QList<double> length(edges.size(), 0);
    for (int i : which) {
        const QPointF a = boxes.at(edges.at(i).tail.node).center();
        const QPointF b = boxes.at(edges.at(i).head.node).center();
        length[i] = QLineF(a, b).length();
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return length.at(a) < length.at(b); });
    return order;
}

bool valid(const QList<QRectF> &boxes, const RouteEdge &edge)
{
    return edge.tail.node >= 0 && edge.head.node >= 0 && edge.tail.node < boxes.size() &&
           edge.head.node < boxes.size();
}

} // namespace

EdgeGeometry directEdge(const QRectF &from, const RouteEnd &tail, const QRectF &to,
                        const RouteEnd &head, bool self)
{
    if (self)
        return selfLoop(from, tail, head);
    const QPointF toward = head.hasRow() ? QPointF(to.center().x(), head.rowY) : to.center();
    const QPointF back = tail.hasRow() ? QPointF(from.center().x(), tail.rowY) : from.center();
    const Port a = portsOf(from, tail, toward, 6).first();
    const Port b = portsOf(to, head, back, 6).first();
    EdgeGeometry edge;
    edge.tail = a.point;
    edge.head = b.point;
    const double reach = std::max(kStub, QLineF(a.point, b.point).length() / 3);
    edge.points = {a.point, a.point + a.outward * reach, b.point + b.outward * reach, b.point};
    return edge;
}

QList<EdgeGeometry> routeEdges(const QList<QRectF> &boxes, const QList<RouteEdge> &edges,
                               const RouterOptions &options)
{
    QList<int> all(edges.size());
    std::iota(all.begin(), all.end(), 0);
    return rerouteEdges(boxes, edges, {}, all, options);
}

QList<EdgeGeometry> rerouteEdges(const QList<QRectF> &boxes, const QList<RouteEdge> &edges,
                                 const QList<EdgeGeometry> &current, const QList<int> &which,
                                 const RouterOptions &options)
{
    QList<EdgeGeometry> result = current;
    result.resize(edges.size());
    if (edges.isEmpty() || which.isEmpty())
        return result;
    Router router(boxes, options);
    QSet<int> again(which.cbegin(), which.cend());
    for (int i = 0; i < current.size() && i < edges.size(); ++i)
        if (!again.contains(i))
            router.markExisting(current.at(i));
    QList<int> todo;
    for (int i : which)
        if (i >= 0 && i < edges.size() && valid(boxes, edges.at(i)))
            todo << i;
    QHash<int, QList<QPointF>> paths;
    for (int i : routingOrder(boxes, edges, todo)) {
        EdgeGeometry fallback;
        QList<QPointF> corners = router.route(edges.at(i), &fallback);
        if (corners.isEmpty()) {
            result[i] = fallback;
            continue;
        }
        router.mark(corners);
        paths.insert(i, corners);
    }
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        router.settlePorts(it.value(), edges.at(it.key()));
        result[it.key()] = router.geometry(it.value());
    }
    return result;
}

QList<RouteEdge> routeEnds(const ErGraph &graph, const QList<QRectF> &nodes,
                           const QList<QList<double>> &rowY)
{
    QList<RouteEdge> ends;
    ends.reserve(graph.edges.size());
    auto endAt = [&](int node, int row) {
        RouteEnd end;
        end.node = node;
        if (row >= 0 && node < rowY.size() && row < rowY.at(node).size() && node < nodes.size())
            end.rowY = nodes.at(node).top() + rowY.at(node).at(row);
        return end;
    };
    for (const Edge &edge : graph.edges)
        ends.append({endAt(edge.from, detail::tailRow(graph, edge)),
                     endAt(edge.to, detail::headRow(graph, edge))});
    return ends;
}

} // namespace schemalens::graph
