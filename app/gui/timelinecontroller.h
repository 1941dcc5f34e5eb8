#pragma once

#include "app/gui/diffdiagram.h"
#include "app/gui/document.h"
#include "core/diff/schemadiff.h"

#include <QObject>

#include <memory>

namespace schemalens::gui {

class DiagramScene;

// Puts a point of the document's migration history (or a comparison with another source) on
// the diagram: the schema as it was after migration TO, with what migrations FROM+1..TO
// changed marked (added green, changed amber, removed as red ghosts), every table where the
// full schema's arrangement has it. Snapshots come from the load (LoadOptions::snapshots),
// so a step is a diff of two of them and a new scene, not a reload. restore() puts the full
// schema's diagram back.
class TimelineController : public QObject {
    Q_OBJECT
public:
    explicit TimelineController(DiagramScene *scene, QObject *parent = nullptr);

    // A new document (or none): back to not active, positions forgotten.
    void setDocument(DocumentPtr document);
    DocumentPtr document() const { return m_document; }
    int migrationCount() const;
    bool hasHistory() const; // more than one migration, with snapshots
    bool isActive() const { return m_active; }

    // The schema after TO migrations, marked with what migrations FROM+1..TO changed
    // (0 <= FROM < TO <= migrationCount()).
    void showRange(int from, int to);
    // OTHER compared with the document: OTHER's schema drawn, marked against the document's
    // (the document is the old side, OTHER the new).
    void showComparison(std::shared_ptr<const load::LoadResult> other);
    // The full schema's diagram again, as the window laid it out.
    void restore();

    int shownFrom() const { return m_from; }
    int shownTo() const { return m_to; }
    bool isComparison() const { return m_comparison != nullptr; }
    const diff::SchemaDiff &shownDiff() const { return m_diff; }
    // Milliseconds the last step took (diff, diagram, scene).
    qint64 lastStepMs() const { return m_lastStepMs; }

Q_SIGNALS:
    void shown();    // a step or a comparison is on the scene
    void restored(); // the full schema's diagram is back

private:
    void captureBase();
    void apply(const DiffDiagram &diagram);

    DiagramScene *m_scene;
    DocumentPtr m_document;
    PositionBook m_positions;
    render::MeasureCache m_measureCache;
    graph::ErGraph m_baseGraph;
    graph::Layout m_baseLayout;
    bool m_active = false;
    int m_from = -1;
    int m_to = -1;
    std::shared_ptr<const load::LoadResult> m_comparison;
    diff::SchemaDiff m_diff;
    qint64 m_lastStepMs = 0;
};

} // namespace schemalens::gui
