#pragma once

#include "app/gui/diagramitems.h"
#include "app/gui/document.h"

#include <QMainWindow>

namespace schemalens::graph {
class LayoutJob;
}

class QAction;
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

class DetailsPane;
class DiagramController;
class DiagramScene;
class DiagramView;
class DocumentLoader;
class FindingsPanel;
class SourceViewer;
class ViewsPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openSource(const QString &source, const QString &dialect = QString());
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
    DiagramController *diagramController() const { return m_diagram; }
    ViewsPanel *viewsPanel() const { return m_views; }
    static QString examplePath();

Q_SIGNALS:
    void documentShown(); // a load finished and its result (or error) is on screen

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
    void applyTheme();
    void createViewActions();
    void openLocation(const QString &file, int line);
    void watchSource();
    void reload();
    void openFolderDialog();
    void openFileDialog();
    void connectDialog();
    void about();
    // Diagram modes, arranging and views (mainwindow_diagram.cpp).
    void createDiagramTools();
    bool sourceChangedOnlyByLayoutFile(const QString &path);

    DocumentLoader *m_loader = nullptr;
    DocumentPtr m_document;
    QString m_sourceText; // the source shown or being loaded (may hold a password in memory)
    QString m_dialect;
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
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_reloadAction = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr;
    DiagramController *m_diagram = nullptr;
    ViewsPanel *m_views = nullptr;
    QDockWidget *m_viewsDock = nullptr;
};

} // namespace schemalens::gui
