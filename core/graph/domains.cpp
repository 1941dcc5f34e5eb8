#include "core/graph/domains.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace schemalens::graph {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(graph)
};

constexpr int kMaxDomain = 90; // larger communities are split again
constexpr int kMinDomain = 4;  // smaller ones join the domain they reference most

// The first word of a snake_case or camelCase name: "billing" of "billing_invoices".
QString prefixOf(const QString &name)
{
    const qsizetype underscore = name.indexOf(QLatin1Char('_'), 1);
    if (underscore > 0)
        return name.left(underscore).toLower();
    for (qsizetype i = 1; i < name.size(); ++i)
        if (name.at(i).isUpper() && name.at(i - 1).isLower())
            return name.left(i).toLower();
    return name.toLower();
}

struct WeightedGraph {
    int n = 0;
    QList<QList<std::pair<int, double>>> adjacent; // without self-loops
    QList<double> self;                            // weight of self-loops
};

WeightedGraph weighted(int n, const QList<std::pair<int, int>> &edges, const QList<double> &weights)
{
    WeightedGraph g;
    g.n = n;
    g.adjacent.resize(n);
    g.self.resize(n, 0);
    QList<QHash<int, double>> sums(n);
    for (int i = 0; i < edges.size(); ++i) {
        const auto [a, b] = edges.at(i);
        const double w = i < weights.size() ? weights.at(i) : 1.0;
        if (a == b) {
            g.self[a] += w;
            continue;
        }
        sums[a][b] += w;
        sums[b][a] += w;
    }
    for (int v = 0; v < n; ++v) {
        QList<int> keys = sums.at(v).keys();
        std::sort(keys.begin(), keys.end());
        for (int w : std::as_const(keys))
            g.adjacent[v].append({w, sums.at(v).value(w)});
    }
    return g;
}

// One level of Louvain: local moves until no node improves modularity.
QList<int> localMoves(const WeightedGraph &g, double resolution)
{
    QList<int> community(g.n);
    std::iota(community.begin(), community.end(), 0);
    QList<double> degree(g.n, 0), total(g.n, 0);
    double m2 = 0;
    for (int v = 0; v < g.n; ++v) {
        degree[v] = 2 * g.self.at(v);
        for (const auto &[w, weight] : g.adjacent.at(v))
            degree[v] += weight;
        total[v] = degree[v];
        m2 += degree[v];
    }
    if (m2 <= 0)
        return community;
    for (int pass = 0; pass < 32; ++pass) {
        bool moved = false;
        for (int v = 0; v < g.n; ++v) {
            const int own = community.at(v);
            QMap<int, double> links; // neighbouring community -> weight (ordered: deterministic)
            for (const auto &[w, weight] : g.adjacent.at(v))
                links[community.at(w)] += weight;
            total[own] -= degree.at(v);
            int best = own;
            double bestGain = links.value(own) - resolution * total.at(own) * degree.at(v) / m2;
            for (auto it = links.cbegin(); it != links.cend(); ++it) {
                const double gain =
                    it.value() - resolution * total.at(it.key()) * degree.at(v) / m2;
                if (gain > bestGain + 1e-12) {
                    bestGain = gain;
                    best = it.key();
                }
            }
            total[best] += degree.at(v);
            if (best != own) {
                community[v] = best;
                moved = true;
            }
        }
        if (!moved)
            break;
    }
    return community;
}

QList<int> renumbered(const QList<int> &community)
{
    QHash<int, int> number;
    QList<int> out;
    out.reserve(community.size());
    for (int c : community) {
        auto it = number.constFind(c);
        if (it == number.cend())
            it = number.insert(c, int(number.size()));
        out.append(it.value());
    }
    return out;
}

QString nodeName(const TableNode &node, bool qualified)
{
    return qualified && !node.schema.isEmpty() ? node.schema + QStringLiteral(": ") + node.name
                                               : node.name;
}

} // namespace

std::optional<Grouping> groupingFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("none"))
        return Grouping::None;
    if (n == QLatin1String("schema"))
        return Grouping::Schema;
    if (n == QLatin1String("prefix"))
        return Grouping::Prefix;
    if (n == QLatin1String("community"))
        return Grouping::Community;
    return std::nullopt;
}

