#pragma once

#include "core/model/schema.h"
#include "core/review/engine.h"

#include <QHash>

#include <optional>

namespace schemalens::graph {

// Counts of findings on one object, by severity, and the worst of them.
struct Marks {
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    QStringList messages; // "rule: message" lines, for tooltips
    bool any() const { return errors + warnings + infos > 0; }
    std::optional<review::Severity> worst() const;
    void add(const review::Finding &finding);
};

struct ColumnRow {
    QString name;
    QString type;
    bool primaryKey = false;
    bool foreignKey = false;  // part of a declared FK
    bool softKey = false;     // an inferred (soft) reference
    bool unique = false;      // alone a unique key
    bool inUniqueKey = false; // part of a unique constraint or unique index (composite too)
    bool notNull = false;
    Marks marks;
};

struct TableNode {
    QString id; // "schema.name", unique in the graph
    QString schema;
    QString name;
    bool view = false;
    bool external = false;
    QString cluster; // schema, or name prefix, or empty (GraphOptions::clustering)
    QList<ColumnRow> rows;
    std::optional<qint64> rowCount;
    Marks marks;        // findings on the table itself and on its columns
    int hiddenRows = 0; // columns a column mode left out (graph::projectColumns)
    // A table outside a view that one of the view's tables references (or is referenced
    // by): drawn as a small label so that the edge ends somewhere (graph::viewGraph).
    bool stub = false;
};

// One edge per FK (composite FKs included, self-loops kept) and one dashed edge per soft FK.
struct Edge {
    QString id;    // "from->to:constraint" (soft: "from->to:~column"), unique in the graph
    int from = -1; // node index of the referencing table
    int to = -1;   // node index of the referenced table
    QStringList fromColumns;
    QStringList toColumns;
    QString name;                                   // constraint name, empty for a soft FK
    QString onDelete = QStringLiteral("no action"); // DESIGN.md words
    bool soft = false;
    bool optional = true;  // some FK column is nullable: the child may have no parent
    bool oneToOne = false; // the FK columns are themselves unique: at most one child
    // A view (from) reads this table or view (to): no key and no cardinality, drawn dotted.
    bool dependency = false;
    Marks marks;
    bool selfLoop() const { return from == to; }
};

struct ErGraph {
    QList<TableNode> nodes;
    QList<Edge> edges;
    int indexOf(const QString &nodeId) const; // -1 when absent
    // "schema.table" (the id), else a bare table name when exactly one node has it; -1 otherwise.
    int findNode(const QString &nameOrId) const;
    // False when GraphOptions::focus named no table (the graph is then empty).
    bool focusFound = true;
};

struct GraphOptions {
    // Schema: clusters by schema when there are several. Prefix: by the first word of table
    // names. Community: groups of tables tied together by foreign keys (core/graph/domains.h).
    enum class Clustering { None, Schema, Prefix, Community };
    bool includeViews = false; // views as nodes, with dependency edges to what they read
    bool findings = true;      // attach the review's marks
    bool softEdges = true;     // dashed soft-FK edges
    QStringList schemas;       // only these schemas (empty: all)
    QString focus;             // "schema.table" or "table": only its neighbourhood
    int depth = 1;             // hops around focus, over FK and soft edges in both directions
    Clustering clustering = Clustering::Schema; // schema clusters only when there are several
    bool includeExternal = true;                // external stubs referenced by FKs
};

// Builds the graph of SCHEMA with the findings of REVIEW (may be null). Nodes come in the
// model's order, edges in the order of their tables' FKs, so equal input gives an equal graph.
ErGraph buildGraph(const model::Schema &schema, const review::ReviewResult *review,
                   const GraphOptions &options = {});

// Adds FINDING's marks to GRAPH (its table, column rows and edge), as buildGraph does for
// each finding of the review.
void addMarks(ErGraph &graph, const review::Finding &finding);

} // namespace schemalens::graph
