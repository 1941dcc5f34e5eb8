#pragma once

// Small accessors for libpg_query's JSON, which leaves out fields holding their default
// value (0, false, empty): every accessor returns that default for a missing key.

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace schemalens::load::pg {

inline QJsonObject obj(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}
inline QJsonArray arr(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toArray();
}
inline QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
inline bool flag(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toBool();
}
inline qsizetype integer(const QJsonObject &o, const char *key, qsizetype fallback = 0)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? qsizetype(v.toDouble()) : fallback;
}

// The node's single key, e.g. "ColumnDef" for {"ColumnDef": {...}}.
inline QString nodeType(const QJsonObject &node)
{
    return node.isEmpty() ? QString() : node.constBegin().key();
}
inline QJsonObject nodeBody(const QJsonObject &node)
{
    return node.isEmpty() ? QJsonObject() : node.constBegin().value().toObject();
}

// [{"String":{"sval":"a"}}, ...] -> ["a", ...]
inline QStringList stringList(const QJsonArray &list)
{
    QStringList out;
    out.reserve(list.size());
    for (const QJsonValue &v : list)
        out.append(v.toObject()
                       .value(QLatin1String("String"))
                       .toObject()
                       .value(QLatin1String("sval"))
                       .toString());
    return out;
}

} // namespace schemalens::load::pg
