#include "core/graph/ergraph.h"

#include "core/graph/domains.h"

#include <QSet>

#include <algorithm>

namespace schemalens::graph {

using review::Finding;
using review::ObjectRef;
using review::Severity;

std::optional<Severity> Marks::worst() const
{
    if (errors)
        return Severity::Error;
    if (warnings)
        return Severity::Warning;
    if (infos)
        return Severity::Info;
    return std::nullopt;
}

void Marks::add(const Finding &finding)
{
    switch (finding.severity) {
    case Severity::Error:
        ++errors;
        break;
    case Severity::Warning:
        ++warnings;
        break;
    case Severity::Info:
        ++infos;
        break;
    }
    messages.append(finding.rule + QStringLiteral(": ") + finding.message);
}

int ErGraph::indexOf(const QString &nodeId) const
{
    for (int i = 0; i < nodes.size(); ++i)
        if (nodes.at(i).id == nodeId)
            return i;
    return -1;
}

int ErGraph::findNode(const QString &nameOrId) const
{
    if (const int byId = indexOf(nameOrId); byId >= 0)
        return byId;
    int found = -1;
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).name != nameOrId)
            continue;
        if (found >= 0)
            return -1; // ambiguous: the caller must qualify it
        found = i;
    }
    return found;
}

namespace {

QString nodeId(const QString &schema, const QString &name)
{
    return schema.isEmpty() ? name : schema + QLatin1Char('.') + name;
}

bool sameColumns(QStringList a, QStringList b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    a.sort();
    b.sort();
    return a == b;
}

// True when COLUMNS alone are unique in TABLE (primary key, unique constraint or a plain
// unique index): the reference is then one-to-one.
bool isUniqueSet(const model::Table &table, const QStringList &columns)
{
    if (table.primaryKey && sameColumns(table.primaryKey->columns, columns))
        return true;
    for (const model::KeyConstraint &unique : table.uniques)
        if (sameColumns(unique.columns, columns))
            return true;
    for (const model::Index &index : table.indexes)
        if (index.unique && index.predicate.isEmpty() && sameColumns(index.columns(), columns))
            return true;
    return false;
}

QList<ColumnRow> rowsOf(const model::Table &table)
{
    QSet<QString> pk, fk;
    if (table.primaryKey)
        pk = QSet<QString>(table.primaryKey->columns.cbegin(), table.primaryKey->columns.cend());
    for (const model::ForeignKey &key : table.foreignKeys)
        for (const QString &column : key.columns)
            fk.insert(column);
    QSet<QString> inUnique;
    for (const model::KeyConstraint &unique : table.uniques)
        for (const QString &column : unique.columns)
            inUnique.insert(column);
    for (const model::Index &index : table.indexes)
        if (index.unique && index.predicate.isEmpty())
            for (const QString &column : index.columns())
                inUnique.insert(column);
    QList<ColumnRow> rows;
    rows.reserve(table.columns.size());
    for (const model::Column &column : table.columns) {
        ColumnRow row;
        row.name = column.name;
        row.type = column.type;
        row.primaryKey = pk.contains(column.name);
        row.foreignKey = fk.contains(column.name);
        row.unique = isUniqueSet(table, {column.name});
        row.inUniqueKey = inUnique.contains(column.name);
        row.notNull = !column.nullable || row.primaryKey;
        rows.append(std::move(row));
    }
    return rows;
}

int columnOrder(const model::Table &table, const QString &column)
{
    for (int i = 0; i < table.columns.size(); ++i)
        if (table.columns.at(i).name == column)
            return i;
    return int(table.columns.size());
}

// The first word of a snake_case or camelCase name: "billing" of "billing_invoices".
QString namePrefix(const QString &name)
{
    const qsizetype underscore = name.indexOf(QLatin1Char('_'), 1);
    if (underscore > 0)
        return name.left(underscore).toLower();
    for (qsizetype i = 1; i < name.size(); ++i)
        if (name.at(i).isUpper() && name.at(i - 1).isLower())
            return name.left(i).toLower();
    return {};
}

void assignClusters(ErGraph &graph, GraphOptions::Clustering clustering)
{
    QSet<QString> schemas;
    for (const TableNode &node : std::as_const(graph.nodes))
        schemas.insert(node.schema);
    const bool severalSchemas = schemas.size() > 1;
    if (clustering == GraphOptions::Clustering::Schema) {
        for (TableNode &node : graph.nodes)
            node.cluster = severalSchemas ? node.schema : QString();
        return;
    }
    if (clustering == GraphOptions::Clustering::Community) {
        assignDomains(graph, Grouping::Community);
        return;
    }
    if (clustering != GraphOptions::Clustering::Prefix)
        return;
    // A prefix makes a cluster only when two or more tables of a schema share it.
    QHash<QString, int> count;
    auto keyOf = [&](const TableNode &node) {
        const QString prefix = namePrefix(node.name);
        if (prefix.isEmpty())
            return QString();
        return severalSchemas ? node.schema + QLatin1Char('.') + prefix : prefix;
    };
    for (const TableNode &node : std::as_const(graph.nodes))
        if (const QString key = keyOf(node); !key.isEmpty())
            ++count[key];
    for (TableNode &node : graph.nodes) {
        const QString key = keyOf(node);
        node.cluster = count.value(key) > 1 ? key : QString();
    }
}

// Keeps the nodes within DEPTH hops of the focus, over edges in both directions.
void applyFocus(ErGraph &graph, const QString &focus, int depth)
{
    const int start = graph.findNode(focus);
    if (start < 0) {
        graph = ErGraph{};
        graph.focusFound = false;
        return;
    }
    QList<QList<int>> neighbours(graph.nodes.size());
    for (const Edge &edge : std::as_const(graph.edges)) {
        neighbours[edge.from].append(edge.to);
        neighbours[edge.to].append(edge.from);
    }
    QList<int> distance(graph.nodes.size(), -1);
    distance[start] = 0;
    QList<int> queue{start};
    for (qsizetype head = 0; head < queue.size(); ++head) {
        const int v = queue.at(head);
        if (distance[v] >= depth)
            continue;
        for (int w : std::as_const(neighbours[v]))
            if (distance[w] < 0) {
                distance[w] = distance[v] + 1;
                queue.append(w);
            }
    }
    QList<int> newIndex(graph.nodes.size(), -1);
    ErGraph kept;
    for (int i = 0; i < graph.nodes.size(); ++i)
        if (distance[i] >= 0) {
            newIndex[i] = int(kept.nodes.size());
            kept.nodes.append(graph.nodes.at(i));
        }
    for (const Edge &edge : std::as_const(graph.edges))
        if (newIndex[edge.from] >= 0 && newIndex[edge.to] >= 0) {
            Edge copy = edge;
            copy.from = newIndex[edge.from];
            copy.to = newIndex[edge.to];
            kept.edges.append(std::move(copy));
        }
    graph = std::move(kept);
}

class MarkIndex {
public:
    explicit MarkIndex(ErGraph &graph)
        : m_graph(graph)
    {
        for (int i = 0; i < graph.nodes.size(); ++i) {
            m_byId.insert(graph.nodes.at(i).id, i);
            m_byName[graph.nodes.at(i).name].append(i);
        }
    }