QString groupingName(Grouping grouping)
{
    switch (grouping) {
    case Grouping::None:
        return QStringLiteral("none");
    case Grouping::Schema:
        return QStringLiteral("schema");
    case Grouping::Prefix:
        return QStringLiteral("prefix");
    case Grouping::Community:
        return QStringLiteral("community");
    }
    return QStringLiteral("none");
}

QList<int> louvainCommunities(int n, const QList<std::pair<int, int>> &edges,
                              const QList<double> &weights, double resolution)
{
    QList<int> membership(n);
    std::iota(membership.begin(), membership.end(), 0);
    WeightedGraph g = weighted(n, edges, weights);
    for (int level = 0; level < 16; ++level) {
        const QList<int> community = renumbered(localMoves(g, resolution));
        const int count =
            community.isEmpty() ? 0 : *std::max_element(community.cbegin(), community.cend()) + 1;
        for (int &m : membership)
            m = community.at(m);
        if (count == g.n)
            break;
        // Aggregate: one node per community.
        QList<std::pair<int, int>> aggregated;
        QList<double> aggregatedWeights;
        for (int v = 0; v < g.n; ++v) {
            if (g.self.at(v) > 0) {
                aggregated.append({community.at(v), community.at(v)});
                aggregatedWeights.append(g.self.at(v));
            }
            for (const auto &[w, weight] : g.adjacent.at(v))
                if (v < w) {
                    aggregated.append({community.at(v), community.at(w)});
                    aggregatedWeights.append(weight);
                }
        }
        g = weighted(count, aggregated, aggregatedWeights);
    }
    return renumbered(membership);
}

int domainTableCount(const ErGraph &graph)
{
    return int(std::count_if(graph.nodes.cbegin(), graph.nodes.cend(),
                             [](const TableNode &n) { return !n.view && !n.external && !n.stub; }));
}

Grouping defaultGrouping(const ErGraph &graph)
{
    return domainTableCount(graph) > kDomainThreshold ? Grouping::Community : Grouping::Schema;
}

