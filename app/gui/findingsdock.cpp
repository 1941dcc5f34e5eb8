#include "app/gui/findingsdock.h"

#include "app/gui/severitystyle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace schemalens::gui {

namespace {

// Filters finding rows by text and severity; group rows stay while a child matches.
class FindingsFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setShown(const QList<bool> &shown)
    {
        m_shown = shown;
        invalidateFilter();
    }
    void setText(const QString &text)
    {
        m_text = text.trimmed();
        invalidateFilter();
    }
    void setHideLowConfidence(bool hide)
    {
        m_hideLow = hide;
        invalidateFilter();
    }

    // A group row counts what the filter lets through: "Warnings (2 of 74)".
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole && index.column() == FindingsModel::MessageColumn &&
            index.data(FindingsModel::FindingIndexRole).toInt() < 0) {
            const QModelIndex source = mapToSource(index);
            const int total = sourceModel()->rowCount(source);
            const int shown = rowCount(index);
            const QString title = source.data(FindingsModel::GroupTitleRole).toString();
            if (shown != total)
                return FindingsPanel::tr("%1 (%2 of %3)").arg(title).arg(shown).arg(total);
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (index.data(FindingsModel::FindingIndexRole).toInt() < 0) {
            for (int i = 0; i < sourceModel()->rowCount(index); ++i) {
                if (filterAcceptsRow(i, index))
                    return true;
            }
            return false;
        }
        const int severity = index.data(FindingsModel::SeverityRole).toInt();
        if (severity >= 0 && severity < m_shown.size() && !m_shown.at(severity))
            return false;
        if (m_hideLow &&
            index.data(FindingsModel::ConfidenceRole).toInt() == int(review::Confidence::Low))
            return false;
        return m_text.isEmpty() || index.data(FindingsModel::SearchTextRole)
                                       .toString()
                                       .contains(m_text, Qt::CaseInsensitive);
    }

private:
    QList<bool> m_shown{true, true, true};
    QString m_text;
    bool m_hideLow = false;
};

} // namespace

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
{
    auto *filter = new FindingsFilter(this);
    m_proxy = filter;
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter findings"));
    m_filter->setClearButtonEnabled(true);
    bar->addWidget(m_filter, 1);
    for (review::Severity s :
         {review::Severity::Error, review::Severity::Warning, review::Severity::Info}) {
        auto *button = new QToolButton;
        button->setCheckable(true);
        button->setChecked(true);
        button->setIcon(severityIcon(s));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setToolTip(tr("Show %1").arg(severityTitle(s).toLower()));
        connect(button, &QToolButton::toggled, this, &FindingsPanel::applyFilter);
        bar->addWidget(button);
        m_severityButtons.append(button);
    }
    m_hideLow = new QToolButton;
    m_hideLow->setCheckable(true);
    m_hideLow->setText(tr("Hide low confidence"));
    m_hideLow->setToolTip(tr("Hide findings that rest on names alone or that the schema explains "
                             "(a comment, a library's table)"));
    connect(m_hideLow, &QToolButton::toggled, this, &FindingsPanel::applyFilter);
    bar->addWidget(m_hideLow);
    m_grouping = new QComboBox;
    // By rank first, the default: what a reviewer would raise first, repeats grouped.
    m_grouping->addItem(tr("By rank"), int(FindingsModel::Grouping::Rank));
    m_grouping->addItem(tr("By severity"), int(FindingsModel::Grouping::Severity));
    m_grouping->addItem(tr("By rule"), int(FindingsModel::Grouping::Rule));
    m_grouping->addItem(tr("By table"), int(FindingsModel::Grouping::Table));
    bar->addWidget(m_grouping);
    layout->addLayout(bar);

    m_view = new QTreeView;
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(FindingsModel::ObjectColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingsModel::LocationColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(FindingsModel::DecisionColumn,
                                           QHeaderView::ResizeToContents);
    // Fit the columns to the rows on screen, not to a thousand more: a 6,500-finding review
    // otherwise measured every message's text after each expandAll (~100 ms on the UI thread).
    m_view->header()->setResizeContentsPrecision(0);
    layout->addWidget(m_view, 1);

    m_model->setGrouping(FindingsModel::Grouping::Rank);
    connect(m_filter, &QLineEdit::textChanged, this, &FindingsPanel::applyFilter);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setGrouping(FindingsModel::Grouping(m_grouping->currentData().toInt()));
        m_view->expandAll();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const int finding = current.data(FindingsModel::FindingIndexRole).toInt();
                if (!m_selecting && current.isValid() && finding >= 0)
                    Q_EMIT findingSelected(finding);
            });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const int finding = index.data(FindingsModel::FindingIndexRole).toInt();
        if (finding >= 0)
            Q_EMIT findingActivated(finding);
    });
    updateCounts();
}

void FindingsPanel::setFindings(const review::Findings &findings)
{
    m_model->setFindings(findings);
    m_view->expandAll();
    updateCounts();
}

void FindingsPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void FindingsPanel::applyFilter()
{
    QList<bool> shown;
    for (QToolButton *button : std::as_const(m_severityButtons))
        shown.append(button->isChecked());
    auto *filter = static_cast<FindingsFilter *>(m_proxy);
    filter->setShown(shown);
    filter->setText(m_filter->text());
    filter->setHideLowConfidence(m_hideLow->isChecked());
    m_view->expandAll();
}

void FindingsPanel::updateCounts()
{
    int counts[3] = {0, 0, 0};
    for (const review::Finding &f : m_model->findings())
        ++counts[int(f.severity)];
    for (int i = 0; i < m_severityButtons.size(); ++i)
        m_severityButtons.at(i)->setText(QString::number(counts[i]));
}

void FindingsPanel::selectFinding(int findingIndex)
{
    const QModelIndex source = m_model->indexOfFinding(findingIndex);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid())
        return;
    m_selecting = true;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_selecting = false;
}

} // namespace schemalens::gui
