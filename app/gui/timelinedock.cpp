#include "app/gui/timelinedock.h"

#include "app/gui/connectiondialog.h"
#include "app/gui/diagramitems.h"
#include "app/gui/diagramscene.h"
#include "app/gui/diagramview.h"
#include "app/gui/mainwindow.h"
#include "app/gui/timelinecontroller.h"
#include "app/gui/timelinemodel.h"
#include "core/diff/diffreport.h"
#include "core/diff/historydiff.h"
#include "core/load/live/connstring.h"
#include "core/load/loader.h"
#include "core/load/migrationpoint.h"
#include "core/review/config.h"
#include "core/review/engine.h"

#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QScopedValueRollback>
#include <QSet>
#include <QSlider>
#include <QStackedWidget>
#include <QTableView>
#include <QThread>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace schemalens::gui {

namespace {

struct StepSummary {
    QString summary;
    QStringList lines;
    bool empty = true;
};

QString colourName(render::DiffMark mark, const render::Theme &theme)
{
    return render::diffMarkColour(mark, theme).name();
}

QString legend(const render::Theme &theme)
{
    return QStringLiteral("<span style='color:%1'>■</span> %2 &nbsp; "
                          "<span style='color:%3'>■</span> %4 &nbsp; "
                          "<span style='color:%5'>■</span> %6")
        .arg(colourName(render::DiffMark::Added, theme), TimelineDock::tr("added"),
             colourName(render::DiffMark::Changed, theme), TimelineDock::tr("changed"),
             colourName(render::DiffMark::Removed, theme), TimelineDock::tr("removed"));
}

QString symbolOf(diff::ChangeKind change)
{
    switch (change) {
    case diff::ChangeKind::Added:
        return QStringLiteral("+");
    case diff::ChangeKind::Dropped:
        return QStringLiteral("−");
    case diff::ChangeKind::Changed:
        return QStringLiteral("~");
    case diff::ChangeKind::Renamed:
        return QStringLiteral("→");
    }
    return {};
}

render::DiffMark markOf(diff::ChangeKind change)
{
    switch (change) {
    case diff::ChangeKind::Added:
        return render::DiffMark::Added;
    case diff::ChangeKind::Dropped:
        return render::DiffMark::Removed;
    default:
        return render::DiffMark::Changed;
    }
}

// The load of the first COUNT migrations, from the snapshots: what a review of that point
// needs (schema with its History, the plan's first units, their diagnostics).
load::LoadResult pointLoad(const load::LoadResult &loaded, int count)
{
    load::LoadResult point;
    point.schema = diff::schemaAt(loaded, count, true);
    point.source = loaded.source;
    point.source.units = loaded.source.units.mid(0, count);
    if (count > 0 && count <= loaded.snapshots.size())
        point.diagnostics = loaded.diagnostics.mid(0, loaded.snapshots.at(count - 1).diagnostics);
    return point;
}

} // namespace

