#include "app/gui/timelinecontroller.h"

#include "app/gui/diagramscene.h"
#include "core/diff/historydiff.h"

#include <QElapsedTimer>

namespace schemalens::gui {

namespace {

QString nodeId(const QString &schema, const QString &name)
{
    return schema + QLatin1Char('.') + name;
}

} // namespace

TimelineController::TimelineController(DiagramScene *scene, QObject *parent)
    : QObject(parent)
    , m_scene(scene)
{}

void TimelineController::setDocument(DocumentPtr document)
{
    m_document = std::move(document);
    m_active = false;
    m_from = m_to = -1;
    m_comparison.reset();
    m_diff = {};
    m_positions = PositionBook();
    m_baseGraph = {};
    m_baseLayout = {};
}

int TimelineController::migrationCount() const
{
    return m_document ? int(m_document->loaded.source.units.size()) : 0;
}

bool TimelineController::hasHistory() const
{
    return m_document && migrationCount() > 0 &&
           m_document->loaded.snapshots.size() == migrationCount();
}

void TimelineController::captureBase()
{
    if (m_active)
        return;
    // The window's diagram of the full schema: its arrangement is where tables stay.
    m_baseGraph = m_scene->graph();
    m_baseLayout = m_scene->layout();
    m_positions.setBase(m_baseGraph, m_baseLayout);
    m_active = true;
}

void TimelineController::showRange(int from, int to)
{
    if (!hasHistory())
        return;
    const int count = migrationCount();
    to = std::clamp(to, 0, count);
    from = std::clamp(from, 0, to);
    QElapsedTimer timer;
    timer.start();
    captureBase();
    const load::LoadResult &loaded = m_document->loaded;
    const model::Schema before = diff::schemaAt(loaded, from);
    const model::Schema after = diff::schemaAt(loaded, to);
    m_diff = diff::diffPoints(loaded, from, to);
    // Names at each end mapped to the full schema's, where tables sit in the arrangement.
    const bool sqlite = loaded.source.dialect == load::Dialect::SQLite;
    const diff::Renames afterToEnd =
        diff::Renames::fromHistory(after, diff::changesBetween(loaded, to, count), sqlite);
    const diff::Renames beforeToEnd =
        diff::Renames::fromHistory(before, diff::changesBetween(loaded, from, count), sqlite);
    DiffDiagramInput input;
    input.oldSchema = &before;
    input.newSchema = &after;
    input.diff = &m_diff;
    input.newToBase = [&afterToEnd](const QString &schema, const QString &name) {
        const auto [s, n] = afterToEnd.table(schema, name);
        return nodeId(s, n);
    };
    input.oldToBase = [&beforeToEnd](const QString &schema, const QString &name) {
        const auto [s, n] = beforeToEnd.table(schema, name);
        return nodeId(s, n);
    };
    const DiffDiagram diagram =
        buildDiffDiagram(input, m_positions, m_scene->theme(), &m_measureCache);
    m_from = from;
    m_to = to;
    m_comparison.reset();
    apply(diagram);
    m_lastStepMs = timer.elapsed();
    Q_EMIT shown();
}

void TimelineController::showComparison(std::shared_ptr<const load::LoadResult> other)
{
    if (!m_document || !other)
        return;
    QElapsedTimer timer;
    timer.start();
    captureBase();
    const model::Schema &before = m_document->loaded.schema;
    const model::Schema &after = other->schema;
    m_diff = diff::diffSources(m_document->loaded, *other);
    // The other source's tables sit where the document's do; renamed ones where their old
    // name does.
    QHash<QString, QString> oldIdOfNew;
    for (const diff::Entry &e : std::as_const(m_diff.entries))
        if (e.kind == diff::ObjectKind::Table && e.change == diff::ChangeKind::Renamed)
            oldIdOfNew.insert(nodeId(e.schema, e.table), nodeId(e.oldSchema, e.oldTable));
    DiffDiagramInput input;
    input.oldSchema = &before;
    input.newSchema = &after;
    input.diff = &m_diff;
    input.newToBase = [&oldIdOfNew](const QString &schema, const QString &name) {
        const QString id = nodeId(schema, name);
        return oldIdOfNew.value(id, id);
    };
    const DiffDiagram diagram =
        buildDiffDiagram(input, m_positions, m_scene->theme(), &m_measureCache);
    m_from = m_to = -1;
    m_comparison = std::move(other);
    apply(diagram);
    m_lastStepMs = timer.elapsed();
    Q_EMIT shown();
}

void TimelineController::apply(const DiffDiagram &diagram)
{
    m_scene->setDiagram(diagram.graph, diagram.layout, diagram.metrics);
    m_scene->setDiffMarks(diagram.tableMarks, diagram.rowMarks, diagram.edgeMarks);
}

void TimelineController::restore()
{
    if (!m_active)
        return;
    m_active = false;
    m_from = m_to = -1;
    m_comparison.reset();
    m_diff = {};
    const bool measured = m_document && m_document->metrics.size() == m_baseGraph.nodes.size();
    m_scene->setDiagram(m_baseGraph, m_baseLayout,
                        measured ? m_document->metrics : QList<render::TableMetrics>());
    Q_EMIT restored();
}

} // namespace schemalens::gui
