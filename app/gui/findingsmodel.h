#pragma once

#include "core/review/finding.h"

#include <QAbstractItemModel>

#include <functional>

namespace schemalens::gui {

// The review's findings as a two-level tree: groups (by rank, severity, rule or table) and
// the findings in them. Group rows show their count. Finding rows carry the index into the
// findings list under FindingIndexRole, so views can map a selection back to a finding.
// Grouping by rank puts repeats of a rule together, the group with the highest-ranked
// finding first (review::topIssues()' order), each group's findings by rank.
class FindingsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum class Grouping { Severity, Rule, Table, Rank };
    enum Column { MessageColumn, ObjectColumn, LocationColumn, DecisionColumn, ColumnCount };
    enum Role {
        FindingIndexRole = Qt::UserRole + 1, // int, -1 for group rows
        SeverityRole,                        // int (review::Severity)
        RuleRole,                            // QString
        SearchTextRole,                      // QString: everything a filter may match
        GroupTitleRole,                      // QString: a group row's title, without its count
        DecisionRole,                        // QString: the decision's title, empty if none
        ConfidenceRole,                      // int (review::Confidence), -1 for group rows
        RankRole,                            // double
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(const review::Findings &findings);
    const review::Findings &findings() const { return m_findings; }
    void setGrouping(Grouping grouping);
    Grouping grouping() const { return m_grouping; }

    // The design review's decision on a finding (its title, empty when undecided), asked by
    // fingerprint; decisionsChanged() refreshes the column after a change.
    void setDecisionLookup(std::function<QString(const QString &fingerprint)> lookup);
    void decisionsChanged();

    // The model index of finding I (for selecting it from the diagram).
    QModelIndex indexOfFinding(int i) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString objectText(const review::Finding &finding);
    static QString shortFileName(const QString &path); // "up.sql" with its migration folder

private:
    struct Group {
        QString key;
        QString title;
        std::optional<review::Severity> severity; // worst in the group
        QList<int> members;                       // indexes into m_findings
    };
    void rebuild();
    void rebuildByRank();
    QString groupKey(const review::Finding &finding) const;

    review::Findings m_findings;
    Grouping m_grouping = Grouping::Severity;
    QList<Group> m_groups;
    QList<QPair<int, int>> m_position; // finding -> (group, row)
    std::function<QString(const QString &)> m_decision;
};

} // namespace schemalens::gui
