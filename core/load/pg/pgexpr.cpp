// PLACEHOLDER: replaced by the full implementation (helper task "pgexpr").
#include "core/load/pg/pgexpr.h"

#include <QJsonArray>

namespace schemalens::load::pg {

QString formatType(const QJsonObject &typeName)
{
    const QJsonArray names = typeName.value(QLatin1String("names")).toArray();
    return names.isEmpty() ? QString()
                           : names.last().toObject().value(QLatin1String("String")).toObject()
                                 .value(QLatin1String("sval")).toString();
}

QString deparseExpr(const QJsonValue &) { return QStringLiteral("?"); }
QString deparsePartitionBound(const QJsonValue &) { return QStringLiteral("?"); }

QString chooseName(const QString &name1, const QString &name2, const QString &label,
                   const std::function<bool(const QString &)> &taken)
{
    QString base = name1;
    if (!name2.isEmpty())
        base += QLatin1Char('_') + name2;
    QString candidate = base + QLatin1Char('_') + label;
    for (int n = 1; taken && taken(candidate); ++n)
        candidate = base + QLatin1Char('_') + label + QString::number(n);
    return candidate;
}

QString columnNamesPart(const QStringList &columns) { return columns.join(QLatin1Char('_')); }

} // namespace schemalens::load::pg