void assignDomains(ErGraph &graph, Grouping grouping)
{
    const int n = int(graph.nodes.size());
    QSet<QString> schemas;
    for (const TableNode &node : std::as_const(graph.nodes))
        schemas.insert(node.schema);
    const bool several = schemas.size() > 1;
    switch (grouping) {
    case Grouping::None:
        for (TableNode &node : graph.nodes)
            node.cluster.clear();
        return;
    case Grouping::Schema:
        for (TableNode &node : graph.nodes)
            node.cluster = several ? node.schema : QString();
        return;
    case Grouping::Prefix: {
        // A prefix makes a domain when two or more tables of a schema share it; the rest of
        // a schema's tables share the schema's domain (or an unnamed one).
        QHash<QString, int> count;
        auto keyOf = [&](const TableNode &node) {
            const QString prefix = prefixOf(node.name);
            return several ? node.schema + QStringLiteral(": ") + prefix : prefix;
        };
        for (const TableNode &node : std::as_const(graph.nodes))
            ++count[keyOf(node)];
        for (TableNode &node : graph.nodes) {
            const QString key = keyOf(node);
            node.cluster = count.value(key) > 1 ? key : (several ? node.schema : QString());
        }
        return;
    }
    case Grouping::Community:
        break;
    }

    // Communities within each schema: references across schemas do not pull tables together.
    QList<std::pair<int, int>> edges;
    QList<double> weights;
    QList<int> degree(n, 0);
    for (const Edge &edge : std::as_const(graph.edges)) {
        if (edge.selfLoop())
            continue;
        ++degree[edge.from];
        ++degree[edge.to];
        if (graph.nodes.at(edge.from).schema != graph.nodes.at(edge.to).schema)
            continue;
        edges.append({edge.from, edge.to});
        weights.append(edge.soft ? 0.5 : 1.0);
    }
    QList<int> community = louvainCommunities(n, edges, weights);

    // Split communities that are too large to read as one domain: Louvain again on their
    // own subgraph, at a higher resolution.
    for (int round = 0; round < 4; ++round) {
        QHash<int, QList<int>> members;
        for (int v = 0; v < n; ++v)
            members[community.at(v)].append(v);
        bool split = false;
        int next = *std::max_element(community.cbegin(), community.cend()) + 1;
        QList<int> keys = members.keys();
        std::sort(keys.begin(), keys.end());
        for (int c : std::as_const(keys)) {
            const QList<int> &inside = members.value(c);
            if (inside.size() <= kMaxDomain)
                continue;
            QHash<int, int> local;
            for (int k = 0; k < inside.size(); ++k)
                local.insert(inside.at(k), k);
            QList<std::pair<int, int>> subEdges;
            QList<double> subWeights;
            for (int e = 0; e < edges.size(); ++e) {
                const int a = local.value(edges.at(e).first, -1);
                const int b = local.value(edges.at(e).second, -1);
                if (a >= 0 && b >= 0) {
                    subEdges.append({a, b});
                    subWeights.append(weights.at(e));
                }
            }
            const QList<int> sub =
                louvainCommunities(int(inside.size()), subEdges, subWeights, 2.0 + round);
            const int parts = *std::max_element(sub.cbegin(), sub.cend()) + 1;
            if (parts < 2)
                continue;
            for (int k = 0; k < inside.size(); ++k)
                community[inside.at(k)] = sub.at(k) == 0 ? c : next + sub.at(k) - 1;
            next += parts - 1;
            split = true;
        }
        if (!split)
            break;
    }

    // Small communities join the one they share most references with (same schema).
    for (int round = 0; round < 3; ++round) {
        QHash<int, int> size;
        for (int c : std::as_const(community))
            ++size[c];
        bool merged = false;
        for (int v = 0; v < n; ++v) {
            const int c = community.at(v);
            if (size.value(c) >= kMinDomain || degree.at(v) == 0)
                continue;
            QMap<int, int> links;
            for (const auto &[a, b] : std::as_const(edges)) {
                if (a == v && community.at(b) != c)
                    ++links[community.at(b)];
                if (b == v && community.at(a) != c)
                    ++links[community.at(a)];
            }
            int best = -1, bestLinks = 0;
            for (auto it = links.cbegin(); it != links.cend(); ++it)
                if (it.value() > bestLinks) {
                    best = it.key();
                    bestLinks = it.value();
                }
            if (best < 0)
                continue;
            --size[c];
            ++size[best];
            community[v] = best;
            merged = true;
        }
        if (!merged)
            break;
    }

    // Names: the most referenced table of each community; unreferenced tables share one.
    QHash<int, int> hub;
    for (int v = 0; v < n; ++v) {
        if (degree.at(v) == 0)
            continue;
        const int c = community.at(v);
        const auto it = hub.constFind(c);
        if (it == hub.cend() || degree.at(v) > degree.at(it.value()))
            hub.insert(c, v);
    }
    const QString loose = Tr::tr("Unreferenced tables");
    for (int v = 0; v < n; ++v) {
        TableNode &node = graph.nodes[v];
        if (degree.at(v) == 0)
            node.cluster = several ? node.schema + QStringLiteral(": ") + loose : loose;
        else
            node.cluster = nodeName(graph.nodes.at(hub.value(community.at(v))), several);
    }
}

Domains summariseDomains(const ErGraph &graph)
{
    Domains domains;
    QHash<QString, int> index;
    domains.domainOf.reserve(graph.nodes.size());
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const TableNode &node = graph.nodes.at(i);
        auto it = index.constFind(node.cluster);
        if (it == index.cend()) {
            it = index.insert(node.cluster, int(domains.domains.size()));
            domains.domains.append({node.cluster, {}});
        }
        DomainSummary &domain = domains.domains[it.value()];
        domain.nodes.append(i);
        domain.errors += node.marks.errors;
        domain.warnings += node.marks.warnings;
        domain.infos += node.marks.infos;
        domains.domainOf.append(it.value());
    }
    QMap<std::pair<int, int>, int> links;
    for (const Edge &edge : graph.edges) {
        const int a = domains.domainOf.at(edge.from), b = domains.domainOf.at(edge.to);
        if (a != b)
            ++links[{std::min(a, b), std::max(a, b)}];
    }
    for (auto it = links.cbegin(); it != links.cend(); ++it)
        domains.links.append({it.key().first, it.key().second, it.value()});
    return domains;
}

} // namespace schemalens::graph
