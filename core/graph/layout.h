#pragma once

#include "core/graph/ergraph.h"
#include "core/util/result.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <cmath>
#include <functional>

namespace schemalens::graph {

// Node geometry decided by whoever measures text (core/render, with real font metrics): the
// box size, and the vertical centre of each column row relative to the box top, so that
// edges attach to the FK column's row (ports).
struct NodeGeometry {
    QSizeF size;        // points
    QList<double> rowY; // centre of row i, from the top of the box
};

struct LayoutOptions {
    // "auto" or "compact": the compact layout (core/graph/compactlayout.h) — dense, in the
    // shape ASPECT asks for, clusters as domains, edges routed around tables. "dot", "sfdp",
    // "neato", "fdp": Graphviz's own picture (dot's splines; straight attachments otherwise).
    QString engine = QStringLiteral("auto");
    double aspect = 1.6;        // width / height of the whole ("auto" and "compact"): 16:10
    bool leftToRight = true;    // dot rankdir=LR
    bool clusters = true;       // draw TableNode::cluster groups
    double nodeSeparation = 28; // points
    double rankSeparation = 72; // points
};

struct EdgeGeometry {
    // Cubic bezier in scene coordinates: points[0], then (c1, c2, end) triplets.
    QList<QPointF> points;
    QPointF tail; // where the edge leaves the referencing table (at its row)
    QPointF head; // where it meets the referenced table (at its key row)

    bool operator==(const EdgeGeometry &other) const = default;
};

struct ClusterGeometry {
    QString name;
    QRectF rect;

    bool operator==(const ClusterGeometry &other) const = default;
};

// Scene coordinates: points, y down, origin at the top-left of the drawing.
struct Layout {
    QRectF bounds;
    QList<QRectF> nodes;       // index = ErGraph::nodes index
    QList<EdgeGeometry> edges; // index = ErGraph::edges index
    QList<ClusterGeometry> clusters;
    QString engine;       // the engine actually used
    QString engineReason; // why "auto" chose it (empty for an explicit engine)

    bool operator==(const Layout &other) const = default;
};

struct LayoutRequest {
    ErGraph graph;
    QList<NodeGeometry> geometry; // index = ErGraph::nodes index
    LayoutOptions options;
    // Arrange around tables placed by hand ("auto"/"compact" only): the top-left of each
    // pinned node's box, NaN (or a short list) for the nodes free to move.
    QList<QPointF> pinned;
    bool isPinned(int node) const
    {
        return node < pinned.size() && !std::isnan(pinned.at(node).x());
    }
};

// Lays out synchronously on the calling thread (all Graphviz calls are serialized inside).
// Value in, value out; no Graphviz type escapes (CONVENTIONS.md items 2-3). A Graphviz call
// cannot be interrupted: to keep a GUI or CLI responsive and cancellable use LayoutJob
// (core/graph/layoutjob.h), which runs this in a child process.
Result<Layout> computeLayout(const LayoutRequest &request);

// Progress: PERCENT 0..100 and a short phase name ("dot", "reading"...). Graphviz reports
// nothing while it runs, so the steps are coarse.
using LayoutProgress = std::function<void(int percent, const QString &phase)>;
Result<Layout> computeLayout(const LayoutRequest &request, const LayoutProgress &progress);

// What "auto" picks for GRAPH, and why (a translated sentence for a status bar or the CLI).
struct EngineChoice {
    QString engine;
    QString reason;
};
EngineChoice chooseEngine(const ErGraph &graph);

// The Graphviz input computeLayout builds for REQUEST, as DOT text (engine and every
// attribute resolved), for benchmarks against the `dot` command and for bug reports.
QByteArray layoutInputDot(const LayoutRequest &request);

// How many Graphviz layouts this process has run (tests prove cache hits skip Graphviz).
int graphvizRunCount();

} // namespace schemalens::graph
