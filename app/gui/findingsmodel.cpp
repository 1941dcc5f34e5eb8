#include "app/gui/findingsmodel.h"

#include "app/gui/severitystyle.h"
#include "core/report/reviewreport.h"
#include "core/review/ranking.h"
#include "core/review/rule.h"

#include <QFileInfo>

#include <algorithm>
#include <numeric>

namespace schemalens::gui {

namespace {

// Group rows have an internal id of 0; finding rows store their group index + 1.
constexpr quintptr groupId = 0;

} // namespace

// A migration's file name, with its folder when the name alone says nothing: Diesel's
// "up.sql" and Prisma's "migration.sql" repeat in every migration, their folder names the
// migration ("2019-03-30-212058_create_post_view/up.sql"). Versioned names stand alone.
QString FindingsModel::shortFileName(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    const QString folder = QFileInfo(info.path()).fileName();
    const bool versioned =
        std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.isDigit(); });
    if (versioned || folder.isEmpty() || folder == QLatin1String("."))
        return name;
    return folder + QLatin1Char('/') + name;
}

FindingsModel::FindingsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void FindingsModel::setFindings(const review::Findings &findings)
{
    beginResetModel();
    m_findings = findings;
    rebuild();
    endResetModel();
}

void FindingsModel::setGrouping(Grouping grouping)
{
    if (grouping == m_grouping)
        return;
    beginResetModel();
    m_grouping = grouping;
    rebuild();
    endResetModel();
}

QString FindingsModel::objectText(const review::Finding &finding)
{
    const review::ObjectRef &o = finding.object;
    if (!o.table.isEmpty()) {
        QString text = o.table;
        if (!o.column.isEmpty())
            text += QLatin1Char('.') + o.column;
        else if (!o.index.isEmpty())
            text += QLatin1String(" (") + o.index + QLatin1Char(')');
        else if (!o.constraint.isEmpty())
            text += QLatin1String(" (") + o.constraint + QLatin1Char(')');
        return text;
    }
    // A finding about many tables names the first few: the column is sized to its rows, and
    // eleven qualified names pushed the message out of sight. The filter still sees them all.
    if (!o.tables.isEmpty())
        return report::namesList(o.tables, 3);
    if (!o.file.isEmpty())
        return shortFileName(o.file);
    return o.schema;
}

QString FindingsModel::groupKey(const review::Finding &finding) const
{
    switch (m_grouping) {
    case Grouping::Severity:
        return QString::number(int(finding.severity));
    case Grouping::Rule:
    case Grouping::Rank:
        return finding.rule;
    case Grouping::Table:
        if (!finding.object.table.isEmpty())
            return finding.object.schema + QLatin1Char('.') + finding.object.table;
        return finding.object.tables.isEmpty() ? QString() : finding.object.tables.constFirst();
    }
    return {};
}

void FindingsModel::rebuild()
{
    m_groups.clear();
    m_position = QList<QPair<int, int>>(m_findings.size(), {-1, -1});
    if (m_grouping == Grouping::Rank) {
        rebuildByRank();
        return;
    }
    QHash<QString, int> byKey;
    for (int i = 0; i < m_findings.size(); ++i) {
        const review::Finding &f = m_findings.at(i);
        const QString key = groupKey(f);
        auto it = byKey.find(key);
        if (it == byKey.end()) {
            Group group;
            group.key = key;
            switch (m_grouping) {
            case Grouping::Severity:
                group.title = severityTitle(f.severity);
                break;
            case Grouping::Rule:
            case Grouping::Rank:
                group.title = f.rule;
                break;
            case Grouping::Table:
                group.title = key.isEmpty() ? tr("Schema and migrations")
                                            : (f.object.table.isEmpty() ? key : f.object.table);
                break;
            }
            it = byKey.insert(key, int(m_groups.size()));
            m_groups.append(group);
        }
        Group &group = m_groups[*it];
        if (!group.severity || f.severity < *group.severity)
            group.severity = f.severity;
        m_position[i] = {*it, int(group.members.size())};
        group.members.append(i);
    }
    if (m_grouping != Grouping::Severity) {
        // Worst groups first, then by name; finding rows keep the review's order.
        QList<int> order(m_groups.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
            const Group &ga = m_groups.at(a);
            const Group &gb = m_groups.at(b);
            if (ga.severity != gb.severity)
                return *ga.severity < *gb.severity;
            return ga.title.compare(gb.title, Qt::CaseInsensitive) < 0;
        });
        QList<Group> sorted;
        for (int i : order)
            sorted.append(m_groups.at(i));
        m_groups = sorted;
        for (int g = 0; g < m_groups.size(); ++g) {
            for (int r = 0; r < m_groups.at(g).members.size(); ++r)
                m_position[m_groups.at(g).members.at(r)] = {g, r};
        }
    }
}

