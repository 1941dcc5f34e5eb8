#pragma once

// Shared by the files that keep the statement log (pgapply_transactions.cpp,
// pgapply_operations.cpp).

#include "core/load/pg/pgjson.h"

namespace schemalens::load::pg {

// The value of a boolean option (VACUUM (FULL false), REINDEX (CONCURRENTLY off)) the way
// defGetBoolean() reads it: no argument is true.
inline bool optionValue(const JsonObject &defElem)
{
    const JsonObject arg = obj(defElem, "arg");
    if (arg.isEmpty())
        return true;
    const QString type = nodeType(arg);
    const JsonObject body = nodeBody(arg);
    if (type == QLatin1String("Integer"))
        return integer(body, "ival") != 0;
    if (type == QLatin1String("Boolean"))
        return flag(body, "boolval");
    const QString text = str(body, "sval").toLower();
    return !(text == QLatin1String("false") || text == QLatin1String("off") ||
             text == QLatin1String("no") || text == QLatin1String("0"));
}

inline bool hasOption(const JsonArray &options, const char *name)
{
    for (const JsonValue &value : options) {
        const JsonObject option = obj(value.toObject(), "DefElem");
        if (str(option, "defname") == QLatin1String(name))
            return optionValue(option);
    }
    return false;
}

// What PostgreSQL calls a statement that cannot run inside a transaction block
// (PreventInTransactionBlock's stmtType), or empty when it can.
QString nonTransactionalName(const QString &type, const JsonObject &node);

} // namespace schemalens::load::pg
