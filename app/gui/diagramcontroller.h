#pragma once

#include "app/gui/diagramscene.h"
#include "app/gui/document.h"
#include "core/graph/columnmode.h"
#include "core/graph/layoutfile.h"

#include <QObject>
#include <QPointer>

class QUndoGroup;
class QUndoStack;
class QTimer;

namespace schemalens::graph {
class LayoutJob;
}

namespace schemalens::gui {

class DiagramScene;
struct EdgeShapes;

// What the diagram shows and how it is arranged, between a Document and the DiagramScene:
// the column mode (All, Keys, Names), the view (the whole schema or a named subset), the
// domains of a large schema, the automatic layout (LayoutJob, cached), and the hand
// arrangement kept in `.schemalens-layout.json` (core/graph/layoutfile.h) with undo and redo.
//
// Everything that grows with the schema runs off the UI thread: measuring the boxes of a
// mode, applying an arrangement, routing edges, preparing edge shapes. Each step belongs to
// a generation; a newer request drops the results of an older one.
class DiagramController : public QObject {
    Q_OBJECT
public:
    DiagramController(DiagramScene *scene, graph::LayoutJob *job, QObject *parent = nullptr);
    ~DiagramController() override;

    // A document arrived (or the same source was reloaded): reads its layout file and lays
    // the diagram out in the current mode and view. FRESH: a new source (the view fits).
    void setDocument(DocumentPtr document, bool fresh = true);
    DocumentPtr document() const { return m_document; }
    void clear();
    bool isBusy() const;
    void cancel();

    graph::ColumnMode columnMode() const { return m_mode; }
    void setColumnMode(graph::ColumnMode mode);
    QString currentView() const { return m_view; }
    void showView(const QString &name); // empty: the whole schema

    QUndoGroup *undoGroup() const { return m_undo; }
    QUndoStack *undoStack(); // of the current mode and view
    // Re-lays out the tables not pinned, around the pinned ones (Graphviz, off the UI thread).
    void arrange();
    // Pins or unpins the selected tables.
    void setSelectedPinned(bool pinned);
    // Forgets the hand arrangement of the current mode and view (undoable).
    void resetArrangement();

    QStringList viewNames() const;
    QStringList viewTables(const QString &name) const;
    // Saves a view of TABLES (node ids) and shows it; false when NAME is taken or empty.
    bool createView(const QString &name, const QStringList &tables);
    bool renameView(const QString &from, const QString &to);
    void deleteView(const QString &name);

    QString layoutFilePath() const { return m_filePath; }
    const graph::LayoutFile &layoutFile() const { return m_file; }
    QStringList layoutFileProblems() const { return m_problems; }
    // True when the only change in DIRECTORY since this controller last wrote the layout file
    // is that write (the source watcher then need not reload). Re-reads the layout file when
    // someone else changed it.
    bool isOwnChange(const QString &directory);
    // Where live sources keep their layout files (the application's data folder).
    static QString dataDirectory();
    // The aspect ratio (width / height) automatic layouts are made for.
    void setAspect(double aspect) { m_aspect = aspect; }

Q_SIGNALS:
    void progress(int percent, const QString &phase);
    // The scene shows the diagram. FRESH: a new source, mode or view (fit it); otherwise the
    // same diagram arranged again (keep the viewport).
    void diagramShown(bool fresh);
    void failed(const QString &message);
    void viewsChanged();
    void columnModeChanged(schemalens::graph::ColumnMode mode);
    void viewChanged(const QString &name);
    void message(const QString &text);

private:
    struct Prepared;
    void start(bool fresh);
    void layoutFinished();
    void show(std::shared_ptr<Prepared> prepared, bool fresh);
    void onTablesMoved(const QList<int> &nodes, const QList<QPointF> &from,
                       const QList<QPointF> &to);
    // Applies ARRANGEMENT (positions by id) to the scene: moves tables, re-routes edges.
    void applyArrangement(const graph::Arrangement &arrangement);
    void reroute(const QList<int> &edges);
    graph::Arrangement currentArrangement() const;
    void storeArrangement(const graph::Arrangement &arrangement);
    void scheduleSave();
    void save();
    void readLayoutFile();
    QString stackKey() const;
    QStringList directorySnapshot(const QString &directory) const;

    friend class ArrangementCommand;

    QPointer<DiagramScene> m_scene; // a sibling in the window: it may be destroyed first
    QPointer<graph::LayoutJob> m_job;
    DocumentPtr m_document;
    graph::ColumnMode m_mode = graph::ColumnMode::All;
    QString m_view;
    double m_aspect = 1.6;
    graph::LayoutFile m_file;
    QString m_filePath;
    QStringList m_problems;
    QByteArray m_lastWritten; // the text this controller last wrote (or read)
    QStringList m_snapshot;   // the source directory after that write
    QTimer *m_saveTimer = nullptr;
    QUndoGroup *m_undo = nullptr;
    QHash<QString, QUndoStack *> m_stacks;

    std::shared_ptr<Prepared> m_prepared; // the diagram on screen (or being laid out)
    quint64 m_generation = 0;             // of the pipeline; older results are dropped
    quint64 m_routeGeneration = 0;
    int m_pending = 0; // background steps running for the current generation
    bool m_fresh = false;
    bool m_arranging = false; // the running layout is an Arrange
};

} // namespace schemalens::gui
