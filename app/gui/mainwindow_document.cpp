// MainWindow: opening a source, showing its document (diagram, findings, report), following
// a finding to its object and its source line, and reloading when the source changes.

#include "app/gui/detailspane.h"
#include "app/gui/diagramcontroller.h"
#include "app/gui/diagramitems.h"
#include "app/gui/diagramscene.h"
#include "app/gui/diagramview.h"
#include "app/gui/documentloader.h"
#include "app/gui/findingsdock.h"
#include "app/gui/inspector.h"
#include "app/gui/mainwindow.h"
#include "app/gui/meetingstore.h"
#include "app/gui/recentsources.h"
#include "app/gui/sourceviewer.h"
#include "app/gui/timing.h"
#include "core/graph/layoutjob.h"
#include "core/load/live/connstring.h"
#include "core/review/rule.h"

#include "core/util/plural.h"

#include <QDir>

#include <QDirIterator>
#include <QDockWidget>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <algorithm>
#include <cmath>

namespace schemalens::gui {

void MainWindow::openSource(const QString &source, const QString &dialect)
{
    SourceOptions options = SourceOptions::remembered(source);
    if (!dialect.isEmpty())
        options.dialect = dialect;
    openSource(source, options);
}

void MainWindow::openSource(const QString &source, const SourceOptions &options)
{
    if (source.isEmpty())
        return;
    SourceOptions::remember(source, options);
    // Reloading the same source keeps the viewport and the selected table.
    if (m_document && m_document->source == source && m_pages->currentWidget() == m_view) {
        m_keepSource = source;
        m_keepCentre = m_view->mapToScene(m_view->viewport()->rect().center());
        m_keepZoom = m_view->zoom();
        m_keepTable.clear();
        for (QGraphicsItem *item : m_scene->selectedItems()) {
            if (item->type() == TableItem::Type)
                m_keepTable = m_scene->graph().nodes.at(static_cast<TableItem *>(item)->node()).id;
        }
    } else {
        m_keepSource.clear();
    }
    m_sourceOptions = options;
    const QString shown = load::live::isConnectionString(source)
                              ? load::live::redactConnectionString(source)
                              : QDir::toNativeSeparators(source);
    m_status->setText(tr("Loading %1…").arg(shown));
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_cancel->setVisible(true);
    m_layoutJob->cancel();
    m_sourceText = source;
    m_loader->start(source, options);
    updateActionStates();
}

void MainWindow::openExample()
{
    const QString path = examplePath();
    if (path.isEmpty()) {
        showLoadError(QString(), tr("The bundled example is not installed."));
        return;
    }
    openSource(path);
}

void MainWindow::showDocument(DocumentPtr document)
{
    const PhaseTimer timer("showDocument");
    const bool sameSource = m_document && document && m_document->source == document->source;
    m_document = std::move(document);
    // A reload shows the files as they are now; another source starts from a clean slate.
    if (sameSource) {
        m_source->reloadFile();
    } else {
        m_source->clearFile();
        m_sourceDock->setWindowTitle(tr("Source"));
        m_search->clear();
        m_search->setStyleSheet(QString());
    }
    RecentSources::add(m_document->source);
    updateRecentMenu();
    updateTitle();

    m_report->clear();
    m_reportStale = true;
    if (!m_reportDock->visibleRegion().isEmpty()) {
        // On top already: filled after the diagram is on screen.
        QTimer::singleShot(200, this, &MainWindow::fillReport);
    }
    {
        const PhaseTimer t("findings model");
        m_findings->setFindings(m_document->review.findings);
    }
    meetingDocumentChanged();
    m_details->clear();
    m_inspector->clear();
    m_searchHit = -1;
    showSourceState();

    const review::Summary &s = m_document->review.summary;
    QString status =
        plural(tr("%n table(s)", nullptr, s.tables), s.tables) + QStringLiteral(", ") +
        plural(tr("%n finding(s)", nullptr, int(m_document->review.findings.size())),
               int(m_document->review.findings.size())) +
        QStringLiteral(" · ") +
        tr("loaded in %1 ms, reviewed in %2 ms").arg(m_document->loadMs).arg(m_document->reviewMs);
    if (!m_document->configProblems.isEmpty())
        status +=
            QStringLiteral(" · ") + tr("review file problems: %1")
                                        .arg(m_document->configProblems.join(QLatin1String("; ")));
    m_status->setText(status);
    watchSource();
    startLayout();
}

void MainWindow::startLayout()
{
    // The controller lays out the current column mode and view, applies the hand
    // arrangement and puts the diagram in the scene; showDiagram() follows.
    m_progress->setVisible(true);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Layout"));
    m_cancel->setVisible(true);
    // The shape the diagram will have on screen: the part of the view it is fitted into
    // (above the legend), or (while the welcome page is up and the view's viewport has not
    // been laid out yet) the page area's. Asking for the view's whole shape left a third of
    // the width empty at fit: the legend strip makes the fitted area wider than the view.
    const QSizeF area =
        m_view->fitArea(m_view->isVisible() ? m_view->viewport()->size() : m_pages->size());
    if (area.height() > 100)
        m_diagram->setAspect(
            std::clamp(std::round(10.0 * area.width() / area.height()) / 10, 1.0, 3.2));
    m_diagram->setDocument(m_document, m_keepSource.isEmpty());
}

void MainWindow::showLoadError(const QString &source, const QString &message)
{
    m_progress->setVisible(false);
    m_cancel->setVisible(false);
    const QString shown = load::live::isConnectionString(source)
                              ? load::live::redactConnectionString(source)
                              : source;
    m_error->setHtml(QStringLiteral("<h2>%1</h2><p>%2</p><p style='color:gray'>%3</p>")
                         .arg(tr("Could not open the source").toHtmlEscaped(),
                              message.toHtmlEscaped(), shown.toHtmlEscaped()));
    m_pages->setCurrentWidget(m_error);
    clearSourceState();
    m_status->setText(tr("Could not open %1").arg(shown));
    Q_EMIT documentShown();
}

void MainWindow::showFinding(int index)
{
    if (!m_document || index < 0 || index >= m_document->review.findings.size())
        return;
    const review::Finding &finding = m_document->review.findings.at(index);
    const review::Rule *rule = review::findRule(finding.rule);
    m_details->showFinding(finding, rule ? rule->info.title : QString());
    showDecisionFor(index);
    m_detailsDock->show();
    m_detailsDock->raise();
}

void MainWindow::selectFinding(int index)
{
    if (!m_document || index < 0 || index >= m_document->review.findings.size())
        return;
    showFinding(index);
    m_findings->selectFinding(index);
    const review::Finding &finding = m_document->review.findings.at(index);
    recordVisit({NavigationHistory::Entry::Kind::Finding, finding.fingerprint});
    QRectF focus;
    if (QGraphicsItem *item = m_scene->itemForFinding(finding, &focus)) {
        if (!item->isVisible()) {
            // Hidden by hand or outside the focused neighbourhood: show it rather than
            // selecting something nobody can see.
            const QString name = revealItem(item);
            statusBar()->showMessage(tr("Showing %1 again, which was hidden.").arg(name), 5000);
            m_scene->itemForFinding(finding, &focus);
        }
        const QSignalBlocker blocker(m_scene);
        m_scene->clearSelection();
        item->setSelected(true);
        m_scene->markFinding(finding);
        m_view->centreOnRect(focus);
    }
}

QString MainWindow::revealItem(QGraphicsItem *item)
{
    QList<int> nodes;
    if (item->type() == TableItem::Type) {
        nodes.append(static_cast<TableItem *>(item)->node());
    } else if (item->type() == EdgeItem::Type) {
        const graph::Edge &edge = m_scene->graph().edges.at(static_cast<EdgeItem *>(item)->edge());
        nodes << edge.from << edge.to;
    }
    QStringList names;
    for (int node : std::as_const(nodes)) {
        names.append(m_scene->graph().nodes.at(node).name);
        m_scene->setTableHidden(node, false);
        if (m_scene->focusNode() >= 0 && !m_scene->tableItems().at(node)->isVisible())
            m_scene->setFocus(-1, 0); // outside the focus: the whole diagram again
    }
    return names.join(QStringLiteral(", "));
}

void MainWindow::showTable(int node)
{
    showNotesFor(node);
    if (!m_document || node < 0 || node >= m_scene->graph().nodes.size()) {
        m_inspector->clear();
        return;
    }
    const graph::TableNode &table = m_scene->graph().nodes.at(node);
    recordVisit({NavigationHistory::Entry::Kind::Table, table.id});
    if (const model::Table *t = m_document->loaded.schema.table(table.schema, table.name))
        m_inspector->setHtml(tableInspectorHtml(m_document->loaded.schema, *t,
                                                m_document->review.findings, &m_meeting->notes()));
    m_inspectorDock->show();
    m_inspectorDock->raise();
}

bool MainWindow::searchDiagram(const QString &text, bool next)
{
    const QString needle = text.trimmed();
    const auto &nodes = m_scene->graph().nodes;
    if (needle.isEmpty() || nodes.isEmpty())
        return false;
    // Table names first, then column names; Enter moves to the next match.
    QList<int> matches;
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes.at(i).name.contains(needle, Qt::CaseInsensitive))
            matches.append(i);
    }
    for (int i = 0; i < nodes.size(); ++i) {
        for (const graph::ColumnRow &row : nodes.at(i).rows) {
            if (row.name.contains(needle, Qt::CaseInsensitive) && !matches.contains(i)) {
                matches.append(i);
                break;
            }
        }
    }
    if (matches.isEmpty())
        return false;
    const qsizetype current = matches.indexOf(m_searchHit);
    m_searchHit = next && current >= 0 ? matches.at((current + 1) % matches.size())
                  : current >= 0       ? m_searchHit
                                       : matches.constFirst();
    TableItem *item = m_scene->tableItems().at(m_searchHit);
    m_scene->clearSelection();
    item->setSelected(true);
    // Mark the matching column, if the match is a column.
    review::Finding mark;
    mark.object.schema = nodes.at(m_searchHit).schema;
    mark.object.table = nodes.at(m_searchHit).name;
    for (const graph::ColumnRow &row : nodes.at(m_searchHit).rows) {
        if (!nodes.at(m_searchHit).name.contains(needle, Qt::CaseInsensitive) &&
            row.name.contains(needle, Qt::CaseInsensitive)) {
            mark.object.column = row.name;
            break;
        }
    }
    m_scene->markFinding(mark);
    m_view->centreOnRect(item->sceneBoundingRect());
    return true;
}

