#include "app/gui/agenda.h"

#include "core/review/rule.h"

#include <QCoreApplication>

#include <algorithm>

namespace schemalens::gui {

namespace {
// Translated in the "gui" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(gui)
};
} // namespace

QString agendaOrderTitle(AgendaOrder order)
{
    switch (order) {
    case AgendaOrder::Rank:
        return Tr::tr("by rank");
    case AgendaOrder::Table:
        return Tr::tr("by table");
    case AgendaOrder::Domain:
        return Tr::tr("by domain");
    }
    return {};
}

bool AgendaFilter::isDefault() const
{
    return severities[0] && severities[1] && severities[2] && families.isEmpty() &&
           tables.isEmpty() && !undecidedOnly;
}

QStringList knownFamilies()
{
    return {QStringLiteral("load"),       QStringLiteral("referential"), QStringLiteral("indexes"),
            QStringLiteral("types"),      QStringLiteral("design"),      QStringLiteral("security"),
            QStringLiteral("migrations"), QStringLiteral("live")};
}

QString familyOf(const review::Finding &finding)
{
    const review::Rule *rule = review::findRule(finding.rule);
    return rule && !rule->info.family.isEmpty() ? rule->info.family : QStringLiteral("load");
}

QString familyTitle(const QString &family)
{
    if (family == QLatin1String("load"))
        return Tr::tr("Loading");
    if (family == QLatin1String("referential"))
        return Tr::tr("Referential integrity");
    if (family == QLatin1String("indexes"))
        return Tr::tr("Indexes");
    if (family == QLatin1String("types"))
        return Tr::tr("Types");
    if (family == QLatin1String("design"))
        return Tr::tr("Design");
    if (family == QLatin1String("security"))
        return Tr::tr("Security");
    if (family == QLatin1String("migrations"))
        return Tr::tr("Migrations");
    if (family == QLatin1String("live"))
        return Tr::tr("Live database");
    return family;
}

QString primaryTable(const review::Finding &finding)
{
    const review::ObjectRef &o = finding.object;
    if (!o.table.isEmpty())
        return o.schema.isEmpty() ? o.table : o.schema + QLatin1Char('.') + o.table;
    return o.tables.isEmpty() ? QString() : o.tables.constFirst();
}

QList<AgendaItem> buildAgenda(const review::Findings &findings, const AgendaFilter &filter,
                              AgendaOrder order,
                              const std::function<bool(const QString &)> &decided)
{
    QList<AgendaItem> items;
    for (int i = 0; i < findings.size(); ++i) {
        const review::Finding &f = findings.at(i);
        if (!filter.severities[int(f.severity)])
            continue;
        if (!filter.families.isEmpty() && !filter.families.contains(familyOf(f)))
            continue;
        if (filter.undecidedOnly && decided && decided(f.fingerprint))
            continue;
        if (!filter.tables.isEmpty()) {
            QStringList names = f.object.tables;
            if (!f.object.table.isEmpty())
                names.append(f.object.table);
            if (!f.object.refTable.isEmpty())
                names.append(f.object.refTable);
            bool match = false;
            for (const QString &wanted : filter.tables) {
                for (const QString &name : std::as_const(names))
                    match = match || name.contains(wanted.trimmed(), Qt::CaseInsensitive);
            }
            if (!match)
                continue;
        }
        AgendaItem item{i, {}};
        if (order == AgendaOrder::Table)
            item.group = primaryTable(f);
        else if (order == AgendaOrder::Domain)
            item.group = familyOf(f);
        items.append(item);
    }
    const QStringList families = knownFamilies();
    const auto groupLess = [&](const AgendaItem &a, const AgendaItem &b) {
        if (order == AgendaOrder::Table) {
            if (a.group.isEmpty() != b.group.isEmpty())
                return b.group.isEmpty(); // findings without a table last
            return a.group < b.group;
        }
        if (order == AgendaOrder::Domain) {
            const qsizetype ia = families.indexOf(a.group);
            const qsizetype ib = families.indexOf(b.group);
            if (ia != ib)
                return (ia < 0 ? families.size() : ia) < (ib < 0 ? families.size() : ib);
            return a.group < b.group;
        }
        return false;
    };
    std::stable_sort(items.begin(), items.end(), [&](const AgendaItem &a, const AgendaItem &b) {
        if (groupLess(a, b))
            return true;
        if (groupLess(b, a))
            return false;
        return findings.at(a.finding).rank > findings.at(b.finding).rank;
    });
    if (order == AgendaOrder::Domain) {
        for (AgendaItem &item : items)
            item.group = familyTitle(item.group);
    } else if (order == AgendaOrder::Table) {
        for (AgendaItem &item : items) {
            if (item.group.isEmpty())
                item.group = Tr::tr("Whole schema");
        }
    }
    return items;
}

} // namespace schemalens::gui