    void add(const Finding &finding)
    {
        const ObjectRef &object = finding.object;
        if (object.kind == ObjectRef::Kind::Schema || object.kind == ObjectRef::Kind::Migration)
            return;
        QSet<int> tables;
        if (!object.table.isEmpty()) {
            const int table = node(object.schema, object.table);
            if (table >= 0) {
                tables.insert(table);
                markTableObject(finding, table);
            }
        }
        // Cross-table findings: every table involved, and "schema.table.column" columns.
        for (const QString &qualified : object.tables) {
            const int table = node(qualified);
            if (table < 0 || tables.contains(table))
                continue;
            tables.insert(table);
            m_graph.nodes[table].marks.add(finding);
        }
        if (object.table.isEmpty()) {
            for (const QString &qualified : object.columns) {
                const qsizetype dot = qualified.lastIndexOf(QLatin1Char('.'));
                const int table = dot > 0 ? node(qualified.left(dot)) : -1;
                if (table >= 0)
                    markRow(finding, table, qualified.mid(dot + 1));
            }
        }
    }

private:
    int node(const QString &schema, const QString &name) const
    {
        if (const int i = m_byId.value(nodeId(schema, name), -1); i >= 0)
            return i;
        const QList<int> named = m_byName.value(name);
        return schema.isEmpty() && named.size() == 1 ? named.first() : -1;
    }
    int node(const QString &qualified) const
    {
        if (const int i = m_byId.value(qualified, -1); i >= 0)
            return i;
        const qsizetype dot = qualified.indexOf(QLatin1Char('.'));
        return dot > 0 ? node(qualified.left(dot), qualified.mid(dot + 1)) : node({}, qualified);
    }