void FindingsModel::rebuildByRank()
{
    // Every finding, low confidence included (the view filters): topIssues() leaves those out.
    review::Findings all = m_findings;
    for (review::Finding &f : all)
        f.confidence = review::Confidence::High;
    const QList<review::TopIssue> items = review::topIssues(all, int(all.size()) + 1);
    for (const review::TopIssue &item : items) {
        Group group;
        group.key = item.rule;
        const review::Rule *rule = review::findRule(item.rule);
        group.title = rule ? QStringLiteral("%1 · %2").arg(rule->info.title, item.rule) : item.rule;
        group.severity = item.severity;
        for (int i : item.findings) {
            m_position[i] = {int(m_groups.size()), int(group.members.size())};
            group.members.append(i);
        }
        m_groups.append(group);
    }
}

QModelIndex FindingsModel::indexOfFinding(int i) const
{
    if (i < 0 || i >= m_position.size())
        return {};
    const auto [group, row] = m_position.at(i);
    return createIndex(row, 0, quintptr(group + 1));
}

QModelIndex FindingsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, groupId) : QModelIndex();
    if (parent.internalId() != groupId || parent.column() != 0)
        return {};
    const Group &group = m_groups.at(parent.row());
    return row < group.members.size() ? createIndex(row, column, quintptr(parent.row() + 1))
                                      : QModelIndex();
}

QModelIndex FindingsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupId);
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == groupId && parent.column() == 0)
        return int(m_groups.at(parent.row()).members.size());
    return 0;
}

int FindingsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == groupId) {
        const Group &group = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == MessageColumn)
                return QStringLiteral("%1 (%2)").arg(group.title).arg(group.members.size());
            return {};
        case GroupTitleRole:
            return group.title;
        case Qt::DecorationRole:
            return index.column() == MessageColumn && group.severity
                       ? QVariant(severityIcon(*group.severity))
                       : QVariant();
        case FindingIndexRole:
            return -1;
        case SeverityRole:
            return group.severity ? int(*group.severity) : -1;
        case SearchTextRole:
            return group.title;
        case ConfidenceRole:
            return -1;
        default:
            return {};
        }
    }
    const int findingIndex = m_groups.at(int(index.internalId() - 1)).members.at(index.row());
    const review::Finding &f = m_findings.at(findingIndex);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MessageColumn:
            return f.message;
        case ObjectColumn:
            return objectText(f);
        case DecisionColumn:
            return m_decision ? m_decision(f.fingerprint) : QString();
        case LocationColumn:
            return f.location.file.isEmpty()
                       ? QString()
                       : shortFileName(f.location.file) +
                             (f.location.line > 0
                                  ? QLatin1Char(':') + QString::number(f.location.line)
                                  : QString());
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 · %2 · %3 confidence · rank %4\n%5")
            .arg(severityTitle(f.severity), f.rule, review::confidenceName(f.confidence))
            .arg(f.rank)
            .arg(f.message);
    case ConfidenceRole:
        return int(f.confidence);
    case RankRole:
        return f.rank;
    case Qt::DecorationRole:
        return index.column() == MessageColumn ? QVariant(severityIcon(f.severity)) : QVariant();
    case FindingIndexRole:
        return findingIndex;
    case SeverityRole:
        return int(f.severity);
    case RuleRole:
        return f.rule;
    case DecisionRole:
        return m_decision ? m_decision(f.fingerprint) : QString();
    case SearchTextRole:
        return QString(f.rule + QLatin1Char(' ') + f.message + QLatin1Char(' ') + objectText(f) +
                       QLatin1Char(' ') + f.object.tables.join(QLatin1Char(' ')) +
                       QLatin1Char(' ') + f.location.file +
                       (m_decision ? QLatin1Char(' ') + m_decision(f.fingerprint) : QString()));
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MessageColumn:
        return tr("Finding");
    case ObjectColumn:
        return tr("Object");
    case LocationColumn:
        return tr("Location");
    case DecisionColumn:
        return tr("Decision");
    }
    return {};
}

void FindingsModel::setDecisionLookup(std::function<QString(const QString &)> lookup)
{
    m_decision = std::move(lookup);
    decisionsChanged();
}

void FindingsModel::decisionsChanged()
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex group = index(g, 0);
        const int rows = rowCount(group);
        if (rows > 0)
            Q_EMIT dataChanged(index(0, DecisionColumn, group),
                               index(rows - 1, DecisionColumn, group),
                               {Qt::DisplayRole, DecisionRole});
    }
}

} // namespace schemalens::gui
