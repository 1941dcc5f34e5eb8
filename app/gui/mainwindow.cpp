#include "app/gui/mainwindow.h"

#include "app/gui/aboutdialog.h"
#include "app/gui/connectiondialog.h"
#include "app/gui/detailspane.h"
#include "app/gui/diagramcontroller.h"
#include "app/gui/diagramscene.h"
#include "app/gui/diagramview.h"
#include "app/gui/documentloader.h"
#include "app/gui/exportdialog.h"
#include "app/gui/findingsdock.h"
#include "app/gui/opensourcedialog.h"
#include "app/gui/printing.h"
#include "app/gui/recentsources.h"
#include "app/gui/sourceviewer.h"
#include "app/gui/timelinedock.h"
#include "app/gui/timing.h"
#include "app/gui/welcomepage.h"
#include "core/graph/layoutjob.h"
#include "core/load/live/connstring.h"
#include "core/review/rule.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

namespace schemalens::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_loader(new DocumentLoader(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_reloadTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.schemalens.Schemalens.svg")));

    m_pages = new QStackedWidget;
    auto *welcome = new WelcomePage;
    m_welcome = welcome;
    connect(welcome, &WelcomePage::openExample, this, &MainWindow::openExample);
    connect(welcome, &WelcomePage::openFolder, this, &MainWindow::openFolderDialog);
    connect(welcome, &WelcomePage::openFile, this, &MainWindow::openFileDialog);
    connect(welcome, &WelcomePage::connectDatabase, this, &MainWindow::connectDialog);
    connect(welcome, &WelcomePage::openRecent, this, [this](const QString &s) { openSource(s); });
    m_scene = new DiagramScene(this);
    m_view = new DiagramView(m_scene);
    m_error = new QTextBrowser;
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_error);
    m_layoutJob = new graph::LayoutJob(this); // driven by m_diagram (createDiagramTools)
    connect(m_layoutJob, &graph::LayoutJob::progress, this, [this](int percent, const QString &) {
        m_progress->setVisible(true);
        m_progress->setRange(0, 100);
        m_progress->setValue(percent);
        m_progress->setFormat(tr("Layout %p%"));
    });
    connect(m_scene, &DiagramScene::tableSelected, this, &MainWindow::showTable);
    setCentralWidget(createCentralArea());

    m_progress = new QProgressBar;
    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_cancel = new QToolButton;
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop loading (Esc)"));
    m_cancel->setVisible(false);
    m_status = new QLabel;
    statusBar()->addWidget(m_status, 1);
    createDocks();
    createSourceWidgets(); // its dialect switch comes first among the permanent widgets
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    createActions();
    createViewActions();
    createNavigationActions();
    // Actions about the diagram or the source wait until there is one.
    connect(this, &MainWindow::documentShown, this, &MainWindow::updateActionStates);
    updateActionStates();
    createDiagramTools();

    connect(m_cancel, &QToolButton::clicked, this, [this] {
        m_loader->cancel();
        if (m_layoutJob->isRunning()) {
            m_layoutJob->cancel();
            m_progress->setVisible(false);
            m_cancel->setVisible(false);
            m_status->setText(tr("Layout cancelled."));
        }
    });

    connect(m_loader, &DocumentLoader::progress, this,
            [this](const QString &stage, int done, int total) {
                m_progress->setVisible(true);
                m_cancel->setVisible(true);
                m_progress->setMaximum(qMax(total, 0));
                m_progress->setValue(qMin(done, qMax(total, 0)));
                m_progress->setFormat(stage + QLatin1String(" %p%"));
            });
    connect(m_loader, &DocumentLoader::finished, this, &MainWindow::showDocument);
    connect(m_loader, &DocumentLoader::failed, this, &MainWindow::showLoadError);
    connect(m_loader, &DocumentLoader::cancelled, this, [this] {
        m_progress->setVisible(false);
        m_cancel->setVisible(false);
        m_status->setText(tr("Loading cancelled."));
        Q_EMIT documentShown();
    });

    // A burst of file events (an editor saving, git checkout) reloads once.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(400);
    connect(m_reloadTimer, &QTimer::timeout, this, &MainWindow::reload);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadTimer,
            qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this](const QString &path) {
        if (!sourceChangedOnlyByLayoutFile(path)) // saving the arrangement reloads nothing
            m_reloadTimer->start();
    });
    // After the watcher's connections: the meeting's own review-file writes stop the timer.
    createMeetingActions();

    restoreSettings();
    updateRecentMenu();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Members are destroyed after this body, the scene before the view and docks that show
    // what it selects: nothing they emit on the way may reach this half-destroyed window.
    m_scene->disconnect(this);
    m_loader->disconnect(this);
    m_layoutJob->disconnect(this);
    m_watcher->disconnect(this);
    m_reloadTimer->stop();
    // The findings list asks this window for decisions while it paints; it outlives this
    // body (children go in ~QWidget), so it must not call back into the window.
    m_findings->model()->setDecisionLookup({});
}

