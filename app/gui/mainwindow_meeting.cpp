// MainWindow: the design review meeting — decisions on findings (details dock), table and
// column notes (inspector, diagram markers), View ▸ Present, File ▸ Export Minutes…, and
// resolved decisions. The decisions live in the review file (MeetingStore); writing it must
// not make the window reload the source as if a migration had changed.

#include "app/gui/decisioneditor.h"
#include "app/gui/detailspane.h"
#include "app/gui/diagramscene.h"
#include "app/gui/findingsdock.h"
#include "app/gui/inspector.h"
#include "app/gui/mainwindow.h"
#include "app/gui/meetingstore.h"
#include "app/gui/minutesexport.h"
#include "app/gui/noteeditor.h"
#include "app/gui/notemarkers.h"
#include "app/gui/presentation.h"

#include <QAction>
#include <QApplication>
#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace schemalens::gui {

namespace {

// The source folder's own entries (not the review file, nor QSaveFile's temporary copy of
// it), to tell our write of the review file from a change of the migrations.
QStringList folderSnapshot(const QString &root)
{
    QStringList entries;
    const QFileInfoList infos = QDir(root).entryInfoList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    for (const QFileInfo &info : infos) {
        if (info.fileName().startsWith(QLatin1String(".schemalens.json")))
            continue;
        entries.append(QStringLiteral("%1|%2|%3")
                           .arg(info.fileName())
                           .arg(info.isDir() ? -1 : info.size())
                           .arg(info.lastModified().toMSecsSinceEpoch()));
    }
    return entries;
}

QMenu *menuTitled(QMenuBar *bar, const QString &title)
{
    for (QAction *action : bar->actions()) {
        if (action->menu() && action->menu()->title() == title)
            return action->menu();
    }
    return nullptr;
}

} // namespace

