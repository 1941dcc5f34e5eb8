#pragma once

#include "core/load/loadresult.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace schemalens::gui {

// The migrations of a history, one row each in applied order: number, date (from the name,
// where the layout has one), name, a one-line summary of what it changed ("+2 tables, ~3
// columns") and the review findings it introduced and fixed. Summaries and findings arrive
// later, from background work; until then the cells say so.
class TimelineModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Date, Migration, Changes, Findings, ColumnCount };

    explicit TimelineModel(QObject *parent = nullptr);

    void setPlan(const load::MigrationPlan &plan);
    void clear();

    // What migration ROW changed: SUMMARY for the cell, LINES for its tooltip.
    void setChanges(int row, const QString &summary, const QStringList &lines, bool empty);
    // The findings migration ROW introduced and fixed ("rule: message" lines).
    void setFindings(int row, const QStringList &introduced, const QStringList &fixed);
    bool hasFindings(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        QString name;
        QString path;
        QDateTime date;
        QString summary;
        QStringList lines;
        bool changesKnown = false;
        bool noChange = false;
        bool findingsKnown = false;
        QStringList introduced;
        QStringList fixed;
    };
    QList<Row> m_rows;
};

} // namespace schemalens::gui
