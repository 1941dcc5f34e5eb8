#include "core/load/pg/pgnodes.h"

#include "core/load/pg/pgjson.h"

#include <algorithm>
#include <utility>

namespace schemalens::load::pg {

namespace {

void collectColumnRefs(const JsonValue &value, QList<std::pair<qsizetype, QString>> &out, int depth)
{
    if (depth > 900) // QJsonDocument caps nesting at 1024; stay clear of the stack too
        return;
    if (value.isArray()) {
        for (const JsonValue &v : value.toArray())
            collectColumnRefs(v, out, depth + 1);
        return;
    }
    if (!value.isObject())
        return;
    const JsonObject o = value.toObject();
    if (o.size() == 1 && o.constBegin().key() == QLatin1String("ColumnRef")) {
        const JsonObject ref = o.constBegin().value().toObject();
        const QStringList fields = stringList(arr(ref, "fields"));
        if (!fields.isEmpty() && !fields.last().isEmpty())
            out.append({integer(ref, "location"), fields.last()});
        return;
    }
    // Sub-selects reference other tables' columns.
    if (o.size() == 1 && o.constBegin().key() == QLatin1String("SubLink"))
        return collectColumnRefs(o.constBegin().value().toObject().value(QLatin1String("testexpr")),
                                 out, depth + 1);
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        collectColumnRefs(it.value(), out, depth + 1);
}

} // namespace

QStringList columnRefs(const JsonValue &expr)
{
    QList<std::pair<qsizetype, QString>> refs;
    collectColumnRefs(expr, refs, 0);
    std::stable_sort(refs.begin(), refs.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QStringList names;
    for (const auto &r : refs)
        if (!names.contains(r.second))
            names.append(r.second);
    return names;
}

QList<model::Table *> childTables(QList<model::Table> &tables, const model::Table &table)
{
    QList<model::Table *> children;
    const QString qualified = table.qualifiedName();
    for (model::Table &t : tables)
        if ((t.partitionOf == table.name && t.partitionOfSchema == table.schema) ||
            t.inherits.contains(qualified))
            children.append(&t);
    return children;
}

bool hasUniqueKey(const model::Table &table, const QStringList &columns)
{
    const auto same = [&](const QStringList &other) {
        if (other.size() != columns.size())
            return false;
        for (const QString &c : columns)
            if (!other.contains(c))
                return false;
        return true;
    };
    if (table.primaryKey && same(table.primaryKey->columns))
        return true;
    for (const model::KeyConstraint &k : table.uniques)
        if (same(k.columns))
            return true;
    for (const model::Index &i : table.indexes)
        if (i.unique && i.predicate.isEmpty() && same(i.columns()))
            return true;
    return false;
}

} // namespace schemalens::load::pg
