#include "app/gui/diagramcontroller.h"

#include "app/gui/diagramitems.h"
#include "app/gui/diagramscene.h"
#include "app/gui/timing.h"
#include "core/graph/arrangement.h"
#include "core/graph/domains.h"
#include "core/graph/layoutjob.h"
#include "core/graph/router.h"
#include "core/render/measure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace schemalens::gui {

// One diagram as the scene shows it: the graph of the mode and view, its measured boxes,
// the automatic layout (without the hand arrangement) and, per node, the node of the
// document's graph it stands for.
struct DiagramController::Prepared {
    graph::ErGraph graph;
    QList<render::TableMetrics> metrics;
    QList<graph::NodeGeometry> geometry;
    graph::Layout automatic;
    bool laidOut = false;
};

namespace {

// Runs WORK on the thread pool and DONE on the UI thread with its result, unless the
// controller is gone.
template <typename T, typename Work, typename Done>
void inBackground(QObject *context, Work work, Done done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

// Cluster frames (domains) around their tables where they are now.
QList<graph::ClusterGeometry> framesAround(const graph::ErGraph &graph, const QList<QRectF> &nodes,
                                           const QList<graph::ClusterGeometry> &clusters)
{
    QList<graph::ClusterGeometry> frames;
    for (const graph::ClusterGeometry &cluster : clusters) {
        QRectF rect;
        for (int i = 0; i < graph.nodes.size() && i < nodes.size(); ++i)
            if (graph.nodes.at(i).cluster == cluster.name)
                rect |= nodes.at(i);
        if (!rect.isNull())
            frames.append({cluster.name, rect.adjusted(-14, -40, 14, 14)});
    }
    return frames;
}

} // namespace

// One change of the hand arrangement of a mode and view: undo puts the one before back.
class ArrangementCommand : public QUndoCommand {
public:
    ArrangementCommand(DiagramController *controller, const QString &text,
                       graph::Arrangement before, graph::Arrangement after, bool inPlace)
        : QUndoCommand(text)
        , m_controller(controller)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_inPlace(inPlace)
    {}
    void undo() override { m_controller->applyArrangement(m_before); }
    void redo() override
    {
        if (m_inPlace) {
            // The tables are already there (dragged): record it, pin and re-route only.
            m_inPlace = false;
            m_controller->storeArrangement(m_after);
            return;
        }
        m_controller->applyArrangement(m_after);
    }

private:
    DiagramController *m_controller;
    graph::Arrangement m_before;
    graph::Arrangement m_after;
    bool m_inPlace;
};

DiagramController::DiagramController(DiagramScene *scene, graph::LayoutJob *job, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
    , m_job(job)
    , m_saveTimer(new QTimer(this))
    , m_undo(new QUndoGroup(this))
{
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(300);
    connect(m_saveTimer, &QTimer::timeout, this, &DiagramController::save);
    connect(m_job, &graph::LayoutJob::finished, this, &DiagramController::layoutFinished);
    connect(m_job, &graph::LayoutJob::progress, this, &DiagramController::progress);
    connect(m_scene, &DiagramScene::tablesMoved, this, &DiagramController::onTablesMoved);
    m_undo->setActiveStack(undoStack());
}

DiagramController::~DiagramController()
{
    if (m_saveTimer->isActive())
        save();
    if (m_scene)
        m_scene->disconnect(this);
}

QString DiagramController::dataDirectory()
{
    return graph::layoutDataDirectory();
}

bool DiagramController::isBusy() const
{
    return m_pending > 0 || (m_job && m_job->isRunning());
}

void DiagramController::cancel()
{
    ++m_generation;
    m_pending = 0;
    if (m_job)
        m_job->cancel();
}

void DiagramController::clear()
{
    cancel();
    if (m_saveTimer->isActive())
        save();
    m_document.reset();
    m_prepared.reset();
    m_file = {};
    m_filePath.clear();
    m_problems.clear();
    for (QUndoStack *stack : std::as_const(m_stacks))
        stack->clear();
}

QString DiagramController::stackKey() const
{
    return graph::columnModeName(m_mode) + QLatin1Char('|') + m_view;
}

QUndoStack *DiagramController::undoStack()
{
    QUndoStack *&stack = m_stacks[stackKey()];
    if (!stack) {
        stack = new QUndoStack(m_undo);
        m_undo->addStack(stack);
    }
    return stack;
}

void DiagramController::setDocument(DocumentPtr document, bool fresh)
{
    const bool sameSource = m_document && document && m_document->source == document->source;
    if (m_saveTimer->isActive())
        save();
    m_document = std::move(document);
    if (!sameSource) {
        for (QUndoStack *stack : std::as_const(m_stacks))
            stack->clear();
        m_view.clear();
    }
    readLayoutFile();
    if (!m_view.isEmpty() && !m_file.views.contains(m_view)) {
        m_view.clear();
        Q_EMIT viewChanged(m_view);
    }
    m_undo->setActiveStack(undoStack());
    Q_EMIT viewsChanged();
    start(fresh || !sameSource);
}

void DiagramController::readLayoutFile()
{
    m_file = {};
    m_problems.clear();
    m_lastWritten.clear();
    m_filePath =
        m_document ? graph::layoutFilePath(m_document->source, dataDirectory()) : QString();
    if (m_filePath.isEmpty())
        return;
    const Result<graph::ParsedLayoutFile> parsed = graph::readLayoutFile(m_filePath);
    if (!parsed) {
        m_problems.append(parsed.error().toString());
    } else {
        m_file = parsed->file;
        for (const graph::LayoutFileProblem &p : parsed->problems)
            m_problems.append(QStringLiteral("%1: %2: %3")
                                  .arg(QFileInfo(m_filePath).fileName(), p.path, p.message));
    }
    QFile file(m_filePath);
    if (file.open(QIODevice::ReadOnly))
        m_lastWritten = file.readAll();
    m_snapshot = directorySnapshot(QFileInfo(m_filePath).absolutePath());
    if (!m_problems.isEmpty())
        Q_EMIT message(m_problems.join(QLatin1String("; ")));
}

void DiagramController::setColumnMode(graph::ColumnMode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_undo->setActiveStack(undoStack());
    Q_EMIT columnModeChanged(mode);
    if (m_document)
        start(true);
}

void DiagramController::showView(const QString &name)
{
    if (!name.isEmpty() && !m_file.views.contains(name))
        return;
    if (name == m_view && m_prepared)
        return;
    m_view = name;
    m_undo->setActiveStack(undoStack());
    Q_EMIT viewChanged(name);
    if (m_document)
        start(true);
}

void DiagramController::start(bool fresh)
{
    const quint64 generation = ++m_generation;
    m_pending = 1;
    m_fresh = fresh;
    m_arranging = false;
    if (m_job)
        m_job->cancel();
    if (!m_document) {
        m_pending = 0;
        return;
    }
    const DocumentPtr document = m_document;
    const graph::ColumnMode mode = m_mode;
    const bool inView = !m_view.isEmpty();
    const QStringList tables = m_file.views.value(m_view).tables;
    Q_EMIT progress(0, QStringLiteral("measuring"));
    inBackground<std::shared_ptr<Prepared>>(
        this,
        [document, mode, inView, tables] {
            const PhaseTimer timer("diagram: prepare (worker)");
            auto prepared = std::make_shared<Prepared>();
            graph::ErGraph graph =
                inView ? graph::viewGraph(document->graph, tables) : document->graph;
            if (!inView)
                graph::assignDomains(graph, graph::defaultGrouping(graph));
            prepared->graph = graph::projectColumns(graph, mode);
            const render::MeasureOptions options{
                .findings = true, .showSchema = render::spansSchemas(prepared->graph)};
            render::MeasureCache cache;
            const render::Theme theme = render::Theme::light(); // fonts are the same in all
            prepared->metrics.reserve(prepared->graph.nodes.size());
            prepared->geometry.reserve(prepared->graph.nodes.size());
            for (const graph::TableNode &node : std::as_const(prepared->graph.nodes)) {
                prepared->metrics.append(render::tableMetrics(node, theme, options, &cache));
                prepared->geometry.append(
                    {prepared->metrics.last().size, prepared->metrics.last().rowCentres()});
            }
            return prepared;
        },
        [this, generation](std::shared_ptr<Prepared> prepared) {
            if (generation != m_generation)
                return;
            m_prepared = prepared;
            if (prepared->graph.nodes.isEmpty()) {
                m_pending = 0;
                m_scene->clearDiagram();
                Q_EMIT diagramShown(m_fresh);
                return;
            }
            graph::LayoutRequest request;
            request.graph = prepared->graph;
            request.geometry = prepared->geometry;
            request.options.aspect = m_aspect;
            m_pending = 0;
            m_job->start(request);
        });
}

void DiagramController::layoutFinished()
{
    const std::shared_ptr<Prepared> prepared = m_prepared;
    if (!prepared || !m_job)
        return;
    const auto &result = m_job->result();
    if (!result || !*result) {
        m_arranging = false;
        Q_EMIT failed(result ? result->error().toString()
                             : tr("The diagram could not be laid out."));
        return;
    }
    if (m_arranging) {
        // Arrange: the new positions become the arrangement, pinned tables as they were.
        m_arranging = false;
        const graph::Layout &arranged = result->value();
        const graph::Arrangement before = currentArrangement();
        const graph::Arrangement after =
            graph::arrangementOf(prepared->graph, arranged.nodes, m_scene->pinned());
        undoStack()->push(new ArrangementCommand(this, tr("Arrange"), before, after, false));
        return;
    }
    prepared->automatic = result->value();
    prepared->laidOut = true;
    const graph::Arrangement arrangement = currentArrangement();
    const quint64 generation = m_generation;
    const bool fresh = m_fresh;
    m_pending = 1;
    Q_EMIT progress(90, QStringLiteral("routing"));
    struct Shown {
        graph::Layout layout;
        QList<bool> pinned;
        QList<EdgeShapes> shapes;
    };
    inBackground<std::shared_ptr<Shown>>(
        this,
        [prepared, arrangement] {
            const PhaseTimer timer("diagram: arrange and edge shapes (worker)");
            auto shown = std::make_shared<Shown>();
            const graph::Placement placement = graph::applyArrangement(
                prepared->graph, prepared->geometry, arrangement, &prepared->automatic);
            if (placement.fromArrangement) {
                shown->layout =
                    graph::layoutFor(prepared->graph, prepared->geometry, placement.nodes);
                shown->layout.clusters =
                    framesAround(prepared->graph, placement.nodes, prepared->automatic.clusters);
                for (const graph::ClusterGeometry &frame : std::as_const(shown->layout.clusters))
                    shown->layout.bounds |= frame.rect;
                shown->layout.engine = prepared->automatic.engine;
            } else {
                shown->layout = prepared->automatic;
            }
            shown->pinned = placement.pinned;
            shown->shapes.reserve(shown->layout.edges.size());
            for (const graph::EdgeGeometry &edge : std::as_const(shown->layout.edges))
                shown->shapes.append(edgeShapes(edge));
            return shown;
        },
        [this, generation, prepared, fresh](std::shared_ptr<Shown> shown) {
            if (generation != m_generation)
                return;
            m_pending = 0;
            {
                const PhaseTimer timer("setDiagram");
                m_scene->setDiagram(prepared->graph, shown->layout, prepared->metrics,
                                    std::move(shown->shapes), shown->pinned);
            }
            Q_EMIT progress(100, QStringLiteral("done"));
            Q_EMIT diagramShown(fresh);
        });
}

graph::Arrangement DiagramController::currentArrangement() const
{
    return m_file.arrangement(m_mode, m_view);
}

void DiagramController::storeArrangement(const graph::Arrangement &arrangement)
{
    m_file.setArrangement(m_mode, arrangement, m_view);
    // Pins as the arrangement says (a drag pins what it moved).
    if (m_prepared)
        for (int i = 0; i < m_prepared->graph.nodes.size(); ++i)
            m_scene->setPinned(i,
                               arrangement.tables.value(m_prepared->graph.nodes.at(i).id).pinned);
    scheduleSave();
}

void DiagramController::applyArrangement(const graph::Arrangement &arrangement)
{
    if (!m_prepared || !m_prepared->laidOut)
        return;
    const Prepared &prepared = *m_prepared;
    const graph::Placement placement = graph::applyArrangement(prepared.graph, prepared.geometry,
                                                               arrangement, &prepared.automatic);
    QHash<int, QPointF> moves;
    QList<int> moved;
    const QList<QRectF> &now = m_scene->layout().nodes;
    for (int i = 0; i < placement.nodes.size() && i < now.size(); ++i)
        if (placement.nodes.at(i).topLeft() != now.at(i).topLeft()) {
            moves.insert(i, placement.nodes.at(i).topLeft());
            moved.append(i);
        }
    m_scene->moveTables(moves);
    storeArrangement(arrangement);
    if (!placement.fromArrangement) {
        // Back to the automatic layout: its own edges, as routed with it.
        for (int e = 0; e < prepared.automatic.edges.size(); ++e)
            m_scene->setEdgeGeometry(e, prepared.automatic.edges.at(e),
                                     edgeShapes(prepared.automatic.edges.at(e)));
        return;
    }
    reroute(m_scene->edgesOf(moved));
}

void DiagramController::reroute(const QList<int> &edges)
{
    if (edges.isEmpty())
        return;
    const quint64 generation = m_generation;
    const quint64 route = ++m_routeGeneration;
    const QList<QRectF> boxes = m_scene->layout().nodes;
    const QList<graph::EdgeGeometry> current = m_scene->layout().edges;
    const QList<graph::RouteEdge> ends = m_scene->routeEnds();
    ++m_pending;
    struct Routed {
        QList<int> edges;
        QList<graph::EdgeGeometry> geometry;
        QList<EdgeShapes> shapes;
    };
    inBackground<std::shared_ptr<Routed>>(
        this,
        [boxes, current, ends, edges] {
            const PhaseTimer timer("diagram: reroute (worker)");
            auto routed = std::make_shared<Routed>();
            routed->edges = edges;
            const QList<graph::EdgeGeometry> all = graph::rerouteEdges(boxes, ends, current, edges);
            for (int e : edges) {
                routed->geometry.append(all.at(e));
                routed->shapes.append(edgeShapes(all.at(e)));
            }
            return routed;
        },
        [this, generation, route](std::shared_ptr<Routed> routed) {
            m_pending = std::max(0, m_pending - 1);
            // A later move re-routes its own edges; a new diagram needs none of these.
            if (generation != m_generation || route != m_routeGeneration)
                return;
            for (int k = 0; k < routed->edges.size(); ++k)
                m_scene->setEdgeGeometry(routed->edges.at(k), routed->geometry.at(k),
                                         std::move(routed->shapes[k]));
            Q_EMIT m_scene->appearanceChanged();
        });
}

void DiagramController::onTablesMoved(const QList<int> &nodes, const QList<QPointF> &,
                                      const QList<QPointF> &)
{
    if (!m_prepared)
        return;
    const graph::Arrangement before = currentArrangement();
    QList<bool> pinned = m_scene->pinned();
    for (int node : nodes)
        if (node < pinned.size())
            pinned[node] = true;
    const graph::Arrangement after =
        graph::arrangementOf(m_prepared->graph, m_scene->layout().nodes, pinned);
    undoStack()->push(new ArrangementCommand(
        this,
        nodes.size() == 1 ? tr("Move %1").arg(m_prepared->graph.nodes.at(nodes.first()).name)
                          : tr("Move %n tables", nullptr, int(nodes.size())),
        before, after, true));
    // Edges of all moved tables, routed again together (they may share channels).
    reroute(m_scene->edgesOf(nodes));
}

void DiagramController::arrange()
{
    if (!m_prepared || !m_prepared->laidOut || !m_job)
        return;
    graph::LayoutRequest request;
    request.graph = m_prepared->graph;
    request.geometry = m_prepared->geometry;
    request.options.aspect = m_aspect;
    const QList<bool> pinned = m_scene->pinned();
    bool any = false;
    request.pinned.resize(request.graph.nodes.size(), QPointF(qQNaN(), qQNaN()));
    for (int i = 0; i < pinned.size(); ++i)
        if (pinned.at(i)) {
            request.pinned[i] = m_scene->layout().nodes.at(i).topLeft();
            any = true;
        }
    if (!any)
        request.pinned.clear();
    m_arranging = true;
    m_job->start(request);
}

void DiagramController::setSelectedPinned(bool pin)
{
    if (!m_prepared)
        return;
    const QList<int> nodes = m_scene->selectedNodes();
    if (nodes.isEmpty())
        return;
    QList<bool> pinned = m_scene->pinned();
    for (int node : nodes)
        pinned[node] = pin;
    const graph::Arrangement before = currentArrangement();
    const graph::Arrangement after =
        graph::arrangementOf(m_prepared->graph, m_scene->layout().nodes, pinned);
    undoStack()->push(
        new ArrangementCommand(this, pin ? tr("Pin") : tr("Unpin"), before, after, false));
}

void DiagramController::resetArrangement()
{
    const graph::Arrangement before = currentArrangement();
    if (before.isEmpty())
        return;
    undoStack()->push(
        new ArrangementCommand(this, tr("Reset Arrangement"), before, graph::Arrangement{}, false));
}

QStringList DiagramController::viewNames() const
{
    return m_file.views.keys();
}

QStringList DiagramController::viewTables(const QString &name) const
{
    return m_file.views.value(name).tables;
}

bool DiagramController::createView(const QString &name, const QStringList &tables)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || m_file.views.contains(trimmed) || tables.isEmpty())
        return false;
    graph::SavedView view;
    view.tables = tables;
    view.tables.sort();
    view.tables.removeDuplicates();
    m_file.views.insert(trimmed, view);
    scheduleSave();
    Q_EMIT viewsChanged();
    showView(trimmed);
    return true;
}

