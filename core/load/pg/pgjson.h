#pragma once

#include "core/load/pg/pgnode.h"

// Small accessors for libpg_query's JSON, which leaves out fields holding their default
// value (0, false, empty): every accessor returns that default for a missing key.

#include <QString>
#include <QStringList>

namespace schemalens::load::pg {

inline JsonObject obj(const JsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}
inline JsonArray arr(const JsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toArray();
}
inline QString str(const JsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
inline bool flag(const JsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toBool();
}
inline qsizetype integer(const JsonObject &o, const char *key, qsizetype fallback = 0)
{
    const JsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? qsizetype(v.toDouble()) : fallback;
}

// The node's single key, e.g. "ColumnDef" for {"ColumnDef": {...}}.
inline QString nodeType(const JsonObject &node)
{
    return node.isEmpty() ? QString() : node.constBegin().key();
}
inline JsonObject nodeBody(const JsonObject &node)
{
    return node.isEmpty() ? JsonObject() : node.constBegin().value().toObject();
}

// [{"String":{"sval":"a"}}, ...] -> ["a", ...]
inline QStringList stringList(const JsonArray &list)
{
    QStringList out;
    out.reserve(list.size());
    for (const JsonValue &v : list)
        out.append(v.toObject()
                       .value(QLatin1String("String"))
                       .toObject()
                       .value(QLatin1String("sval"))
                       .toString());
    return out;
}

} // namespace schemalens::load::pg
