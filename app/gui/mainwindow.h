#pragma once

#include "app/gui/diagramitems.h"
#include "app/gui/document.h"
#include "app/gui/navigationhistory.h"
#include "app/gui/sourceoptions.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

namespace schemalens::graph {
class LayoutJob;
}

class QAction;
class QGraphicsItem;
class QLineEdit;
class QDockWidget;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace schemalens::gui {

enum class ExportScope;
class DecisionEditor;
class DetailsPane;
class DiagramController;
class DiagramScene;
class ProblemBanner;
class SourcePanel;
class DiagramView;
class DocumentLoader;
class FindingsPanel;
class MeetingStore;
class NoteEditor;
class PresentationWindow;
class SourceViewer;
class TimelineDock;
class ViewsPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens SOURCE with the options remembered for it; a DIALECT ("pg", "sqlite") given here
    // replaces the remembered one and is remembered in turn.
    void openSource(const QString &source, const QString &dialect = QString());
    // Opens SOURCE with exactly these options (the Open dialog, --order, the dialect switch),
    // and remembers them for it.
    void openSource(const QString &source, const SourceOptions &options);
    SourceOptions sourceOptions() const { return m_sourceOptions; }
    void openExample();
    DocumentPtr document() const { return m_document; }
    bool isLoading() const;
    FindingsPanel *findingsPanel() const { return m_findings; }
    DiagramScene *diagramScene() const { return m_scene; }
    DiagramView *diagramView() const { return m_view; }
    // Selects the finding in the list and its table/edge on the diagram, centred.
    void selectFinding(int index);
    // Incremental search over table and column names; returns false when nothing matches.
    bool searchDiagram(const QString &text, bool next = false);
    SourceViewer *sourceViewer() const { return m_source; }
    SourcePanel *sourcePanel() const { return m_sourcePanel; }
    ProblemBanner *problemBanner() const { return m_banner; }
    QToolButton *dialectButton() const { return m_dialectButton; }
    TimelineDock *timelineDock() const { return m_timeline; }
    DiagramController *diagramController() const { return m_diagram; }
    ViewsPanel *viewsPanel() const { return m_views; }
    static QString examplePath();
    // Goes to the table "schema.table" on the diagram (shown again if hidden); false if absent.
    bool goToTable(const QString &id);
    // Writes the review report to PATH, its format chosen by the extension (.html, .md,
    // .sarif, .json, .txt); the path written, or why not.
    Result<QString> exportReview(const QString &path);
    QAction *backAction() const { return m_backAction; }
    QAction *forwardAction() const { return m_forwardAction; }
    // The design review meeting (mainwindow_meeting.cpp): decisions and notes of the open
    // document, presentation mode, minutes.
    MeetingStore *meeting() const { return m_meeting; }
    DecisionEditor *decisionEditor() const { return m_decisionEditor; }
    NoteEditor *noteEditor() const { return m_noteEditor; }
    PresentationWindow *presentation() const;
    void present();
    void exportMinutesTo(const QString &path); // in the background; then minutesExported

Q_SIGNALS:
    void documentShown(); // a load finished and its result (or error) is on screen
    void minutesExported(const QString &path, const QString &error); // error empty: written

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void restoreSettings();
    void updateRecentMenu();
    void updateTitle();
    void showDocument(DocumentPtr document);
    void fillReport();
    void showDiagram(bool fresh); // mainwindow_diagram.cpp
    void showLoadError(const QString &source, const QString &message);
    void showFinding(int index);
    void startLayout();
    void showTable(int node);
    QString revealItem(QGraphicsItem *item); // un-hides a table or an edge's tables; their names
    // mainwindow_menus.cpp: context menus, Back/Forward, Export Review…
    void createNavigationActions();
    void recordVisit(const NavigationHistory::Entry &entry);
    void updateNavigationActions();
    void navigate(bool back);
    void diagramContextMenu(const QPoint &pos);
    void findingsContextMenu(const QPoint &pos);
    void exportDiagramDialog(std::optional<ExportScope> scope);
    void exportReviewDialog();
    void applyTheme();
    void createViewActions();
    void updateActionStates(); // diagram actions need a diagram; Reload needs a source
    void openLocation(const QString &file, int line);
    void watchSource();
    void reload();
    void openFolderDialog();
    void openFileDialog();
    void connectDialog();
    void about();
    // mainwindow_source.cpp: the Source Files dock, the problem banner, the dialect switch.
    QWidget *createCentralArea();
    void createSourceWidgets();
    void showSourceState();
    void clearSourceState();
    void reopenWithDialect(const QString &dialect);
    void createMeetingActions();
    void meetingDocumentChanged();
    void updateMeetingStatus();
    void watchReviewFile();
    void showDecisionFor(int index);
    void showNotesFor(int node);
    void exportMinutesDialog();
    void removeResolvedDecisions();
    // Diagram modes, arranging and views (mainwindow_diagram.cpp).
    void createDiagramTools();
    bool sourceChangedOnlyByLayoutFile(const QString &path);

    DocumentLoader *m_loader = nullptr;
    DocumentPtr m_document;
    QString m_sourceText; // the source shown or being loaded (may hold a password in memory)
    SourceOptions m_sourceOptions; // how the source shown (or loading) was opened
    QStackedWidget *m_pages = nullptr;
    QWidget *m_welcome = nullptr;
    DiagramScene *m_scene = nullptr;
    DiagramView *m_view = nullptr;
    graph::LayoutJob *m_layoutJob = nullptr;
    QTextBrowser *m_report = nullptr;
    bool m_reportStale = false; // the report page is filled when its dock is first shown
    QTextBrowser *m_inspector = nullptr;
    QDockWidget *m_reportDock = nullptr;
    QDockWidget *m_inspectorDock = nullptr;
    QLineEdit *m_search = nullptr;
    int m_searchHit = -1;
    QString m_theme = QStringLiteral("system"); // "system", "light", "dark"
    bool m_applyingTheme = false; // setPalette() re-enters applyTheme() through changeEvent
    // Kept across a reload of the same source: the viewport and the selected table.
    QString m_keepSource;
    QPointF m_keepCentre;
    double m_keepZoom = 0;
    QString m_keepTable;
    QTextBrowser *m_error = nullptr;
    FindingsPanel *m_findings = nullptr;
    DetailsPane *m_details = nullptr;
    SourceViewer *m_source = nullptr;
    QDockWidget *m_findingsDock = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_sourceDock = nullptr;
    TimelineDock *m_timeline = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_reloadAction = nullptr;
    QList<QAction *> m_diagramActions; // enabled only while a diagram is shown
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr;
    ProblemBanner *m_banner = nullptr;
    SourcePanel *m_sourcePanel = nullptr;
    QDockWidget *m_sourcePanelDock = nullptr;
    QToolButton *m_dialectButton = nullptr;
    NavigationHistory m_history;
    bool m_navigating = false; // going Back/Forward: not a new visit
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    // The design review meeting (mainwindow_meeting.cpp).
    MeetingStore *m_meeting = nullptr;
    DecisionEditor *m_decisionEditor = nullptr;
    NoteEditor *m_noteEditor = nullptr;
    QPointer<PresentationWindow> m_presentation;
    QLabel *m_meetingStatus = nullptr;
    int m_notesNode = -1;
    QStringList m_folderSnapshot;     // the source folder's entries when it was loaded
    bool m_realChangePending = false; // a change other than our review-file write arrived
    DiagramController *m_diagram = nullptr;
    ViewsPanel *m_views = nullptr;
    QDockWidget *m_viewsDock = nullptr;
};

} // namespace schemalens::gui