bool DiagramController::renameView(const QString &from, const QString &to)
{
    const QString trimmed = to.trimmed();
    if (!m_file.views.contains(from) || trimmed.isEmpty() || m_file.views.contains(trimmed))
        return false;
    m_file.views.insert(trimmed, m_file.views.take(from));
    scheduleSave();
    if (m_view == from) {
        m_view = trimmed;
        m_undo->setActiveStack(undoStack());
        Q_EMIT viewChanged(m_view);
    }
    Q_EMIT viewsChanged();
    return true;
}

void DiagramController::deleteView(const QString &name)
{
    if (!m_file.views.remove(name))
        return;
    scheduleSave();
    Q_EMIT viewsChanged();
    if (m_view == name)
        showView(QString());
}

void DiagramController::scheduleSave()
{
    m_saveTimer->start();
}

void DiagramController::save()
{
    m_saveTimer->stop();
    if (m_filePath.isEmpty())
        return;
    const Result<bool> written = graph::writeLayoutFile(m_filePath, m_file);
    if (!written) {
        Q_EMIT message(written.error().toString());
        return;
    }
    if (written.value()) {
        m_lastWritten = graph::serializeLayoutFile(m_file);
        m_snapshot = directorySnapshot(QFileInfo(m_filePath).absolutePath());
    }
}

