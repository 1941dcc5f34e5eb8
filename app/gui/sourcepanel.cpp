#include "app/gui/sourcepanel.h"

#include "app/gui/severitystyle.h"

#include "core/util/plural.h"

#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace schemalens::gui {

namespace {

enum Role { FileRole = Qt::UserRole, LineRole };

review::Severity severityOf(load::Diagnostic::Severity severity)
{
    switch (severity) {
    case load::Diagnostic::Severity::Error:
        return review::Severity::Error;
    case load::Diagnostic::Severity::Warning:
        return review::Severity::Warning;
    case load::Diagnostic::Severity::Info:
        return review::Severity::Info;
    }
    return review::Severity::Info;
}

QList<load::Diagnostic> allDiagnostics(const load::LoadResult &loaded)
{
    return loaded.source.diagnostics + loaded.diagnostics;
}

bool isProblem(const load::Diagnostic &d)
{
    return d.severity != load::Diagnostic::Severity::Info;
}

QString dialectTitle(load::Dialect dialect)
{
    switch (dialect) {
    case load::Dialect::PostgreSQL:
        return QStringLiteral("PostgreSQL");
    case load::Dialect::SQLite:
        return QStringLiteral("SQLite");
    case load::Dialect::Unknown:
        break;
    }
    return SourcePanel::tr("unknown dialect");
}

} // namespace

SourcePanel::SourcePanel(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_header = new QLabel;
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_header);
    m_tree = new QTreeWidget;
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("File"), tr("Note")});
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(0, 320);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString file = item->data(0, FileRole).toString();
        if (!file.isEmpty())
            Q_EMIT openLocation(file, item->data(0, LineRole).toInt());
    });
    clear();
}

void SourcePanel::clear()
{
    m_tree->clear();
    m_problems = nullptr;
    m_header->setText(tr("No source is open."));
}

int SourcePanel::problemCount(const load::LoadResult &loaded)
{
    const QList<load::Diagnostic> diagnostics = allDiagnostics(loaded);
    return int(std::count_if(diagnostics.cbegin(), diagnostics.cend(), isProblem));
}

QString SourcePanel::problemSummary(const load::LoadResult &loaded)
{
    QMap<QString, int> byRule;
    for (const load::Diagnostic &d : allDiagnostics(loaded)) {
        if (isProblem(d))
            ++byRule[d.rule];
    }
    QStringList parts;
    for (auto it = byRule.cbegin(); it != byRule.cend(); ++it) {
        if (it.key() == QLatin1String("parse-error"))
            parts.append(plural(tr("%n parse error(s)", nullptr, it.value()), it.value()));
        else if (it.key() == QLatin1String("migration-error"))
            parts.append(plural(tr("%n migration error(s)", nullptr, it.value()), it.value()));
        else if (it.key() == QLatin1String("source-warning"))
            parts.append(plural(tr("%n source warning(s)", nullptr, it.value()), it.value()));
        else
            parts.append(plural(tr("%n other problem(s)", nullptr, it.value()), it.value()));
    }
    return parts.join(QStringLiteral(", "));
}

void SourcePanel::setSource(const load::LoadResult &loaded)
{
    clear();
    const load::MigrationPlan &plan = loaded.source;
    QString header = tr("<b>%1</b> · layout <b>%2</b> · %3")
                         .arg(plan.rootPath.toHtmlEscaped(), plan.layout.toHtmlEscaped(),
                              dialectTitle(plan.dialect).toHtmlEscaped());
    if (!plan.dialectEvidence.isEmpty())
        header += QStringLiteral(" (") + plan.dialectEvidence.toHtmlEscaped() + QLatin1Char(')');
    header +=
        QStringLiteral("<br>") +
        plural(tr("%n file(s) applied", nullptr, int(plan.units.size())), int(plan.units.size())) +
        QStringLiteral(" · ") + tr("%n not applied", nullptr, int(plan.skipped.size())) +
        QStringLiteral(" · ") +
        plural(tr("%n statement(s), %1 applied", nullptr, loaded.stats.statements),
               loaded.stats.statements)
            .arg(loaded.stats.applied);
    m_header->setText(header);

    const QList<load::Diagnostic> diagnostics = allDiagnostics(loaded);
    m_problems = new QTreeWidgetItem(
        m_tree, {tr("Problems (%1)").arg(diagnostics.size()),
                 diagnostics.isEmpty() ? tr("none: every statement applied") : QString()});
    for (const load::Diagnostic &d : diagnostics) {
        auto *item = new QTreeWidgetItem(
            m_problems, {d.location.isValid() ? d.location.toString() : plan.rootPath,
                         d.rule + QStringLiteral(": ") + d.message});
        item->setIcon(0, severityIcon(severityOf(d.severity)));
        item->setToolTip(1, d.message);
        item->setData(0, FileRole, d.location.file);
        item->setData(0, LineRole, d.location.line);
    }
    auto *skipped = new QTreeWidgetItem(
        m_tree,
        {tr("Not applied (%1)").arg(plan.skipped.size()),
         plan.skipped.isEmpty() ? QString() : tr("files the layout does not run as migrations")});
    for (const load::SkippedFile &file : plan.skipped) {
        auto *item = new QTreeWidgetItem(skipped, {file.path, file.reason});
        item->setData(0, FileRole, file.path);
    }
    auto *applied = new QTreeWidgetItem(
        m_tree, {tr("Applied (%1)").arg(plan.units.size()), tr("in the order the tool runs them")});
    for (const load::MigrationUnit &unit : plan.units) {
        QString note = unit.version;
        if (unit.noTransaction)
            note +=
                (note.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("outside a transaction");
        auto *item = new QTreeWidgetItem(applied, {unit.path, note});
        item->setData(0, FileRole, unit.path);
        item->setData(0, LineRole, 1);
    }
    m_problems->setExpanded(!diagnostics.isEmpty());
    skipped->setExpanded(diagnostics.isEmpty() && !plan.skipped.isEmpty());
}

void SourcePanel::expandProblems()
{
    if (!m_problems)
        return;
    m_problems->setExpanded(true);
    m_tree->setCurrentItem(m_problems);
    m_tree->scrollToItem(m_problems, QAbstractItemView::PositionAtTop);
}

} // namespace schemalens::gui