QString MainWindow::examplePath()
{
    // Installed next to the binary (share/schemalens/examples) or in the source tree.
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {
        appDir + QLatin1String("/../share/schemalens/examples/shop"),
        QStringLiteral(SCHEMALENS_SOURCE_DIR "/resources/examples/shop")};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isDir())
            return QDir(candidate).canonicalPath();
    }
    return {};
}

bool MainWindow::isLoading() const
{
    return m_loader->isBusy() || m_layoutJob->isRunning() || (m_diagram && m_diagram->isBusy());
}

void MainWindow::createDocks()
{
    m_findings = new FindingsPanel;
    m_findingsDock = new QDockWidget(tr("Findings"), this);
    m_findingsDock->setObjectName(QStringLiteral("FindingsDock"));
    m_findingsDock->setWidget(m_findings);
    addDockWidget(Qt::BottomDockWidgetArea, m_findingsDock);

    m_details = new DetailsPane;
    m_detailsDock = new QDockWidget(tr("Details"), this);
    m_detailsDock->setObjectName(QStringLiteral("DetailsDock"));
    m_detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);

    m_inspector = new QTextBrowser;
    m_inspectorDock = new QDockWidget(tr("Inspector"), this);
    m_inspectorDock->setObjectName(QStringLiteral("InspectorDock"));
    m_inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);

    m_report = new QTextBrowser;
    m_report->setOpenLinks(false);
    m_reportDock = new QDockWidget(tr("Review Report"), this);
    m_reportDock->setObjectName(QStringLiteral("ReportDock"));
    m_reportDock->setWidget(m_report);
    addDockWidget(Qt::RightDockWidgetArea, m_reportDock);

    m_source = new SourceViewer;
    m_sourceDock = new QDockWidget(tr("Source"), this);
    m_sourceDock->setObjectName(QStringLiteral("SourceDock"));
    m_sourceDock->setWidget(m_source);
    addDockWidget(Qt::RightDockWidgetArea, m_sourceDock);
    // Wide enough that the four tabs keep their names ("De… I… P…" otherwise).
    for (QDockWidget *dock : {m_detailsDock, m_inspectorDock, m_reportDock, m_sourceDock})
        dock->setMinimumWidth(380);
    tabifyDockWidget(m_detailsDock, m_inspectorDock);
    tabifyDockWidget(m_inspectorDock, m_reportDock);
    tabifyDockWidget(m_reportDock, m_sourceDock);
    m_detailsDock->raise();

    // The migration timeline and Compare with… (issue 21), beside the findings.
    m_timeline = new TimelineDock(this);
    addDockWidget(Qt::BottomDockWidgetArea, m_timeline);
    tabifyDockWidget(m_findingsDock, m_timeline);
    m_findingsDock->raise();

    connect(m_findings, &FindingsPanel::findingSelected, this, &MainWindow::selectFinding);
    connect(m_findings, &FindingsPanel::findingActivated, this, [this](int i) {
        showFinding(i);
        const review::Finding &f = m_document->review.findings.at(i);
        openLocation(f.location.file, f.location.line);
    });
    connect(m_details, &DetailsPane::openLocation, this, &MainWindow::openLocation);
    connect(m_details, &DetailsPane::copied, this,
            [this](const QString &message) { statusBar()->showMessage(message, 3000); });
    // A large schema's report is a long page that takes QTextBrowser a second to lay out:
    // it is filled when someone looks at it, not while the diagram is being shown.
    connect(m_reportDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            fillReport();
    });
}