    void markRow(const Finding &finding, int table, const QString &column)
    {
        TableNode &node = m_graph.nodes[table];
        for (ColumnRow &row : node.rows)
            if (row.name == column) {
                row.marks.add(finding);
                return;
            }
    }

    // The edge a finding about TABLE's reference is about: a soft edge for soft-fk (by
    // column), else the FK of that constraint name, else the FK on exactly those columns.
    int edgeFor(const Finding &finding, int table) const
    {
        const ObjectRef &object = finding.object;
        const bool soft = finding.rule == QLatin1String("soft-fk");
        QStringList columns = object.columns;
        if (!object.column.isEmpty() && columns.isEmpty())
            columns = {object.column};
        for (int i = 0; i < m_graph.edges.size(); ++i) {
            const Edge &edge = m_graph.edges.at(i);
            if (edge.from != table || edge.soft != soft || edge.dependency)
                continue;
            if (soft) {
                if (!columns.isEmpty() && edge.fromColumns == columns.mid(0, 1))
                    return i;
            } else if (!object.constraint.isEmpty() ? edge.name == object.constraint
                                                    : sameColumns(edge.fromColumns, columns)) {
                return i;
            }
        }
        return -1;
    }

    void markTableObject(const Finding &finding, int table)
    {
        const ObjectRef &object = finding.object;
        m_graph.nodes[table].marks.add(finding);
        const bool reference =
            object.kind == ObjectRef::Kind::ForeignKey ||
            finding.rule == QLatin1String("soft-fk") ||
            (object.kind == ObjectRef::Kind::Constraint && !object.refTable.isEmpty());
        if (reference)
            if (const int edge = edgeFor(finding, table); edge >= 0)
                m_graph.edges[edge].marks.add(finding);
        if (!object.column.isEmpty())
            markRow(finding, table, object.column);
        else if (object.kind == ObjectRef::Kind::Column)
            for (const QString &column : object.columns)
                markRow(finding, table, column);
    }

    ErGraph &m_graph;
    QHash<QString, int> m_byId;
    QHash<QString, QList<int>> m_byName;
};

} // namespace

