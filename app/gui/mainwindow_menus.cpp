// MainWindow: what people reach for beyond the menus — context menus on tables, edges and
// findings, links between tables in the inspector with Back/Forward through what was
// visited, File ▸ Export Review… and the print preview.

#include "app/gui/detailspane.h"
#include "app/gui/diagramitems.h"
#include "app/gui/diagramscene.h"
#include "app/gui/diagramview.h"
#include "app/gui/exportdialog.h"
#include "app/gui/findingsdock.h"
#include "app/gui/findingsmodel.h"
#include "app/gui/mainwindow.h"
#include "app/gui/printing.h"
#include "core/report/modeljson.h"
#include "core/report/reviewhtml.h"
#include "core/report/reviewjson.h"
#include "core/report/reviewmarkdown.h"
#include "core/report/reviewsarif.h"
#include "core/report/reviewtext.h"
#include "core/review/rule.h"

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>

namespace schemalens::gui {

namespace {

// The table a scene item is about, or -1.
int tableOf(const QGraphicsItem *item)
{
    return item && item->type() == TableItem::Type ? static_cast<const TableItem *>(item)->node()
                                                   : -1;
}

} // namespace

void MainWindow::createNavigationActions()
{
    QMenu *go = new QMenu(tr("&Go"), this);
    // Before Help, after View.
    menuBar()->insertMenu(menuBar()->actions().constLast(), go);
    m_backAction = go->addAction(tr("&Back"), this, [this] { navigate(true); });
    m_backAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence::Back});
    m_forwardAction = go->addAction(tr("&Forward"), this, [this] { navigate(false); });
    m_forwardAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence::Forward});
    updateNavigationActions();

    m_inspector->setOpenLinks(false);
    connect(m_inspector, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("table"))
            goToTable(url.path(QUrl::FullyDecoded));
    });

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &MainWindow::diagramContextMenu);
    m_findings->view()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_findings->view(), &QWidget::customContextMenuRequested, this,
            &MainWindow::findingsContextMenu);
}

void MainWindow::recordVisit(const NavigationHistory::Entry &entry)
{
    if (m_navigating || entry.key.isEmpty())
        return;
    m_history.visit(entry);
    updateNavigationActions();
}

void MainWindow::updateNavigationActions()
{
    m_backAction->setEnabled(m_history.canGoBack());
    m_forwardAction->setEnabled(m_history.canGoForward());
}

void MainWindow::navigate(bool back)
{
    if (back ? !m_history.canGoBack() : !m_history.canGoForward())
        return;
    const NavigationHistory::Entry entry = back ? m_history.back() : m_history.forward();
    m_navigating = true;
    if (entry.kind == NavigationHistory::Entry::Kind::Table) {
        goToTable(entry.key);
    } else if (m_document) {
        const review::Findings &findings = m_document->review.findings;
        for (qsizetype i = 0; i < findings.size(); ++i) {
            if (findings.at(i).fingerprint == entry.key) {
                selectFinding(int(i));
                break;
            }
        }
    }
    m_navigating = false;
    updateNavigationActions();
}

bool MainWindow::goToTable(const QString &id)
{
    const qsizetype dot = id.indexOf(QLatin1Char('.'));
    TableItem *item = m_scene->tableItem(id.left(dot), id.mid(dot + 1));
    if (!item) {
        statusBar()->showMessage(tr("%1 is not on the diagram.").arg(id), 5000);
        return false;
    }
    if (!item->isVisible())
        revealItem(item);
    m_scene->clearSelection();
    item->setSelected(true); // selection shows it in the inspector and records the visit
    m_view->centreOnRect(item->sceneBoundingRect());
    return true;
}