void MainWindow::fillReport()
{
    if (m_reportStale && m_document) {
        m_reportStale = false;
        m_report->setHtml(m_document->reportHtml);
    }
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openFolder = file->addAction(tr("Open &Folder…"), this, &MainWindow::openFolderDialog);
    openFolder->setShortcut(QKeySequence::Open);
    QAction *openFile = file->addAction(tr("Open F&ile…"), this, &MainWindow::openFileDialog);
    openFile->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *withOptions = file->addAction(tr("Open with &Options…"), this, [this] {
        OpenSourceDialog dialog(this);
        if (m_document && !load::live::isConnectionString(m_document->source))
            dialog.setSource(m_document->source);
        if (dialog.exec() == QDialog::Accepted)
            openSource(dialog.source(), dialog.options());
    });
    withOptions->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    file->addAction(tr("&Connect to PostgreSQL…"), this, &MainWindow::connectDialog);
    file->addAction(tr("Open &Example"), this, &MainWindow::openExample);
    m_recentMenu = file->addMenu(tr("&Recent Sources"));
    file->addSeparator();
    m_reloadAction = file->addAction(tr("&Reload"), this, &MainWindow::reload);
    m_reloadAction->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    // Export and print work on the laid-out scene (app/gui/exportdialog.cpp, printing.cpp).
    QAction *exportAction =
        file->addAction(tr("&Export…"), this, [this] { exportDiagramDialog(std::nullopt); });
    exportAction->setObjectName(QStringLiteral("actionExport"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction *print = file->addAction(tr("&Print…"), this, [this] {
        printWithDialog(this, *m_scene, m_document ? m_document->displayName : QString());
    });
    print->setObjectName(QStringLiteral("actionPrint"));
    print->setShortcut(QKeySequence::Print);
    QAction *preview = file->addAction(tr("Print Pre&view…"), this, [this] {
        printPreview(this, *m_scene, m_document ? m_document->displayName : QString());
    });
    preview->setObjectName(QStringLiteral("actionPrintPreview"));
    QAction *exportReview =
        file->addAction(tr("Export &Review…"), this, &MainWindow::exportReviewDialog);
    exportReview->setObjectName(QStringLiteral("actionExportReview"));
    exportReview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_diagramActions << exportAction << print << preview << exportReview;
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find Table or Column…"), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    QAction *filter = edit->addAction(tr("Filter &Findings…"), this, [this] {
        m_findingsDock->show();
        m_findings->focusFilter();
    });
    filter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QAction *cancel = edit->addAction(tr("&Cancel Loading"), m_cancel, &QToolButton::click);
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_viewMenu->addAction(m_findingsDock->toggleViewAction());
    m_viewMenu->addAction(m_detailsDock->toggleViewAction());
    m_viewMenu->addAction(m_inspectorDock->toggleViewAction());
    m_viewMenu->addAction(m_reportDock->toggleViewAction());
    m_viewMenu->addAction(m_sourceDock->toggleViewAction());
    m_viewMenu->addAction(m_sourcePanelDock->toggleViewAction());
    m_viewMenu->addAction(m_timeline->toggleViewAction());
    m_viewMenu->addSeparator();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Schemalens"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateActionStates()
{
    const bool diagram = m_pages->currentWidget() == m_view && !m_scene->graph().nodes.isEmpty();
    for (QAction *action : std::as_const(m_diagramActions))
        action->setEnabled(diagram);
    m_search->setEnabled(diagram);
    m_reloadAction->setEnabled(!m_sourceText.isEmpty());
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    if (restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        return;
    // First run: the diagram is the point. The findings list would take its size hint (a
    // third of the height), leaving a 10-table schema's diagram too small to show columns
    // at fit; a quarter of the window keeps eight findings in view. After the first show,
    // once the docks have their places.
    QTimer::singleShot(0, this, [this] {
        resizeDocks({m_findingsDock}, {std::max(180, height() / 4)}, Qt::Vertical);
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_loader->cancel();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = RecentSources::load();
    for (const QString &source : recent) {
        m_recentMenu->addAction(source, this, [this, source] { openSource(source); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            RecentSources::clear();
            updateRecentMenu();
        });
    }
    static_cast<WelcomePage *>(m_welcome)->setRecent(recent);
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Schemalens"));
        return;
    }
    setWindowTitle(tr("%1 — Schemalens").arg(m_document->displayName));
}

void MainWindow::openFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Migration Folder"));
    if (!dir.isEmpty())
        openSource(dir);
}

void MainWindow::openFileDialog()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open Schema File"), QString(),
        tr("Schemas and databases (*.sql *.db *.sqlite *.sqlite3);;All files (*)"));
    if (!file.isEmpty())
        openSource(file);
}

void MainWindow::connectDialog()
{
    ConnectionDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        openSource(dialog.connectionString());
}

void MainWindow::about()
{
    AboutDialog(this).exec();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile()) {
        openSource(urls.constFirst().toLocalFile());
        event->acceptProposedAction();
    }
}

} // namespace schemalens::gui

namespace schemalens::gui {
Q_LOGGING_CATEGORY(lcTiming, "schemalens.gui.timing", QtWarningMsg)
} // namespace schemalens::gui
