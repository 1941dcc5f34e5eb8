// MainWindow: what the diagram shows and how it is arranged — View ▸ Columns, the Arrange
// menu (arrange around pinned tables, pin, reset), Undo/Redo of moves, the Views dock, and
// the diagram's place in the window once the DiagramController has laid it out.

#include "app/gui/diagramcontroller.h"
#include "app/gui/diagramitems.h"
#include "app/gui/diagramscene.h"
#include "app/gui/diagramview.h"
#include "app/gui/mainwindow.h"
#include "app/gui/timing.h"
#include "app/gui/viewsdock.h"
#include "core/graph/layoutjob.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QToolButton>
#include <QUndoGroup>

namespace schemalens::gui {

void MainWindow::createDiagramTools()
{
    m_diagram = new DiagramController(m_scene, m_layoutJob, this);
    if (const auto mode = graph::columnModeFromName(
            QSettings().value(QStringLiteral("diagram/columns")).toString()))
        m_diagram->setColumnMode(*mode);
    connect(m_diagram, &DiagramController::diagramShown, this,
            [this](bool fresh) { showDiagram(fresh); });
    connect(m_diagram, &DiagramController::failed, this, [this](const QString &message) {
        showLoadError(m_document ? m_document->source : QString(), message);
    });
    connect(m_diagram, &DiagramController::message, this,
            [this](const QString &text) { m_status->setText(text); });

    // Views dock, tabbed with the findings.
    m_views = new ViewsPanel(m_diagram, m_scene);
    m_views->setSearchText([this] { return m_search ? m_search->text() : QString(); });
    m_viewsDock = new QDockWidget(tr("Views"), this);
    m_viewsDock->setObjectName(QStringLiteral("ViewsDock"));
    m_viewsDock->setWidget(m_views);
    addDockWidget(Qt::LeftDockWidgetArea, m_viewsDock);
    m_viewsDock->hide();

    // View ▸ Columns.
    QMenu *columns = new QMenu(tr("&Columns"), this);
    columns->setObjectName(QStringLiteral("ColumnsMenu"));
    auto *modes = new QActionGroup(this);
    const QList<std::pair<graph::ColumnMode, QString>> names = {
        {graph::ColumnMode::All, tr("&All Columns")},
        {graph::ColumnMode::Keys, tr("&Keys and Findings")},
        {graph::ColumnMode::Names, tr("Table &Names Only")}};
    int shortcut = 1;
    for (const auto &[mode, title] : names) {
        QAction *action = columns->addAction(title);
        action->setObjectName(QStringLiteral("actionColumns_") + graph::columnModeName(mode));
        action->setCheckable(true);
        action->setChecked(mode == m_diagram->columnMode());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_0 + shortcut++)));
        modes->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode = mode] {
            QSettings().setValue(QStringLiteral("diagram/columns"), graph::columnModeName(mode));
            m_diagram->setColumnMode(mode);
        });
    }
    connect(m_diagram, &DiagramController::columnModeChanged, this,
            [modes](graph::ColumnMode mode) {
                for (QAction *action : modes->actions())
                    action->setChecked(action->objectName().endsWith(graph::columnModeName(mode)));
            });
    QAction *before = nullptr;
    for (QAction *action : m_viewMenu->actions())
        if (action->text() == tr("Show Findings on &Diagram"))
            before = action;
    m_viewMenu->insertMenu(before, columns);
    m_viewMenu->insertSeparator(before);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_viewsDock->toggleViewAction());

    // Undo and redo of arranging, at the top of the Edit menu.
    QAction *undo = m_diagram->undoGroup()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_diagram->undoGroup()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcut(QKeySequence::Redo);
    for (QAction *action : menuBar()->actions()) {
        if (action->menu() && action->menu()->title() == tr("&Edit")) {
            QMenu *edit = action->menu();
            QAction *first = edit->actions().value(0);
            edit->insertAction(first, undo);
            edit->insertAction(first, redo);
            edit->insertSeparator(first);
            break;
        }
    }

    // Arrange menu, before Help.
    QMenu *arrange = new QMenu(tr("&Arrange"), this);
    arrange->setObjectName(QStringLiteral("ArrangeMenu"));
    QAction *arrangeAll = arrange->addAction(tr("&Arrange Around Pinned Tables"), m_diagram,
                                             &DiagramController::arrange);
    arrangeAll->setObjectName(QStringLiteral("actionArrange"));
    arrangeAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QAction *pin = arrange->addAction(tr("&Pin Selected Tables"), this,
                                      [this] { m_diagram->setSelectedPinned(true); });
    pin->setObjectName(QStringLiteral("actionPin"));
    pin->setShortcut(QKeySequence(Qt::Key_P));
    QAction *unpin = arrange->addAction(tr("&Unpin Selected Tables"), this,
                                        [this] { m_diagram->setSelectedPinned(false); });
    unpin->setObjectName(QStringLiteral("actionUnpin"));
    unpin->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_P));
    arrange->addSeparator();
    QAction *reset = arrange->addAction(tr("&Reset Arrangement"), m_diagram,
                                        &DiagramController::resetArrangement);
    reset->setObjectName(QStringLiteral("actionResetArrangement"));
    arrange->addSeparator();
    arrange->addAction(tr("New &View From Selection…"), this,
                       [this] { m_views->createView(ViewsPanel::Source::Selection); });
    QAction *help = menuBar()->actions().isEmpty() ? nullptr : menuBar()->actions().last();
    menuBar()->insertMenu(help, arrange);
}

void MainWindow::showDiagram(bool fresh)
{
    const PhaseTimer timer("showDiagram");
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    m_pages->setCurrentWidget(m_view);
    if (!m_keepSource.isEmpty() && m_document && m_keepSource == m_document->source &&
        m_keepZoom > 0) {
        m_view->zoomTo(m_keepZoom);
        m_view->centerOn(m_keepCentre);
        const qsizetype dot = m_keepTable.indexOf(QLatin1Char('.'));
        if (TableItem *item = m_scene->tableItem(m_keepTable.left(dot), m_keepTable.mid(dot + 1)))
            item->setSelected(true);
    } else if (fresh) {
        m_view->fitAll();
    } else {
        m_view->refreshLevelOfDetail();
    }
    m_keepSource.clear();
    Q_EMIT documentShown();
}

bool MainWindow::sourceChangedOnlyByLayoutFile(const QString &path)
{
    return m_diagram && m_diagram->isOwnChange(path);
}

} // namespace schemalens::gui
