#pragma once

// Helpers for the libpg_query-based suites (tst_pgexpr, tst_pgnames): run real SQL through
// pg_query_parse and pick nodes out of the JSON, so tests see exactly the loader's input.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <pg_query.h>

#include "core/load/pg/pgnode.h"

#include <memory>
#include <vector>

namespace pgtest {

// The loader reads parse trees as pg::JsonValue; tests build them with QJson and convert.
// Documents are kept for the whole test run (values point into them).
inline schemalens::load::pg::JsonValue toNode(const QJsonValue &value)
{
    static std::vector<std::shared_ptr<const schemalens::load::pg::JsonDocument>> keep;
    if (value.isUndefined())
        return {};
    QString error;
    auto doc = schemalens::load::pg::JsonDocument::parse(
        QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact), &error);
    if (!doc)
        return {};
    keep.push_back(doc);
    return doc->root().toArray().at(0);
}
inline schemalens::load::pg::JsonObject toNode(const QJsonObject &object)
{
    return toNode(QJsonValue(object)).toObject();
}

// Parses `sql`; on a syntax error returns an empty object and sets `error`.
inline QJsonObject parse(const QByteArray &sql, QString *error = nullptr)
{
    const PgQueryParseResult result = pg_query_parse(sql.constData());
    QJsonObject root;
    if (result.error) {
        if (error)
            *error = QString::fromUtf8(result.error->message);
    } else {
        root = QJsonDocument::fromJson(QByteArray(result.parse_tree)).object();
    }
    pg_query_free_parse_result(result);
    return root;
}

// The body of the first statement, e.g. the value of {"CreateStmt": {...}}.
inline QJsonObject firstStatement(const QByteArray &sql, const char *kind)
{
    const QJsonObject root = parse(sql);
    return root.value(QLatin1String("stmts"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("stmt"))
        .toObject()
        .value(QLatin1String(kind))
        .toObject();
}

inline QJsonValue selectTarget(const QByteArray &sql)
{
    return firstStatement(sql, "SelectStmt")
        .value(QLatin1String("targetList"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("ResTarget"))
        .toObject()
        .value(QLatin1String("val"));
}

inline QJsonObject firstColumnTypeName(const QByteArray &sql)
{
    return firstStatement(sql, "CreateStmt")
        .value(QLatin1String("tableElts"))
        .toArray()
        .at(0)
        .toObject()
        .value(QLatin1String("ColumnDef"))
        .toObject()
        .value(QLatin1String("typeName"))
        .toObject();
}

// The tree without byte offsets, which legitimately differ after a deparse.
inline QJsonValue withoutLocations(const QJsonValue &v)
{
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray())
            out.append(withoutLocations(e));
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            if (it.key() != QLatin1String("location"))
                out.insert(it.key(), withoutLocations(it.value()));
        }
        return out;
    }
    return v;
}

inline QByteArray compact(const QJsonValue &v)
{
    return v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                        : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
}

inline QString repeated(const char *piece, int times)
{
    QString out;
    for (int i = 0; i < times; ++i)
        out += QString::fromUtf8(piece);
    return out;
}

} // namespace pgtest