void MainWindow::createMeetingActions()
{
    m_meeting = new MeetingStore(this);
    m_meetingStatus = new QLabel;
    m_meetingStatus->setVisible(false);
    statusBar()->addPermanentWidget(m_meetingStatus);

    // Details dock: the finding's details above its decision.
    auto *details = new QSplitter(Qt::Vertical);
    details->setChildrenCollapsible(false);
    details->addWidget(m_details);
    m_decisionEditor = new DecisionEditor(m_meeting);
    details->addWidget(m_decisionEditor);
    details->setStretchFactor(0, 3);
    details->setStretchFactor(1, 1);
    m_detailsDock->setWidget(details);

    // Inspector dock: the table's page above the note editor.
    auto *inspector = new QSplitter(Qt::Vertical);
    inspector->setChildrenCollapsible(false);
    inspector->addWidget(m_inspector);
    m_noteEditor = new NoteEditor(m_meeting);
    inspector->addWidget(m_noteEditor);
    inspector->setStretchFactor(0, 3);
    inspector->setStretchFactor(1, 1);
    m_inspectorDock->setWidget(inspector);

    m_findings->model()->setDecisionLookup([this](const QString &fingerprint) {
        const auto d = m_meeting->decision(fingerprint);
        return d ? review::decisionStatusTitle(d->status) : QString();
    });
    connect(m_meeting, &MeetingStore::decisionChanged, this, [this] {
        m_findings->model()->decisionsChanged();
        updateMeetingStatus();
    });
    connect(m_meeting, &MeetingStore::resolvedChanged, this, &MainWindow::updateMeetingStatus);
    connect(m_meeting, &MeetingStore::notesChanged, this, [this] {
        updateNoteMarkers(m_scene, m_meeting->notes());
        if (m_notesNode >= 0 && m_document && m_notesNode < m_scene->graph().nodes.size()) {
            const graph::TableNode &table = m_scene->graph().nodes.at(m_notesNode);
            if (const model::Table *t = m_document->loaded.schema.table(table.schema, table.name))
                m_inspector->setHtml(tableInspectorHtml(m_document->loaded.schema, *t,
                                                        m_document->review.findings,
                                                        &m_meeting->notes()));
        }
    });
    connect(m_meeting, &MeetingStore::writeFailed, this,
            [this](const QString &message) { m_status->setText(message); });
    // Markers go on once the diagram's items exist.
    connect(this, &MainWindow::documentShown, this,
            [this] { updateNoteMarkers(m_scene, m_meeting->notes()); });

    // Our own write of the review file is no reason to reload the source; anything else is
    // (a changed migration, a teammate's decisions arriving with git pull). These run after
    // the connections that start the reload timer, and stop it again for our own writes.
    const auto changed = [this](const QString &path) {
        const QString reviewFile = QDir::cleanPath(m_meeting->path());
        const QString changedPath = QDir::cleanPath(path);
        bool ours = false;
        if (m_document && !reviewFile.isEmpty() && m_meeting->fileIsOurs()) {
            ours = changedPath == reviewFile ||
                   (changedPath == QDir::cleanPath(m_document->loaded.source.rootPath) &&
                    folderSnapshot(path) == m_folderSnapshot);
        }
        if (!ours)
            m_realChangePending = true;
        else if (!m_realChangePending)
            m_reloadTimer->stop();
        if (changedPath == reviewFile) // a replaced file is no longer watched
            QTimer::singleShot(0, this, &MainWindow::watchReviewFile);
    };
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, changed);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, changed);
    connect(m_meeting, &MeetingStore::decisionChanged, this, &MainWindow::watchReviewFile);
    connect(m_meeting, &MeetingStore::resolvedChanged, this, &MainWindow::watchReviewFile);
    connect(m_meeting, &MeetingStore::notesChanged, this, &MainWindow::watchReviewFile);
    connect(this, &MainWindow::documentShown, this, &MainWindow::watchReviewFile);

    // File ▸ Export Minutes… and Remove Resolved Decisions…, after Print.
    if (QMenu *file = menuTitled(menuBar(), tr("&File"))) {
        QAction *print = findChild<QAction *>(QStringLiteral("actionPrint"));
        const QList<QAction *> actions = file->actions();
        const qsizetype at = actions.indexOf(print);
        QAction *before = at >= 0 && at + 1 < actions.size() ? actions.at(at + 1) : nullptr;
        auto *minutes = new QAction(tr("Export &Minutes…"), this);
        minutes->setObjectName(QStringLiteral("actionExportMinutes"));
        minutes->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
        connect(minutes, &QAction::triggered, this, &MainWindow::exportMinutesDialog);
        auto *resolved = new QAction(tr("Remove Resolved &Decisions…"), this);
        resolved->setObjectName(QStringLiteral("actionRemoveResolved"));
        connect(resolved, &QAction::triggered, this, &MainWindow::removeResolvedDecisions);
        file->insertAction(before, minutes);
        file->insertAction(before, resolved);
        for (QAction *action : {minutes, resolved}) {
            action->setEnabled(false);
            connect(this, &MainWindow::documentShown, action,
                    [this, action] { action->setEnabled(m_document != nullptr); });
        }
    }

    // View ▸ Present: F5 stays Reload, so presenting is Shift+F5 ("from the selected
    // finding", as presentation programs have it).
    m_viewMenu->addSeparator();
    QAction *present = m_viewMenu->addAction(tr("&Present Findings"), this, &MainWindow::present);
    present->setObjectName(QStringLiteral("actionPresent"));
    present->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    present->setToolTip(tr("Walk the findings full screen in a design review meeting"));
    present->setEnabled(false);
    connect(this, &MainWindow::documentShown, present, [this, present] {
        present->setEnabled(m_document && !m_document->review.findings.isEmpty());
    });
}

void MainWindow::meetingDocumentChanged()
{
    m_meeting->setDocument(m_document);
    m_realChangePending = false;
    m_folderSnapshot.clear();
    if (m_document && m_document->loaded.source.isFolder)
        m_folderSnapshot = folderSnapshot(m_document->loaded.source.rootPath);
    m_decisionEditor->clear();
    m_noteEditor->clear();
    m_notesNode = -1;
    m_findings->model()->decisionsChanged();
    updateMeetingStatus();
}

void MainWindow::watchReviewFile()
{
    // The source's watcher sees files come and go in the folder, but an edit in place of the
    // review file (a teammate's editor) only through a watch on the file itself.
    const QString path = m_meeting->path();
    if (!m_document || path.isEmpty() || !QFileInfo::exists(path) ||
        m_watcher->files().contains(path))
        return;
    m_watcher->addPath(path);
}

void MainWindow::updateMeetingStatus()
{
    if (!m_document)
        return;
    const int resolved = int(m_meeting->resolved().size());
    const int decided = m_meeting->decidedCount(m_document->review.findings);
    QStringList parts;
    if (decided > 0)
        parts.append(
            tr("%1 of %2 findings decided").arg(decided).arg(m_document->review.findings.size()));
    if (resolved == 1)
        parts.append(tr("1 decision resolved: its finding no longer appears"));
    else if (resolved > 1)
        parts.append(tr("%1 decisions resolved: their findings no longer appear").arg(resolved));
    if (!m_meeting->readError().isEmpty())
        parts.append(tr("review file unreadable: %1").arg(m_meeting->readError()));
    m_meetingStatus->setText(parts.join(QStringLiteral(" · ")));
    m_meetingStatus->setVisible(!parts.isEmpty());
}

