#pragma once

#include "core/graph/ergraph.h"

#include <optional>

namespace schemalens::graph {

// Domains: groups of tables that a large diagram shows as one labelled box each when it is
// zoomed out (issue 19: "above ~150 tables, fit shows domains"), and that the layout keeps
// together. They live in TableNode::cluster.

enum class Grouping {
    None,
    Schema,    // one domain per schema
    Prefix,    // by the first word of table names ("billing_invoices": billing)
    Community, // tables tied together by foreign keys (modularity clustering, per schema)
};

// "none", "schema", "prefix", "community".
std::optional<Grouping> groupingFromName(const QString &name);
QString groupingName(Grouping grouping);

// Above this many tables a diagram is grouped into domains unless told otherwise.
inline constexpr int kDomainThreshold = 150;

// The tables of GRAPH that count against kDomainThreshold: its own tables, not the views
// and external tables drawn beside them (a 136-table schema with 20 views is still read
// table by table).
int domainTableCount(const ErGraph &graph);

// Sets every node's cluster to its domain. Community domains are named after their most
// connected table ("orders"; "billing: orders" when the diagram spans several schemas);
// tables with no reference at all share one domain ("Unreferenced tables"). Deterministic:
// the same graph gives the same domains.
void assignDomains(ErGraph &graph, Grouping grouping);

// The grouping a diagram of GRAPH gets by default: Community above kDomainThreshold tables,
// else Schema (clusters only when there are several schemas, as before).
Grouping defaultGrouping(const ErGraph &graph);

// Modularity communities (Louvain) of an undirected weighted graph of N nodes. RESOLUTION
// above 1 makes smaller communities. Returns a community number per node, numbered in order
// of first appearance.
QList<int> louvainCommunities(int n, const QList<std::pair<int, int>> &edges,
                              const QList<double> &weights, double resolution = 1.0);

// One domain as the overview draws it: its tables, the worst finding among them, and the
// references to each other domain bundled into one count.
struct DomainSummary {
    QString name;
    QList<int> nodes;
    int errors = 0, warnings = 0, infos = 0; // findings on its tables
};
struct DomainLink {
    int from = -1, to = -1; // indices into the summaries, from < to
    int count = 0;          // references between the two domains, either direction
};
struct Domains {
    QList<DomainSummary> domains; // in order of first appearance
    QList<int> domainOf;          // per node
    QList<DomainLink> links;      // sorted by (from, to)
};
// The domains GRAPH's clusters make (nodes without a cluster form one unnamed domain).
Domains summariseDomains(const ErGraph &graph);

} // namespace schemalens::graph
