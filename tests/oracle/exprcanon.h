#pragma once

// Expression comparison for the oracle: the static loader keeps expressions as written
// ("price > 0", "status IN ('a','b')"), PostgreSQL prints them analysed ("price >
// 0::numeric", "status = ANY (ARRAY['a'::text, 'b'::text])"). Both are parsed with
// libpg_query and reduced to a canonical tree: casts dropped, IN lists as = ANY (ARRAY[...]),
// BETWEEN as two comparisons, LIKE as its operator, constants as their text, pg_catalog
// qualifiers and locations removed. Equal canonical trees = the same expression for review.

#include "tests/pgtest_parse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace oracle {

inline QJsonValue canonicalNode(const QJsonValue &value);

inline QJsonArray canonicalList(const QJsonArray &list)
{
    QJsonArray out;
    for (const QJsonValue &v : list)
        out.append(canonicalNode(v));
    return out;
}

inline QJsonValue constText(const QJsonObject &c)
{
    if (c.contains(QLatin1String("isnull")))
        return QJsonObject{{QLatin1String("const"), QStringLiteral("NULL")}};
    for (const char *key : {"ival", "fval", "sval", "boolval", "bsval"}) {
        const QJsonValue v = c.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        const QJsonObject inner = v.toObject();
        QJsonValue x = inner.isEmpty() ? QJsonValue(0) : inner.constBegin().value();
        QString text = x.isDouble() ? QString::number(x.toDouble(), 'g', 17)
                       : x.isBool()
                           ? (x.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                           : x.toString();
        if (QString::fromLatin1(key) == QLatin1String("boolval") && inner.isEmpty())
            text = QStringLiteral("false");
        // '5'::integer and 5, '1.50'::numeric and 1.50 are the same constant.
        bool isNumber = false;
        const double number = text.toDouble(&isNumber);
        if (isNumber && key != std::string_view("sval"))
            text = QString::number(number, 'g', 17);
        else if (isNumber &&
                 QRegularExpression(QStringLiteral("^-?[0-9.]+$")).match(text).hasMatch())
            text = QString::number(number, 'g', 17);
        if (text == QLatin1String("t") && QString::fromLatin1(key) == QLatin1String("sval"))
            text = QStringLiteral("true");
        if (text == QLatin1String("f") && QString::fromLatin1(key) == QLatin1String("sval"))
            text = QStringLiteral("false");
        // A regclass literal names a public object with or without its schema.
        if (text.startsWith(QLatin1String("public.")))
            text = text.mid(7);
        // jsonb constants: the server stores them normalized (key order, spacing).
        if (text.startsWith(QLatin1Char('{')) || text.startsWith(QLatin1Char('['))) {
            const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
            if (!json.isNull())
                text = QString::fromUtf8(json.toJson(QJsonDocument::Compact));
        }
        return QJsonObject{{QLatin1String("const"), text}};
    }
    return QJsonObject{{QLatin1String("const"), QString()}};
}

inline QJsonValue canonicalNode(const QJsonValue &value)
{
    if (value.isArray())
        return canonicalList(value.toArray());
    if (!value.isObject())
        return value;
    QJsonObject o = value.toObject();
    o.remove(QLatin1String("location"));
    if (o.size() == 1) {
        const QString kind = o.constBegin().key();
        QJsonObject body = o.constBegin().value().toObject();
        if (kind == QLatin1String("TypeCast"))
            return canonicalNode(body.value(QLatin1String("arg")));
        if (kind == QLatin1String("CollateClause"))
            return canonicalNode(body.value(QLatin1String("arg")));
        if (kind == QLatin1String("A_Const"))
            return constText(body);
        if (kind == QLatin1String("List")) // IN lists arrive as {"List":{"items":[...]}}
            return canonicalList(body.value(QLatin1String("items")).toArray());
        if (kind == QLatin1String("A_Expr")) {
            const QString k = body.value(QLatin1String("kind")).toString();
            const QString op = body.value(QLatin1String("name"))
                                   .toArray()
                                   .last()
                                   .toObject()
                                   .value(QLatin1String("String"))
                                   .toObject()
                                   .value(QLatin1String("sval"))
                                   .toString();
            // Unary minus on a constant is a negative constant.
            if (k == QLatin1String("AEXPR_OP") && op == QLatin1String("-") &&
                !body.contains(QLatin1String("lexpr"))) {
                const QJsonObject c = canonicalNode(body.value(QLatin1String("rexpr"))).toObject();
                if (c.contains(QLatin1String("const")))
                    return QJsonObject{
                        {QLatin1String("const"),
                         QString::number(-c.value(QLatin1String("const")).toString().toDouble(),
                                         'g', 17)}};
            }
            if (k == QLatin1String("AEXPR_IN")) {
                body.insert(QLatin1String("kind"), op == QLatin1String("<>")
                                                       ? QStringLiteral("AEXPR_OP_ALL")
                                                       : QStringLiteral("AEXPR_OP_ANY"));
                body.insert(QLatin1String("rexpr"),
                            QJsonObject{{QLatin1String("A_ArrayExpr"),
                                         QJsonObject{{QLatin1String("elements"),
                                                      body.value(QLatin1String("rexpr"))}}}});
            } else if (k == QLatin1String("AEXPR_LIKE") || k == QLatin1String("AEXPR_ILIKE")) {
                body.insert(QLatin1String("kind"), QStringLiteral("AEXPR_OP"));
            } else if (k == QLatin1String("AEXPR_BETWEEN")) {
                const QJsonArray bounds = body.value(QLatin1String("rexpr")).toArray();
                auto cmp = [&](const char *o2, const QJsonValue &rhs) {
                    return QJsonObject{
                        {QLatin1String("A_Expr"),
                         QJsonObject{{QLatin1String("kind"), QStringLiteral("AEXPR_OP")},
                                     {QLatin1String("name"),
                                      QJsonArray{QJsonObject{{QLatin1String("String"),
                                                              QJsonObject{{QLatin1String("sval"),
                                                                           QLatin1String(o2)}}}}}},
                                     {QLatin1String("lexpr"), body.value(QLatin1String("lexpr"))},
                                     {QLatin1String("rexpr"), rhs}}}};
                };
                return canonicalNode(QJsonObject{
                    {QLatin1String("BoolExpr"),
                     QJsonObject{{QLatin1String("boolop"), QStringLiteral("AND_EXPR")},
                                 {QLatin1String("args"),
                                  QJsonArray{cmp(">=", bounds.at(0)), cmp("<=", bounds.at(1))}}}}});
            }
        }
        if (kind == QLatin1String("FuncCall")) {
            QJsonArray name = body.value(QLatin1String("funcname")).toArray();
            // pg_catalog and public are on every search_path: a qualifier that says nothing.
            const QString qualifier = name.size() == 2 ? name.at(0)
                                                             .toObject()
                                                             .value(QLatin1String("String"))
                                                             .toObject()
                                                             .value(QLatin1String("sval"))
                                                             .toString()
                                                       : QString();
            if (qualifier == QLatin1String("pg_catalog") || qualifier == QLatin1String("public"))
                name.removeAt(0);
            body.insert(QLatin1String("funcname"), name);
            body.remove(QLatin1String("funcformat"));
        }
        if (kind == QLatin1String("ColumnRef")) {
            // A CHECK or index expression names columns of its own table: the server deparses
            // "members.email" as "email".
            const QJsonArray fields = body.value(QLatin1String("fields")).toArray();
            if (fields.size() == 2)
                return QJsonObject{
                    {kind, QJsonObject{{QLatin1String("fields"), QJsonArray{fields.at(1)}}}}};
        }
        if (kind == QLatin1String("BoolExpr")) {
            // Flatten nested ANDs/ORs of the same kind: (a AND b) AND c = a AND b AND c.
            const QString boolop = body.value(QLatin1String("boolop")).toString();
            QJsonArray args;
            for (const QJsonValue &a : body.value(QLatin1String("args")).toArray()) {
                const QJsonObject c = canonicalNode(a).toObject();
                const QJsonObject inner = c.value(QLatin1String("BoolExpr")).toObject();
                if (boolop != QLatin1String("NOT_EXPR") &&
                    inner.value(QLatin1String("boolop")).toString() == boolop) {
                    for (const QJsonValue &x : inner.value(QLatin1String("args")).toArray())
                        args.append(x);
                } else {
                    args.append(c);
                }
            }
            body.insert(QLatin1String("args"), args);
            body.remove(QLatin1String("location"));
            return QJsonObject{{kind, body}};
        }
        QJsonObject out;
        for (auto it = body.constBegin(); it != body.constEnd(); ++it)
            if (it.key() != QLatin1String("location"))
                out.insert(it.key(), canonicalNode(it.value()));
        return QJsonObject{{kind, out}};
    }
    QJsonObject out;
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        out.insert(it.key(), canonicalNode(it.value()));
    return out;
}

// The canonical text of an SQL expression; unparsable text is compared squeezed.
// libpg_query's JSON writes only positive integers: "ival":{} is 0 or a negative constant.
// Read such constants back from the SQL at their location (the '-' sign when the grammar
// folded one in), so -1 on one side and '-1'::integer on the other compare equal.
inline QJsonValue restoreIntegers(const QJsonValue &value, const QByteArray &sql)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(restoreIntegers(v, sql));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        it.value() = restoreIntegers(it.value(), sql);
    const QJsonValue ival = o.value(QLatin1String("ival"));
    if (ival.isObject() && ival.toObject().isEmpty() && o.contains(QLatin1String("location"))) {
        qsizetype pos = o.value(QLatin1String("location")).toInteger();
        if (pos >= 0 && pos < sql.size() && sql.at(pos) == '-') {
            ++pos;
            while (pos < sql.size() && (sql.at(pos) == ' ' || sql.at(pos) == '('))
                ++pos;
            qsizetype end = pos;
            while (end < sql.size() && sql.at(end) >= '0' && sql.at(end) <= '9')
                ++end;
            bool ok = false;
            const qint64 n = sql.mid(pos, end - pos).toLongLong(&ok);
            if (ok)
                o.insert(QLatin1String("ival"), QJsonObject{{QLatin1String("ival"), double(-n)}});
        }
    }
    return o;
}

inline QString canonicalExpression(const QString &expression)
{
    if (expression.trimmed().isEmpty())
        return {};
    QString error;
    const QByteArray sql = QByteArray("SELECT (") + expression.toUtf8() + QByteArray(")");
    const QJsonObject root = restoreIntegers(pgtest::parse(sql, &error), sql).toObject();
    if (!error.isEmpty())
        return expression.simplified();
    const QJsonValue target = root.value(QLatin1String("stmts"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QLatin1String("stmt"))
                                  .toObject()
                                  .value(QLatin1String("SelectStmt"))
                                  .toObject()
                                  .value(QLatin1String("targetList"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QLatin1String("ResTarget"))
                                  .toObject()
                                  .value(QLatin1String("val"));
    return QString::fromUtf8(
        QJsonDocument(QJsonArray{canonicalNode(target)}).toJson(QJsonDocument::Compact));
}

} // namespace oracle
