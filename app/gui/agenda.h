#pragma once

#include "core/review/finding.h"

#include <QSet>

#include <functional>

namespace schemalens::gui {

// What a design review meeting walks: the review's findings, filtered and put in order.

enum class AgendaOrder { Rank, Table, Domain };
QString agendaOrderTitle(AgendaOrder order); // "by rank", "by table", "by domain"

struct AgendaFilter {
    bool severities[3] = {true, true, true}; // error, warning, info
    QSet<QString> families;                  // rule families to walk; empty: every family
    QStringList tables;                      // table names (substrings); empty: every table
    bool undecidedOnly = false;              // only findings without a decision
    bool isDefault() const;
};

struct AgendaItem {
    int finding = -1; // index into the findings
    QString group;    // the table or domain it is listed under (empty when ordered by rank)
};

// The agenda: findings passing FILTER in ORDER. Rank order is highest rank first (the
// engine's order among equals); table and domain order group by table (alphabetically,
// findings without a table last) or by rule family (a fixed reading order), by rank within.
// DECIDED tells whether a fingerprint has a decision other than open.
QList<AgendaItem> buildAgenda(const review::Findings &findings, const AgendaFilter &filter,
                              AgendaOrder order,
                              const std::function<bool(const QString &)> &decided);

// A finding's rule family ("referential", "indexes"...), and a family's title for people.
QString familyOf(const review::Finding &finding);
QString familyTitle(const QString &family);
// The families in reading order.
QStringList knownFamilies();
// The table a finding is listed under: "schema.table", else its first table, else empty.
QString primaryTable(const review::Finding &finding);

} // namespace schemalens::gui