TimelineDock::TimelineDock(MainWindow *window)
    : QDockWidget(tr("Timeline"), window)
    , m_window(window)
    , m_controller(new TimelineController(window->diagramScene(), this))
    , m_model(new TimelineModel(this))
    , m_stop(std::make_shared<std::atomic<bool>>(false))
{
    setObjectName(QStringLiteral("TimelineDock"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    auto *bar = new QHBoxLayout;
    m_previous = new QToolButton;
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("Previous migration"));
    m_next = new QToolButton;
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next migration"));
    m_slider = new QSlider(Qt::Horizontal);
    m_slider->setObjectName(QStringLiteral("timelineSlider"));
    m_slider->setToolTip(tr("The schema after this migration"));
    m_slider->setPageStep(10);
    m_position = new QLabel;
    m_position->setMinimumWidth(70);
    m_full = new QToolButton;
    m_full->setText(tr("Full Schema"));
    m_full->setToolTip(tr("Show the whole schema as the migrations leave it, with its findings"));
    m_compare = new QToolButton;
    m_compare->setText(tr("Compare with…"));
    m_compare->setToolTip(
        tr("Compare this schema with another source: a branch's migration folder, a schema "
           "file, a SQLite database or a live PostgreSQL database"));
    m_compare->setPopupMode(QToolButton::InstantPopup);
    auto *compareMenu = new QMenu(m_compare);
    compareMenu->addAction(tr("Migration &Folder…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Compare with Folder"));
        if (!dir.isEmpty())
            compareWith(dir);
    });
    compareMenu->addAction(tr("Schema or Database &File…"), this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("Compare with File"), QString(),
            tr("Schemas and databases (*.sql *.db *.sqlite *.sqlite3);;All files (*)"));
        if (!file.isEmpty())
            compareWith(file);
    });
    compareMenu->addAction(tr("&PostgreSQL Database…"), this, [this] {
        ConnectionDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted && !dialog.connectionString().isEmpty())
            compareWith(dialog.connectionString());
    });
    m_compare->setMenu(compareMenu);
    bar->addWidget(m_previous);
    bar->addWidget(m_slider, 1);
    bar->addWidget(m_next);
    bar->addWidget(m_position);
    bar->addWidget(m_full);
    bar->addWidget(m_compare);
    layout->addLayout(bar);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    layout->addWidget(m_status);

    m_pages = new QStackedWidget;
    m_list = new QTableView;
    m_list->setObjectName(QStringLiteral("timelineList"));
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->verticalHeader()->hide();
    m_list->verticalHeader()->setDefaultSectionSize(m_list->fontMetrics().height() + 6);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setWordWrap(false);
    m_list->setAlternatingRowColors(true);
    m_list->setToolTip(tr("Pick a migration to see the schema after it; pick several (Shift) "
                          "to see what they changed together"));
    m_pages->addWidget(m_list);

    auto *comparePage = new QWidget;
    auto *compareLayout = new QVBoxLayout(comparePage);
    compareLayout->setContentsMargins(0, 0, 0, 0);
    auto *compareBar = new QHBoxLayout;
    m_compareTitle = new QLabel;
    m_compareTitle->setWordWrap(true);
    auto *back = new QToolButton;
    back->setText(tr("Back to the Timeline"));
    compareBar->addWidget(m_compareTitle, 1);
    compareBar->addWidget(back);
    compareLayout->addLayout(compareBar);
    m_differences = new QTreeWidget;
    m_differences->setObjectName(QStringLiteral("differenceList"));
    m_differences->setColumnCount(3);
    m_differences->setHeaderLabels({QString(), tr("Object"), tr("Difference")});
    m_differences->setRootIsDecorated(false);
    m_differences->setAlternatingRowColors(true);
    compareLayout->addWidget(m_differences);
    m_pages->addWidget(comparePage);
    layout->addWidget(m_pages, 1);
    setWidget(content);

    connect(window, &MainWindow::documentShown, this, &TimelineDock::documentShown);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TimelineDock::selectionChanged);
    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (!m_syncing)
            selectMigration(value - 1);
    });
    connect(m_previous, &QToolButton::clicked, this,
            [this] { selectMigration(std::max(0, m_controller->shownTo() - 2)); });
    connect(m_next, &QToolButton::clicked, this,
            [this] { selectMigration(std::max(0, m_controller->shownTo())); });
    connect(m_full, &QToolButton::clicked, this, &TimelineDock::showFullSchema);
    connect(back, &QToolButton::clicked, this, &TimelineDock::showFullSchema);
    connect(m_differences, &QTreeWidget::itemActivated, this, &TimelineDock::differenceActivated);
    connect(m_differences, &QTreeWidget::itemClicked, this, &TimelineDock::differenceActivated);
    connect(m_controller, &TimelineController::shown, this, &TimelineDock::stepShown);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            reviewFindings();
    });
    documentShown();
}

TimelineDock::~TimelineDock()
{
    // The findings thread reports to this dock: it ends (after its current review) first.
    stopBackgroundWork();
    for (const QPointer<QThread> &thread : std::as_const(m_threads))
        if (thread)
            thread->wait();
}

void TimelineDock::stopBackgroundWork()
{
    m_stop->store(true);
    m_stop = std::make_shared<std::atomic<bool>>(false);
    m_findingsStarted = false;
}

