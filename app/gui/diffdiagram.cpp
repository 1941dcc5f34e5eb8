#include "app/gui/diffdiagram.h"

#include "core/graph/ergraph.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace schemalens::gui {

using render::DiffMark;

namespace {

QString nodeId(const QString &schema, const QString &name)
{
    return schema + QLatin1Char('.') + name;
}

// The stronger of two marks for one object: a ghost stays a ghost, an addition stays an
// addition, anything else touched is a change.
DiffMark merge(DiffMark current, DiffMark mark)
{
    if (current == DiffMark::Removed || current == DiffMark::Added)
        return current;
    return mark == DiffMark::None ? current : mark;
}

DiffMark markOf(diff::ChangeKind change)
{
    switch (change) {
    case diff::ChangeKind::Added:
        return DiffMark::Added;
    case diff::ChangeKind::Dropped:
        return DiffMark::Removed;
    case diff::ChangeKind::Changed:
    case diff::ChangeKind::Renamed:
        return DiffMark::Changed;
    }
    return DiffMark::None;
}

} // namespace

void PositionBook::setBase(const graph::ErGraph &graph, const graph::Layout &layout)
{
    m_positions.clear();
    m_baseBoxes.clear();
    m_baseEdges.clear();
    m_baseEdgeEnds.clear();
    m_bounds = QRectF();
    for (int i = 0; i < graph.nodes.size() && i < layout.nodes.size(); ++i) {
        m_positions.insert(graph.nodes.at(i).id, layout.nodes.at(i).topLeft());
        m_baseBoxes.insert(graph.nodes.at(i).id, layout.nodes.at(i));
        m_bounds = m_bounds.united(layout.nodes.at(i));
    }
    for (int i = 0; i < graph.edges.size() && i < layout.edges.size(); ++i) {
        const graph::Edge &e = graph.edges.at(i);
        m_baseEdges.insert(e.id, layout.edges.at(i));
        m_baseEdgeEnds.insert(e.id, {graph.nodes.at(e.from).id, graph.nodes.at(e.to).id});
    }
    m_baseSet = true;
    m_extraLeft = m_bounds.isNull() ? 0 : m_bounds.right() + 120;
    m_extraTop = m_bounds.isNull() ? 0 : m_bounds.top();
    m_extraWidth = 0;
}

QPointF PositionBook::position(const QString &id, const QSizeF &size)
{
    if (const auto it = m_positions.constFind(id); it != m_positions.cend())
        return *it;
    // A column of extra places right of the arrangement, as high as it is; then the next.
    const double columnHeight = std::max(m_bounds.height(), 900.0);
    if (m_extraTop > m_bounds.top() && m_extraTop + size.height() > m_bounds.top() + columnHeight) {
        m_extraLeft += m_extraWidth + 60;
        m_extraTop = m_bounds.top();
        m_extraWidth = 0;
    }
    const QPointF at(m_extraLeft, m_extraTop);
    m_extraTop += size.height() + 40;
    m_extraWidth = std::max(m_extraWidth, size.width());
    m_positions.insert(id, at);
    return at;
}

const graph::EdgeGeometry *PositionBook::baseEdge(const QString &id, const QRectF &from,
                                                  const QRectF &to) const
{
    const auto edge = m_baseEdges.constFind(id);
    if (edge == m_baseEdges.cend())
        return nullptr;
    const auto &[fromId, toId] = m_baseEdgeEnds.value(id);
    const auto same = [](const QRectF &a, const QRectF &b) {
        return std::abs(a.left() - b.left()) < 0.5 && std::abs(a.top() - b.top()) < 0.5 &&
               std::abs(a.width() - b.width()) < 0.5 && std::abs(a.height() - b.height()) < 0.5;
    };
    if (!same(m_baseBoxes.value(fromId), from) || !same(m_baseBoxes.value(toId), to))
        return nullptr;
    return &*edge;
}

graph::EdgeGeometry simpleEdge(const QRectF &from, double fromY, const QRectF &to, double toY)
{
    graph::EdgeGeometry g;
    QPointF tail;
    QPointF head;
    QPointF c1;
    QPointF c2;
    if (to.left() >= from.right() + 10) { // the target to the right
        tail = QPointF(from.right(), fromY);
        head = QPointF(to.left(), toY);
        const double dx = std::max(30.0, (head.x() - tail.x()) / 2);
        c1 = tail + QPointF(dx, 0);
        c2 = head - QPointF(dx, 0);
    } else if (to.right() <= from.left() - 10) { // to the left
        tail = QPointF(from.left(), fromY);
        head = QPointF(to.right(), toY);
        const double dx = std::max(30.0, (tail.x() - head.x()) / 2);
        c1 = tail - QPointF(dx, 0);
        c2 = head + QPointF(dx, 0);
    } else { // above or below (or itself): round the right sides
        tail = QPointF(from.right(), fromY);
        head = QPointF(to.right(), toY);
        const double out = std::max(from.right(), to.right()) + 40 + std::abs(fromY - toY) * 0.1;
        c1 = QPointF(out, fromY);
        c2 = QPointF(out, toY);
    }
    g.points = {tail, c1, c2, head};
    g.tail = tail;
    g.head = head;
    return g;
}