void MainWindow::openLocation(const QString &file, int line)
{
    if (!m_document || file.isEmpty())
        return;
    // Origins name files relative to the source root; the plan knows their absolute paths.
    QString path;
    for (const load::MigrationUnit &unit : m_document->loaded.source.units) {
        if (unit.path == file) {
            path = unit.absolutePath;
            break;
        }
    }
    if (path.isEmpty()) {
        const QFileInfo root(m_document->loaded.source.rootPath);
        path =
            root.isDir() ? QDir(root.absoluteFilePath()).filePath(file) : root.absoluteFilePath();
    }
    m_sourceDock->show();
    m_sourceDock->raise();
    m_source->showFile(path, line);
    m_sourceDock->setWindowTitle(tr("Source — %1").arg(QFileInfo(path).fileName()));
}

void MainWindow::watchSource()
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (!m_document)
        return;
    const load::MigrationPlan &plan = m_document->loaded.source;
    if (plan.rootPath.isEmpty())
        return;
    QStringList paths;
    if (plan.isFolder) {
        // New and removed files show up as directory changes, edits as file changes.
        paths.append(plan.rootPath);
        QDirIterator dirs(plan.rootPath, QDir::Dirs | QDir::NoDotAndDotDot,
                          QDirIterator::Subdirectories);
        while (dirs.hasNext() && paths.size() < 2000)
            paths.append(dirs.next());
    }
    for (const load::MigrationUnit &unit : plan.units) {
        if (paths.size() >= 4000)
            break;
        paths.append(unit.absolutePath);
    }
    if (!plan.isFolder)
        paths.append(plan.rootPath);
    paths.removeAll(QString());
    paths.removeDuplicates();
    m_watcher->addPaths(paths);
}

void MainWindow::reload()
{
    if (!m_sourceText.isEmpty())
        openSource(m_sourceText, m_sourceOptions);
}

} // namespace schemalens::gui