QString TimelineDock::statusText() const
{
    return m_status->text();
}

void TimelineDock::documentShown()
{
    const DocumentPtr document = m_window->document();
    if (document == m_controller->document())
        return;
    stopBackgroundWork();
    m_controller->setDocument(document);
    m_pages->setCurrentIndex(0);
    const bool history = m_controller->hasHistory();
    const int count = m_controller->migrationCount();
    if (history)
        m_model->setPlan(document->loaded.source);
    else
        m_model->clear();
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setRange(history ? 1 : 0, history ? count : 0);
        m_slider->setValue(history ? count : 0);
    }
    for (QWidget *w : {static_cast<QWidget *>(m_slider), static_cast<QWidget *>(m_previous),
                       static_cast<QWidget *>(m_next), static_cast<QWidget *>(m_list)})
        w->setEnabled(history);
    m_compare->setEnabled(document != nullptr);
    m_position->setText(history ? QStringLiteral("%1 / %1").arg(count) : QString());
    if (!document)
        m_status->setText(tr("Open a migration folder to step through its history."));
    else if (!history)
        m_status->setText(tr("%1 has no migration history. <i>Compare with…</i> shows how it "
                             "differs from another source.")
                              .arg(document->displayName.toHtmlEscaped()));
    else
        m_status->setText(
            (count == 1 ? tr("1 migration.") : tr("%1 migrations.").arg(count)) + QLatin1Char(' ') +
            tr("Pick one to see the schema as it was after it, marked with what it changed.") +
            QStringLiteral("<br>") + legend(m_window->diagramScene()->theme()));
    if (history) {
        m_list->resizeColumnToContents(TimelineModel::Number);
        m_list->setColumnWidth(
            TimelineModel::Date,
            m_list->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 16);
        m_list->setColumnWidth(TimelineModel::Migration, 300);
        m_list->setColumnWidth(TimelineModel::Changes, 320);
        summarize();
        if (isVisible())
            reviewFindings();
    }
}

void TimelineDock::selectMigration(int row)
{
    selectMigrations(row, row);
}

void TimelineDock::selectMigrations(int firstRow, int lastRow)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    firstRow = std::clamp(firstRow, 0, rows - 1);
    lastRow = std::clamp(lastRow, firstRow, rows - 1);
    const QItemSelection selection(m_model->index(firstRow, 0),
                                   m_model->index(lastRow, TimelineModel::ColumnCount - 1));
    m_list->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    m_list->selectionModel()->setCurrentIndex(m_model->index(lastRow, 0),
                                              QItemSelectionModel::NoUpdate);
    m_list->scrollTo(m_model->index(lastRow, 0));
}

void TimelineDock::selectionChanged()
{
    if (m_syncing)
        return;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    int first = rows.constFirst().row();
    int last = first;
    for (const QModelIndex &index : rows) {
        first = std::min(first, index.row());
        last = std::max(last, index.row());
    }
    m_pages->setCurrentIndex(0);
    m_controller->showRange(first, last + 1);
}

void TimelineDock::stepShown()
{
    const render::Theme &theme = m_window->diagramScene()->theme();
    if (m_controller->isComparison()) {
        showComparisonList();
        return;
    }
    const int from = m_controller->shownFrom();
    const int to = m_controller->shownTo();
    const int count = m_controller->migrationCount();
    {
        const QScopedValueRollback syncing(m_syncing, true);
        m_slider->setValue(to);
    }
    m_position->setText(QStringLiteral("%1 / %2").arg(to).arg(count));
    m_previous->setEnabled(to > 1);
    m_next->setEnabled(to < count);
    const load::MigrationPlan &plan = m_controller->document()->loaded.source;
    QString where;
    if (to - from == 1) {
        const load::MigrationUnit &unit = plan.units.at(to - 1);
        const QDateTime date = load::migrationDate(unit);
        where = tr("After migration %1 of %2, <b>%3</b>")
                    .arg(to)
                    .arg(count)
                    .arg(load::migrationName(unit).toHtmlEscaped());
        if (date.isValid())
            where += QStringLiteral(" (%1)").arg(date.toString(QStringLiteral("yyyy-MM-dd")));
    } else {
        where = tr("Migrations %1 to %2 of %3 together").arg(from + 1).arg(to).arg(count);
    }
    m_status->setText(where + QStringLiteral(": ") +
                      diff::summaryLine(m_controller->shownDiff()).toHtmlEscaped() +
                      QStringLiteral("<br>") + legend(theme));
}