void MainWindow::diagramContextMenu(const QPoint &pos)
{
    QGraphicsItem *item = m_view->itemAt(pos);
    while (item && item->type() != TableItem::Type && item->type() != EdgeItem::Type)
        item = item->parentItem();
    if (!item || !m_document)
        return;
    if (!item->isSelected()) {
        m_scene->clearSelection();
        item->setSelected(true);
    }
    QMenu menu(this);
    const graph::ErGraph &graph = m_scene->graph();
    if (const int node = tableOf(item); node >= 0) {
        const graph::TableNode &table = graph.nodes.at(node);
        menu.addAction(tr("Focus on &Neighbours"), this, [this, node] {
            m_scene->setFocus(node, 1);
            m_view->fitAll();
        });
        menu.addAction(tr("Focus on Two &Hops"), this, [this, node] {
            m_scene->setFocus(node, 2);
            m_view->fitAll();
        });
        menu.addAction(tr("&Hide Table"), this,
                       [this, node] { m_scene->setTableHidden(node, true); });
        menu.addSeparator();
        menu.addAction(tr("Copy &Name"), this,
                       [table] { QGuiApplication::clipboard()->setText(table.id); });
        if (const model::Table *t = m_document->loaded.schema.table(table.schema, table.name)) {
            const model::Origin origin = t->origin;
            QAction *show = menu.addAction(tr("Show in &Source"), this, [this, origin] {
                openLocation(origin.file, origin.line);
            });
            show->setEnabled(!origin.file.isEmpty());
        }
        menu.addSeparator();
        menu.addAction(tr("&Export This Neighbourhood…"), this, [this, node] {
            m_scene->setFocus(node, 1);
            m_view->fitAll();
            exportDiagramDialog(ExportScope::Shown);
        });
    } else {
        const int index = static_cast<EdgeItem *>(item)->edge();
        const graph::Edge &edge = graph.edges.at(index);
        const QString from = graph.nodes.at(edge.from).id;
        const QString to = graph.nodes.at(edge.to).id;
        menu.addAction(tr("Go to %1").arg(from), this, [this, from] { goToTable(from); });
        menu.addAction(tr("Go to %1").arg(to), this, [this, to] { goToTable(to); });
        menu.addSeparator();
        const QString text = QStringLiteral("%1 (%2) → %3 (%4)")
                                 .arg(from, edge.fromColumns.join(QStringLiteral(", ")), to,
                                      edge.toColumns.join(QStringLiteral(", ")));
        menu.addAction(tr("&Copy Reference"), this,
                       [text] { QGuiApplication::clipboard()->setText(text); });
        const graph::TableNode &source = graph.nodes.at(edge.from);
        if (const model::Table *t = m_document->loaded.schema.table(source.schema, source.name)) {
            model::Origin origin = t->origin;
            for (const model::ForeignKey &key : t->foreignKeys) {
                if (key.name == edge.name)
                    origin = key.origin;
            }
            QAction *show = menu.addAction(tr("Show in &Source"), this, [this, origin] {
                openLocation(origin.file, origin.line);
            });
            show->setEnabled(!origin.file.isEmpty());
        }
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void MainWindow::findingsContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_findings->view()->indexAt(pos);
    const int finding = index.data(FindingsModel::FindingIndexRole).toInt();
    if (!m_document || finding < 0 || finding >= m_document->review.findings.size())
        return;
    const review::Finding f = m_document->review.findings.at(finding);
    QMenu menu(this);
    menu.addAction(tr("Show on &Diagram"), this, [this, finding] { selectFinding(finding); });
    QAction *source = menu.addAction(tr("Show in &Source"), this,
                                     [this, f] { openLocation(f.location.file, f.location.line); });
    source->setEnabled(!f.location.file.isEmpty());
    menu.addSeparator();
    menu.addAction(tr("Copy &Message"), this,
                   [f] { QGuiApplication::clipboard()->setText(f.message); });
    QAction *fix = menu.addAction(tr("Copy &Fix SQL"), this,
                                  [f] { QGuiApplication::clipboard()->setText(f.fix); });
    fix->setEnabled(!f.fix.isEmpty());
    menu.addAction(tr("Copy F&ingerprint"), this,
                   [f] { QGuiApplication::clipboard()->setText(f.fingerprint); });
    menu.exec(m_findings->view()->viewport()->mapToGlobal(pos));
}

void MainWindow::exportDiagramDialog(std::optional<ExportScope> scope)
{
    ExportDialog dialog(m_scene, m_view, m_document ? m_document->displayName : QString(), this);
    if (m_document)
        dialog.setFindings(&m_document->review.findings);
    if (scope) {
        ExportOptions options = dialog.options();
        options.scope = *scope;
        dialog.setOptions(options);
    }
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(
            tr("Diagram exported to %1").arg(QDir::toNativeSeparators(dialog.writtenPath())), 8000);
}

Result<QString> MainWindow::exportReview(const QString &path)
{
    if (!m_document)
        return Error{tr("Open a source first.")};
    report::ReviewReport input;
    input.loaded = &m_document->loaded;
    input.result = &m_document->review;
    input.rules = &review::allRules();
    input.toolVersion = QCoreApplication::applicationVersion();
    input.configPath =
        m_document->configPath.isEmpty() ? QString() : QFileInfo(m_document->configPath).fileName();
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm")) {
        bytes = report::reviewToHtml(input).toUtf8();
    } else if (suffix == QLatin1String("md") || suffix == QLatin1String("markdown")) {
        bytes = report::reviewToMarkdown(input).toUtf8();
    } else if (suffix == QLatin1String("sarif")) {
        input.uriPrefix = report::sarifUriPrefix(m_document->loaded.source);
        bytes = report::toJsonText(report::reviewToSarif(input));
    } else if (suffix == QLatin1String("json")) {
        bytes = report::toJsonText(report::reviewToJson(input));
    } else if (suffix == QLatin1String("txt")) {
        bytes = report::reviewToText(input).toUtf8();
    } else {
        return Error{
            tr("Unknown report type .%1: use .html, .md, .sarif, .json or .txt.").arg(suffix)};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    return path;
}

void MainWindow::exportReviewDialog()
{
    if (!m_document)
        return;
    QSettings settings;
    QString folder = settings.value(QStringLiteral("exportReview/folder")).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filters = tr("HTML page (*.html)") + QStringLiteral(";;") +
                            tr("Markdown (*.md)") + QStringLiteral(";;") +
                            tr("SARIF for code scanning (*.sarif)") + QStringLiteral(";;") +
                            tr("JSON (*.json)") + QStringLiteral(";;") + tr("Plain text (*.txt)");
    QString chosenFilter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Review"),
        QDir(folder).filePath(m_document->displayName + QStringLiteral("-review.html")), filters,
        &chosenFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) {
        // The filter's pattern names the extension: "HTML page (*.html)" -> ".html".
        const qsizetype star = chosenFilter.indexOf(QLatin1String("*."));
        path += chosenFilter.mid(star + 1, chosenFilter.indexOf(QLatin1Char(')')) - star - 1);
    }
    const Result<QString> written = exportReview(path);
    if (!written) {
        QMessageBox::warning(this, tr("Export Failed"), written.error().toString());
        return;
    }
    settings.setValue(QStringLiteral("exportReview/folder"), QFileInfo(path).absolutePath());
    statusBar()->showMessage(
        tr("Review exported to %1").arg(QDir::toNativeSeparators(written.value())), 8000);
}

} // namespace schemalens::gui