DiffDiagram buildDiffDiagram(const DiffDiagramInput &input, PositionBook &positions,
                             const render::Theme &theme, render::MeasureCache *cache)
{
    DiffDiagram out;
    graph::GraphOptions options;
    options.findings = false;
    out.graph = graph::buildGraph(*input.newSchema, nullptr, options);
    const graph::ErGraph old = graph::buildGraph(*input.oldSchema, nullptr, options);
    graph::ErGraph &g = out.graph;
    out.tableMarks.resize(g.nodes.size());
    out.rowMarks.resize(g.nodes.size());
    out.edgeMarks.resize(g.edges.size());

    QHash<QString, int> nodeOf; // new schema's id (and ghosts' old id) -> node
    for (int i = 0; i < g.nodes.size(); ++i)
        nodeOf.insert(g.nodes.at(i).id, i);
    QHash<QString, int> oldNodeOf;
    for (int i = 0; i < old.nodes.size(); ++i)
        oldNodeOf.insert(old.nodes.at(i).id, i);
    // Renamed tables: the new id of an old one and the reverse.
    QHash<QString, QString> newIdOfOld;
    QHash<QString, QString> oldIdOfNew;
    for (const diff::Entry &e : input.diff->entries)
        if (e.kind == diff::ObjectKind::Table && e.change == diff::ChangeKind::Renamed) {
            newIdOfOld.insert(nodeId(e.oldSchema, e.oldTable), nodeId(e.schema, e.table));
            oldIdOfNew.insert(nodeId(e.schema, e.table), nodeId(e.oldSchema, e.oldTable));
        }
    QSet<int> ghosts;
    // The node an old table is drawn as: itself renamed, its ghost, or the same name.
    const auto nodeForOld = [&](const QString &oldId) {
        if (const auto it = newIdOfOld.constFind(oldId); it != newIdOfOld.cend())
            return nodeOf.value(*it, -1);
        return nodeOf.value(oldId, -1);
    };
    const auto markTable = [&](int node, DiffMark mark) {
        if (node >= 0)
            out.tableMarks[node] = merge(out.tableMarks[node], mark);
    };

    // Dropped tables come back as ghosts, with their columns.
    for (const diff::Entry &e : input.diff->entries) {
        if (e.kind != diff::ObjectKind::Table || e.change != diff::ChangeKind::Dropped)
            continue;
        const QString id = nodeId(e.schema, e.table);
        const int o = oldNodeOf.value(id, -1);
        if (o < 0 || nodeOf.contains(id))
            continue;
        const int node = int(g.nodes.size());
        g.nodes.append(old.nodes.at(o));
        nodeOf.insert(id, node);
        ghosts.insert(node);
        out.tableMarks.append(DiffMark::Removed);
        out.rowMarks.append(QList<DiffMark>(old.nodes.at(o).rows.size(), DiffMark::Removed));
    }

    const auto rowOf = [](const graph::TableNode &node, const QString &column) {
        for (int r = 0; r < node.rows.size(); ++r)
            if (node.rows.at(r).name == column)
                return r;
        return -1;
    };
    const auto markRow = [&](int node, int row, DiffMark mark) {
        if (node < 0 || row < 0)
            return;
        QList<DiffMark> &rows = out.rowMarks[node];
        if (rows.size() < g.nodes.at(node).rows.size())
            rows.resize(g.nodes.at(node).rows.size());
        rows[row] = merge(rows[row], mark);
    };

    // Marks from the diff; dropped columns come back as ghost rows.
    for (const diff::Entry &e : input.diff->entries) {
        const QString id = nodeId(e.schema, e.table);
        const int node = nodeOf.value(id, -1);
        switch (e.kind) {
        case diff::ObjectKind::Table:
            if (e.change != diff::ChangeKind::Dropped)
                markTable(node, markOf(e.change));
            break;
        case diff::ObjectKind::Column:
            if (node < 0 || ghosts.contains(node))
                break;
            markTable(node, DiffMark::Changed);
            if (e.change == diff::ChangeKind::Dropped) {
                const int o = oldNodeOf.value(oldIdOfNew.value(id, id), -1);
                const int oldRow = o < 0 ? -1 : rowOf(old.nodes.at(o), e.name);
                if (oldRow < 0)
                    break;
                g.nodes[node].rows.append(old.nodes.at(o).rows.at(oldRow));
                markRow(node, int(g.nodes.at(node).rows.size()) - 1, DiffMark::Removed);
            } else {
                markRow(node, rowOf(g.nodes.at(node), e.name), markOf(e.change));
            }
            break;
        case diff::ObjectKind::Schema:
        case diff::ObjectKind::Enum:
        case diff::ObjectKind::EnumValue:
        case diff::ObjectKind::View:
            break; // not drawn as tables
        default:   // keys, indexes, RLS, policies, triggers: the table changed
            markTable(node, DiffMark::Changed);
            break;
        }
    }

    // Edges: the new graph's, marked by their foreign keys' entries; an added table's edges
    // are added. Then dropped foreign keys (and those of dropped tables) as ghost edges.
    QHash<QString, DiffMark> fkMarks; // "node id|constraint"
    for (const diff::Entry &e : input.diff->entries)
        if (e.kind == diff::ObjectKind::ForeignKey)
            fkMarks.insert(nodeId(e.schema, e.table) + QLatin1Char('|') + e.name, markOf(e.change));
    for (int i = 0; i < g.edges.size(); ++i) {
        const graph::Edge &edge = g.edges.at(i);
        DiffMark mark =
            fkMarks.value(g.nodes.at(edge.from).id + QLatin1Char('|') + edge.name, DiffMark::None);
        if (out.tableMarks.value(edge.from) == DiffMark::Added)
            mark = DiffMark::Added;
        out.edgeMarks[i] = mark;
    }
    QSet<QString> ghostEdges;
    for (const graph::Edge &edge : old.edges) {
        const QString fromId = old.nodes.at(edge.from).id;
        const QString toId = old.nodes.at(edge.to).id;
        const int from = nodeForOld(fromId);
        const int to = nodeForOld(toId);
        if (from < 0 || to < 0)
            continue;
        const bool tableGone = ghosts.contains(from) || ghosts.contains(to);
        const QString newFromId = g.nodes.at(from).id;
        const bool keyGone = !edge.soft && fkMarks.value(newFromId + QLatin1Char('|') + edge.name,
                                                         DiffMark::None) == DiffMark::Removed;
        if ((!tableGone && !keyGone) || ghostEdges.contains(edge.id))
            continue;
        ghostEdges.insert(edge.id);
        graph::Edge ghost = edge;
        ghost.from = from;
        ghost.to = to;
        g.edges.append(ghost);
        out.edgeMarks.append(DiffMark::Removed);
    }
    // Ghost rows make their tables' row lists longer: every mark list covers every row.
    for (int i = 0; i < g.nodes.size(); ++i)
        if (!out.rowMarks.at(i).isEmpty())
            out.rowMarks[i].resize(g.nodes.at(i).rows.size());

    // Boxes measured, placed where the base arrangement has them.
    const render::MeasureOptions measure{.findings = false, .showSchema = render::spansSchemas(g)};
    out.metrics.reserve(g.nodes.size());
    out.layout.nodes.reserve(g.nodes.size());
    QStringList baseIds; // by node
    for (int i = 0; i < g.nodes.size(); ++i) {
        const graph::TableNode &node = g.nodes.at(i);
        out.metrics.append(render::tableMetrics(node, theme, measure, cache));
        QString baseId = node.id;
        if (ghosts.contains(i)) {
            if (input.oldToBase)
                baseId = input.oldToBase(node.schema, node.name);
        } else if (input.newToBase) {
            baseId = input.newToBase(node.schema, node.name);
        }
        const QSizeF size = out.metrics.last().size;
        out.layout.nodes.append(QRectF(positions.position(baseId, size), size));
        baseIds.append(baseId);
        out.layout.bounds = out.layout.bounds.united(out.layout.nodes.last());
    }
    const auto rowY = [&](int node, const QStringList &columns) {
        const QRectF &box = out.layout.nodes.at(node);
        const render::TableMetrics &m = out.metrics.at(node);
        const int row = columns.isEmpty() ? -1 : rowOf(g.nodes.at(node), columns.constFirst());
        return box.top() + (row >= 0 ? m.rowTop(row) + m.rowHeight / 2 : m.headerHeight / 2);
    };
    out.layout.edges.reserve(g.edges.size());
    for (const graph::Edge &edge : std::as_const(g.edges)) {
        // As the full diagram draws it where nothing around it moved or grew, else a curve
        // between the rows.
        const QString label = edge.id.section(QLatin1Char(':'), -1);
        const graph::EdgeGeometry *base = positions.baseEdge(
            baseIds.at(edge.from) + QStringLiteral("->") + baseIds.at(edge.to) + u':' + label,
            out.layout.nodes.at(edge.from), out.layout.nodes.at(edge.to));
        out.layout.edges.append(
            base ? *base
                 : simpleEdge(out.layout.nodes.at(edge.from), rowY(edge.from, edge.fromColumns),
                              out.layout.nodes.at(edge.to), rowY(edge.to, edge.toColumns)));
        for (const QPointF &p : std::as_const(out.layout.edges.last().points))
            out.layout.bounds = out.layout.bounds.united(QRectF(p, QSizeF(1, 1)));
    }
    out.layout.engine = QStringLiteral("fixed");
    return out;
}

} // namespace schemalens::gui