void TimelineDock::showFullSchema()
{
    {
        const QScopedValueRollback syncing(m_syncing, true);
        m_list->clearSelection();
    }
    m_pages->setCurrentIndex(0);
    m_controller->restore();
    const int count = m_controller->migrationCount();
    {
        const QScopedValueRollback syncing(m_syncing, true);
        m_slider->setValue(count);
    }
    m_position->setText(m_controller->hasHistory() ? QStringLiteral("%1 / %1").arg(count)
                                                   : QString());
    m_status->setText(tr("The full schema, as the migrations leave it."));
    m_window->diagramView()->fitAll();
}

void TimelineDock::compareWith(const QString &source)
{
    const DocumentPtr document = m_controller->document();
    if (!document || source.isEmpty())
        return;
    m_compareLabel = load::live::isConnectionString(source)
                         ? load::live::redactConnectionString(source)
                         : QDir::toNativeSeparators(source);
    m_status->setText(tr("Loading %1 to compare…").arg(m_compareLabel.toHtmlEscaped()));
    m_compare->setEnabled(false);
    auto *watcher = new QFutureWatcher<std::shared_ptr<Result<load::LoadResult>>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, document] {
        watcher->deleteLater();
        m_compare->setEnabled(true);
        const std::shared_ptr<Result<load::LoadResult>> result = watcher->result();
        if (document != m_controller->document())
            return; // another document arrived meanwhile
        if (!result || !result->ok()) {
            const QString message = result ? result->error().toString() : tr("Internal error");
            m_status->setText(tr("Could not load %1: %2")
                                  .arg(m_compareLabel.toHtmlEscaped(), message.toHtmlEscaped()));
            Q_EMIT comparisonFailed(message);
            return;
        }
        auto other = std::make_shared<const load::LoadResult>(std::move(*result).value());
        m_controller->showComparison(other);
        Q_EMIT comparisonShown();
    });
    const QString dialect = document->loaded.source.dialect == load::Dialect::SQLite
                                ? QStringLiteral("sqlite")
                                : QString();
    watcher->setFuture(QtConcurrent::run([source, dialect] {
        load::LoadOptions options;
        if (dialect == QLatin1String("sqlite") && !load::live::isConnectionString(source))
            options.discovery.dialect = load::Dialect::SQLite;
        return std::make_shared<Result<load::LoadResult>>(load::loadSource(source, options));
    }));
}

void TimelineDock::showComparisonList()
{
    const diff::SchemaDiff &result = m_controller->shownDiff();
    const render::Theme &theme = m_window->diagramScene()->theme();
    m_pages->setCurrentIndex(1);
    const DocumentPtr document = m_controller->document();
    m_compareTitle->setText(
        tr("<b>%1</b> compared with <b>%2</b>: %3")
            .arg(document->displayName.toHtmlEscaped(), m_compareLabel.toHtmlEscaped(),
                 (result.isEmpty() ? tr("no differences") : diff::summaryLine(result))
                     .toHtmlEscaped()));
    m_status->setText(legend(theme));
    m_differences->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(result.entries.size());
    for (int i = 0; i < result.entries.size(); ++i) {
        const diff::Entry &e = result.entries.at(i);
        auto *item = new QTreeWidgetItem;
        item->setText(0, symbolOf(e.change));
        item->setForeground(0, render::diffMarkColour(markOf(e.change), theme));
        item->setText(1, e.objectName());
        item->setText(2, diff::describeEntry(e));
        item->setToolTip(2, diff::describeEntry(e));
        item->setData(0, Qt::UserRole, i);
        items.append(item);
    }
    m_differences->addTopLevelItems(items);
    m_differences->resizeColumnToContents(0);
    m_differences->setColumnWidth(1, 280);
}

