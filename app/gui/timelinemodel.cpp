#include "app/gui/timelinemodel.h"

#include "core/load/migrationpoint.h"

#include <QBrush>
#include <QPalette>

namespace schemalens::gui {

namespace {

// Long tooltips are cut: the list beside the diagram has them all.
QString tooltipList(const QStringList &lines)
{
    constexpr int shown = 25;
    QStringList cut = lines.mid(0, shown);
    if (lines.size() > shown)
        cut.append(TimelineModel::tr("… and %1 more").arg(lines.size() - shown));
    return cut.join(QLatin1Char('\n'));
}

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TimelineModel::setPlan(const load::MigrationPlan &plan)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(plan.units.size());
    for (const load::MigrationUnit &unit : plan.units) {
        Row row;
        row.name = load::migrationName(unit);
        row.path = unit.path;
        row.date = load::migrationDate(unit);
        m_rows.append(row);
    }
    endResetModel();
}

void TimelineModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void TimelineModel::setChanges(int row, const QString &summary, const QStringList &lines,
                               bool empty)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &r = m_rows[row];
    r.summary = summary;
    r.lines = lines;
    r.noChange = empty;
    r.changesKnown = true;
    Q_EMIT dataChanged(index(row, Changes), index(row, Changes));
}

void TimelineModel::setFindings(int row, const QStringList &introduced, const QStringList &fixed)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &r = m_rows[row];
    r.introduced = introduced;
    r.fixed = fixed;
    r.findingsKnown = true;
    Q_EMIT dataChanged(index(row, Findings), index(row, Findings));
}

bool TimelineModel::hasFindings(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).findingsKnown;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row &r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number:
            return index.row() + 1;
        case Date:
            return r.date.isValid() ? r.date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
        case Migration:
            return r.name;
        case Changes:
            return r.changesKnown ? r.summary : tr("…");
        case Findings:
            if (!r.findingsKnown)
                return QString();
            if (r.introduced.isEmpty() && r.fixed.isEmpty())
                return QStringLiteral("–");
            return QStringLiteral("+%1 / −%2").arg(r.introduced.size()).arg(r.fixed.size());
        default:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Date:
            return r.date.isValid() ? r.date.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                    : QVariant();
        case Migration:
            return r.path;
        case Changes:
            return r.changesKnown && !r.lines.isEmpty() ? tooltipList(r.lines) : QVariant();
        case Findings: {
            if (!r.findingsKnown)
                return tr("The findings of each migration are being reviewed…");
            QStringList lines;
            if (!r.introduced.isEmpty())
                lines << tr("Introduced:") << r.introduced;
            if (!r.fixed.isEmpty())
                lines << tr("Fixed:") << r.fixed;
            return lines.isEmpty() ? tr("No finding came or went.") : tooltipList(lines);
        }
        default:
            break;
        }
    } else if (role == Qt::ForegroundRole) {
        // Migrations that changed nothing the diagram shows (data, grants) recede.
        if (index.column() == Changes && r.changesKnown && r.noChange)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    } else if (role == Qt::TextAlignmentRole) {
        if (index.column() == Number)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("#");
    case Date:
        return tr("Date");
    case Migration:
        return tr("Migration");
    case Changes:
        return tr("Changes");
    case Findings:
        return tr("Findings");
    default:
        return {};
    }
}

} // namespace schemalens::gui