QStringList DiagramController::directorySnapshot(const QString &directory) const
{
    QStringList entries;
    const QString own = QString::fromLatin1(graph::kLayoutFileName);
    const QFileInfoList infos = QDir(directory).entryInfoList(
        QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &info : infos) {
        if (info.fileName() == own || info.fileName().startsWith(own))
            continue; // the layout file and QSaveFile's temporary
        entries.append(info.fileName() + QLatin1Char('|') + QString::number(info.size()) +
                       QLatin1Char('|') + QString::number(info.lastModified().toMSecsSinceEpoch()));
    }
    return entries;
}

bool DiagramController::isOwnChange(const QString &directory)
{
    if (m_filePath.isEmpty())
        return false;
    const QString home = QFileInfo(m_filePath).absolutePath();
    if (QDir(directory).absolutePath() != QDir(home).absolutePath())
        return false;
    if (directorySnapshot(home) != m_snapshot)
        return false; // something else changed too: a real reload
    QFile file(m_filePath);
    const QByteArray text = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    if (text != m_lastWritten && m_document) {
        // Someone else changed the layout file (git checkout, an editor): take theirs.
        if (m_saveTimer->isActive())
            m_saveTimer->stop();
        readLayoutFile();
        Q_EMIT viewsChanged();
        start(false);
    }
    return true;
}

} // namespace schemalens::gui