void TimelineDock::differenceActivated(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const int i = item->data(0, Qt::UserRole).toInt();
    const diff::SchemaDiff &result = m_controller->shownDiff();
    if (i < 0 || i >= result.entries.size())
        return;
    const diff::Entry &e = result.entries.at(i);
    DiagramScene *scene = m_window->diagramScene();
    if (TableItem *table = scene->tableItem(e.schema, e.table)) {
        scene->clearSelection();
        table->setSelected(true);
        m_window->diagramView()->centreOnRect(table->sceneBoundingRect());
    }
}

void TimelineDock::summarize()
{
    const DocumentPtr document = m_controller->document();
    if (!document || !m_controller->hasHistory())
        return;
    const std::shared_ptr<std::atomic<bool>> stop = m_stop;
    auto *watcher = new QFutureWatcher<QList<StepSummary>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, document] {
        watcher->deleteLater();
        if (document != m_controller->document())
            return;
        const QList<StepSummary> steps = watcher->result();
        for (int row = 0; row < steps.size(); ++row)
            m_model->setChanges(row, steps.at(row).summary, steps.at(row).lines,
                                steps.at(row).empty);
        if (steps.size() == m_model->rowCount())
            Q_EMIT changesSummarized();
    });
    watcher->setFuture(QtConcurrent::run([document, stop] {
        QList<StepSummary> steps;
        const int count = int(document->loaded.source.units.size());
        steps.reserve(count);
        for (int k = 1; k <= count && !stop->load(); ++k) {
            const diff::SchemaDiff d = diff::diffPoints(document->loaded, k - 1, k);
            StepSummary step;
            step.summary = diff::summaryLine(d);
            step.empty = d.isEmpty();
            for (const diff::Entry &e : d.entries)
                step.lines.append(diff::describeEntry(e));
            steps.append(std::move(step));
        }
        return steps;
    }));
}

void TimelineDock::reviewFindings()
{
    const DocumentPtr document = m_controller->document();
    if (m_findingsStarted || !document || !m_controller->hasHistory())
        return;
    m_findingsStarted = true;
    const std::shared_ptr<std::atomic<bool>> stop = m_stop;
    QPointer<TimelineDock> self(this);
    // Each migration's findings: the review of its snapshot against the one before, by
    // fingerprint. A review of every point costs seconds for a long history: a thread of
    // its own at low priority, filling the list as it goes.
    QThread *thread = QThread::create([document, stop, self] {
        review::ReviewOptions options;
        if (!document->configPath.isEmpty())
            if (auto config = review::loadConfigFile(document->configPath))
                options.config = config->config;
        QHash<QString, QString> previous; // fingerprint -> "rule: message"
        const int count = int(document->loaded.source.units.size());
        for (int k = 1; k <= count && !stop->load(); ++k) {
            const load::LoadResult point = pointLoad(document->loaded, k);
            const review::ReviewResult result = review::runReview(point, options);
            QHash<QString, QString> current;
            for (const review::Finding &f : result.findings)
                current.insert(f.fingerprint, f.rule + QLatin1String(": ") + f.message);
            QStringList introduced;
            QStringList fixed;
            for (auto it = current.cbegin(); it != current.cend(); ++it)
                if (!previous.contains(it.key()))
                    introduced.append(it.value());
            for (auto it = previous.cbegin(); it != previous.cend(); ++it)
                if (!current.contains(it.key()))
                    fixed.append(it.value());
            introduced.sort();
            fixed.sort();
            previous = std::move(current);
            // The dock waits for this thread before it goes: it is alive here.
            QMetaObject::invokeMethod(
                self.data(),
                [self, document, k, introduced, fixed, count] {
                    if (!self || document != self->m_controller->document())
                        return;
                    self->m_model->setFindings(k - 1, introduced, fixed);
                    if (k == count)
                        Q_EMIT self->findingsReviewed();
                },
                Qt::QueuedConnection);
        }
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.removeAll(QPointer<QThread>());
    m_threads.append(thread);
    thread->start(QThread::LowestPriority);
}

} // namespace schemalens::gui
