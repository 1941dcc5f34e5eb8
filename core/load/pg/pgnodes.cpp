#include "core/load/pg/pgnodes.h"

#include "core/load/pg/pgjson.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace schemalens::load::pg {

namespace {

void collectColumnRefs(const QJsonValue &value, QList<std::pair<qsizetype, QString>> &out,
                       int depth)
{
    if (depth > 900) // QJsonDocument caps nesting at 1024; stay clear of the stack too
        return;
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectColumnRefs(v, out, depth + 1);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject o = value.toObject();
    if (o.size() == 1 && o.constBegin().key() == QLatin1String("ColumnRef")) {
        const QJsonObject ref = o.constBegin().value().toObject();
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

QStringList columnRefs(const QJsonValue &expr)
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

QString figureIndexColumnName(const QJsonValue &exprValue)
{
    const QJsonObject expr = exprValue.toObject();
    const QString type = nodeType(expr);
    const QJsonObject body = nodeBody(expr);
    if (type == QLatin1String("ColumnRef")) {
        const QStringList fields = stringList(arr(body, "fields"));
        return fields.isEmpty() ? QStringLiteral("expr") : fields.last();
    }
    if (type == QLatin1String("FuncCall")) {
        const QStringList name = stringList(arr(body, "funcname"));
        return name.isEmpty() ? QStringLiteral("expr") : name.last();
    }
    if (type == QLatin1String("TypeCast")) {
        const QString inner = figureIndexColumnName(body.value(QLatin1String("arg")));
        if (inner != QLatin1String("expr"))
            return inner;
        const QStringList names = stringList(arr(obj(body, "typeName"), "names"));
        return names.isEmpty() ? QStringLiteral("expr") : names.last();
    }
    if (type == QLatin1String("CoalesceExpr"))
        return QStringLiteral("coalesce");
    if (type == QLatin1String("CaseExpr"))
        return QStringLiteral("case");
    if (type == QLatin1String("MinMaxExpr"))
        return str(body, "op") == QLatin1String("IS_GREATEST") ? QStringLiteral("greatest")
                                                                : QStringLiteral("least");
    if (type == QLatin1String("A_Indirection")) {
        return figureIndexColumnName(body.value(QLatin1String("arg")));
    }
    return QStringLiteral("expr");
}

bool isSerialTypeName(const QJsonObject &typeName)
{
    const QStringList names = stringList(arr(typeName, "names"));
    if (names.size() != 1 || typeName.contains(QLatin1String("arrayBounds")))
        return false;
    static const QStringList serials{QStringLiteral("serial"),      QStringLiteral("serial4"),
                                     QStringLiteral("bigserial"),   QStringLiteral("serial8"),
                                     QStringLiteral("smallserial"), QStringLiteral("serial2")};
    return serials.contains(names.first());
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