void MainWindow::showDecisionFor(int index)
{
    if (!m_document || index < 0 || index >= m_document->review.findings.size())
        m_decisionEditor->clear();
    else
        m_decisionEditor->setFinding(m_document->review.findings.at(index));
}

void MainWindow::showNotesFor(int node)
{
    m_notesNode = node;
    if (node < 0 || node >= m_scene->graph().nodes.size()) {
        m_noteEditor->clear();
        return;
    }
    const graph::TableNode &table = m_scene->graph().nodes.at(node);
    QStringList columns;
    for (const graph::ColumnRow &row : table.rows)
        columns.append(row.name);
    m_noteEditor->setTable(table.schema, table.name, columns);
}

void MainWindow::present()
{
    if (!m_document || m_document->review.findings.isEmpty())
        return;
    if (m_presentation) {
        m_presentation->raise();
        m_presentation->activateWindow();
        return;
    }
    bool dark = m_theme == QLatin1String("dark");
    if (m_theme == QLatin1String("system"))
        dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    const QModelIndex current = m_findings->view()->currentIndex();
    const int start =
        current.isValid() ? current.data(FindingsModel::FindingIndexRole).toInt() : -1;
    m_presentation = new PresentationWindow(m_document, m_meeting, dark, this);
    connect(m_presentation, &PresentationWindow::left, this, [this](int finding) {
        raise();
        activateWindow();
        if (finding >= 0)
            selectFinding(finding);
    });
    m_presentation->start(start);
}

PresentationWindow *MainWindow::presentation() const
{
    return m_presentation;
}

void MainWindow::exportMinutesDialog()
{
    if (!m_document)
        return;
    const QString name =
        QStringLiteral("%1-minutes-%2.md")
            .arg(m_document->displayName, QDate::currentDate().toString(Qt::ISODate));
    QString filter;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Minutes"), QDir::home().filePath(name),
                                     tr("Markdown (*.md);;HTML with pictures (*.html)"), &filter);
    if (path.isEmpty())
        return;
    exportMinutesTo(path);
}

void MainWindow::exportMinutesTo(const QString &path)
{
    if (!m_document)
        return;
    MinutesRequest request;
    request.document = m_document;
    request.decisions = m_meeting->decisions();
    request.notes = m_meeting->notes();
    request.reviewFile = m_meeting->path();
    request.html = isHtmlPath(path);
    request.theme =
        m_theme == QLatin1String("dark") ? QStringLiteral("dark") : QStringLiteral("light");
    m_status->setText(tr("Writing the minutes…"));
    // Laying out each discussed area runs Graphviz: in the background.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        m_status->setText(error.isEmpty() ? tr("Minutes written to %1").arg(path)
                                          : tr("Could not write the minutes: %1").arg(error));
        Q_EMIT minutesExported(path, error);
    });
    watcher->setFuture(QtConcurrent::run([request, path] { return writeMinutes(request, path); }));
}

void MainWindow::removeResolvedDecisions()
{
    const review::Decisions resolved = m_meeting->resolved();
    if (resolved.isEmpty()) {
        QMessageBox::information(this, tr("Resolved Decisions"),
                                 tr("Every decision in the review file still has its finding."));
        return;
    }
    QStringList lines;
    for (auto it = resolved.cbegin(); it != resolved.cend(); ++it)
        lines.append(QStringLiteral("• %1 — %2")
                         .arg(it->message.isEmpty() ? it.key() : it->message,
                              review::decisionStatusTitle(it->status)));
    QMessageBox box(QMessageBox::Question, tr("Remove Resolved Decisions"),
                    tr("%1 decisions no longer match a finding (the migrations fixed it, or the "
                       "rule no longer applies). Remove them from %2?")
                        .arg(resolved.size())
                        .arg(m_meeting->path()),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    if (box.exec() != QMessageBox::Yes)
        return;
    if (!m_meeting->removeResolved())
        QMessageBox::warning(this, tr("Remove Resolved Decisions"), m_meeting->lastError());
}

} // namespace schemalens::gui