ErGraph buildGraph(const model::Schema &schema, const review::ReviewResult *review,
                   const GraphOptions &options)
{
    ErGraph graph;
    QHash<QString, int> index; // node id → index
    QHash<QString, const model::Table *> tableOf;
    const auto inSchemas = [&](const QString &name) {
        return options.schemas.isEmpty() || options.schemas.contains(name);
    };

    // Tables first (partitions are drawn as their parent; external stubs come when a shown
    // table references them), then views.
    QSet<QString> referencedExternals;
    for (const model::Table &table : schema.tables) {
        if (table.external || table.isPartition() || !inSchemas(table.schema))
            continue;
        for (const model::ForeignKey &fk : table.foreignKeys)
            referencedExternals.insert(
                nodeId(fk.refSchema.isEmpty() ? table.schema : fk.refSchema, fk.refTable));
    }
    if (options.includeExternal && options.softEdges && review)
        for (const review::SoftReference &soft : review->softReferences)
            if (soft.table && soft.target && inSchemas(soft.table->schema))
                referencedExternals.insert(soft.target->qualifiedName());
    for (const model::Table &table : schema.tables) {
        if (table.isPartition())
            continue;
        const QString id = nodeId(table.schema, table.name);
        if (table.external ? !(options.includeExternal && referencedExternals.contains(id))
                           : !inSchemas(table.schema))
            continue;
        if (index.contains(id))
            continue;
        TableNode node;
        node.id = id;
        node.schema = table.schema;
        node.name = table.name;
        node.external = table.external;
        node.rows = rowsOf(table);
        node.rowCount = table.rowCount;
        index.insert(id, int(graph.nodes.size()));
        tableOf.insert(id, &table);
        graph.nodes.append(std::move(node));
    }
    if (options.includeViews) {
        for (const model::View &view : schema.views) {
            const QString id = nodeId(view.schema, view.name);
            if (!inSchemas(view.schema) || index.contains(id))
                continue;
            TableNode node;
            node.id = id;
            node.schema = view.schema;
            node.name = view.name;
            node.view = true;
            for (const model::Column &column : view.outputColumns)
                node.rows.append(ColumnRow{.name = column.name, .type = column.type});
            if (view.outputColumns.isEmpty())
                for (const QString &column : view.columns)
                    node.rows.append(ColumnRow{.name = column});
            index.insert(id, int(graph.nodes.size()));
            graph.nodes.append(std::move(node));
        }
    }

    // Soft references by referencing table, in the table's column order.
    QHash<int, QList<const review::SoftReference *>> softOf;
    if (options.softEdges && review) {
        for (const review::SoftReference &soft : review->softReferences) {
            if (!soft.table || !soft.target)
                continue;
            const int from = index.value(soft.table->qualifiedName(), -1);
            const int to = index.value(soft.target->qualifiedName(), -1);
            if (from >= 0 && to >= 0)
                softOf[from].append(&soft);
        }
    }

    QSet<QString> edgeIds;
    auto uniqueId = [&](QString id) {
        const QString base = id;
        for (int n = 2; edgeIds.contains(id); ++n)
            id = base + QLatin1Char('#') + QString::number(n);
        edgeIds.insert(id);
        return id;
    };
    for (int from = 0; from < graph.nodes.size(); ++from) {
        const QString fromId = graph.nodes.at(from).id;
        const model::Table *table = tableOf.value(fromId);
        if (!table)
            continue;
        for (const model::ForeignKey &fk : table->foreignKeys) {
            const QString target =
                nodeId(fk.refSchema.isEmpty() ? table->schema : fk.refSchema, fk.refTable);
            const int to = index.value(target, -1);
            if (to < 0)
                continue;
            Edge edge;
            const QString label =
                fk.name.isEmpty()
                    ? QLatin1Char('(') + fk.columns.join(QLatin1Char(',')) + QLatin1Char(')')
                    : fk.name;
            edge.id = uniqueId(fromId + QStringLiteral("->") + target + QLatin1Char(':') + label);
            edge.from = from;
            edge.to = to;
            edge.fromColumns = fk.columns;
            edge.toColumns = fk.refColumns;
            edge.name = fk.name;
            edge.onDelete = fk.onDelete;
            edge.optional =
                std::any_of(fk.columns.cbegin(), fk.columns.cend(), [&](const QString &c) {
                    const model::Column *column = table->column(c);
                    return column && column->nullable;
                });
            edge.oneToOne = isUniqueSet(*table, fk.columns);
            graph.edges.append(std::move(edge));
        }
        QList<const review::SoftReference *> softs = softOf.value(from);
        std::stable_sort(softs.begin(), softs.end(), [&](const auto *a, const auto *b) {
            return columnOrder(*table, a->column) < columnOrder(*table, b->column);
        });
        for (const review::SoftReference *soft : std::as_const(softs)) {
            const int to = index.value(soft->target->qualifiedName());
            Edge edge;
            edge.id = uniqueId(fromId + QStringLiteral("->") + graph.nodes.at(to).id +
                               QStringLiteral(":~") + soft->column);
            edge.from = from;
            edge.to = to;
            edge.fromColumns = {soft->column};
            if (!soft->targetColumn.isEmpty())
                edge.toColumns = {soft->targetColumn};
            edge.soft = true;
            const model::Column *column = table->column(soft->column);
            edge.optional = !column || column->nullable;
            edge.oneToOne = isUniqueSet(*table, {soft->column});
            graph.edges.append(std::move(edge));
            for (ColumnRow &row : graph.nodes[from].rows)
                if (row.name == soft->column)
                    row.softKey = true;
        }
    }

    if (!options.focus.isEmpty())
        applyFocus(graph, options.focus, std::max(0, options.depth));

    // What each view reads: after the keys, so the FK edges keep their order.
    if (options.includeViews) {
        for (const model::View &view : schema.views) {
            const int from = index.value(nodeId(view.schema, view.name), -1);
            if (from < 0)
                continue;
            QSet<int> seen;
            for (const QString &read : view.dependsOn) {
                const int to = index.value(read, -1);
                if (to < 0 || to == from || seen.contains(to))
                    continue;
                seen.insert(to);
                Edge edge;
                edge.id = graph.nodes.at(from).id + QStringLiteral("->") + graph.nodes.at(to).id +
                          QStringLiteral(":reads");
                edge.from = from;
                edge.to = to;
                edge.onDelete.clear();
                edge.dependency = true;
                graph.edges.append(std::move(edge));
            }
        }
    }

    if (options.findings && review) {
        MarkIndex marks(graph);
        for (const Finding &finding : review->findings)
            marks.add(finding);
    }
    assignClusters(graph, options.clustering);
    return graph;
}

void addMarks(ErGraph &graph, const review::Finding &finding)
{
    MarkIndex(graph).add(finding);
}

} // namespace schemalens::graph
