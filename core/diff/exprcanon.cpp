#include "core/diff/exprcanon.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <pg_query.h>

namespace schemalens::diff {

namespace {

QJsonValue canonicalNode(const QJsonValue &value);

QJsonArray canonicalList(const QJsonArray &list)
{
    QJsonArray out;
    for (const QJsonValue &v : list)
        out.append(canonicalNode(v));
    return out;
}

QJsonObject constant(const QString &text)
{
    return QJsonObject{{QLatin1String("const"), text}};
}

QString numberText(double number)
{
    return QString::number(number, 'g', 17);
}

QJsonValue constText(const QJsonObject &c)
{
    if (c.contains(QLatin1String("isnull")))
        return constant(QStringLiteral("NULL"));
    static const QRegularExpression numeric(QStringLiteral("^-?[0-9.]+$"));
    for (const char *key : {"ival", "fval", "sval", "boolval", "bsval"}) {
        const QJsonValue v = c.value(QLatin1String(key));
        if (v.isUndefined())
            continue;
        const QLatin1String name(key);
        const QJsonObject inner = v.toObject();
        const QJsonValue x = inner.isEmpty() ? QJsonValue(0) : inner.constBegin().value();
        QString text = x.isDouble() ? numberText(x.toDouble())
                       : x.isBool()
                           ? (x.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                           : x.toString();
        if (name == QLatin1String("boolval") && inner.isEmpty())
            text = QStringLiteral("false");
        // '5'::integer and 5, '1.50'::numeric and 1.50 are the same constant.
        bool isNumber = false;
        const double number = text.toDouble(&isNumber);
        if (isNumber && (name != QLatin1String("sval") || numeric.match(text).hasMatch()))
            text = numberText(number);
        if (name == QLatin1String("sval") && text == QLatin1String("t"))
            text = QStringLiteral("true");
        if (name == QLatin1String("sval") && text == QLatin1String("f"))
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
        return constant(text);
    }
    return constant(QString());
}

QString lastName(const QJsonArray &names)
{
    return names.last()
        .toObject()
        .value(QLatin1String("String"))
        .toObject()
        .value(QLatin1String("sval"))
        .toString();
}

QJsonObject comparison(const char *op, const QJsonValue &left, const QJsonValue &right)
{
    return QJsonObject{
        {QLatin1String("A_Expr"),
         QJsonObject{
             {QLatin1String("kind"), QStringLiteral("AEXPR_OP")},
             {QLatin1String("name"),
              QJsonArray{QJsonObject{{QLatin1String("String"),
                                      QJsonObject{{QLatin1String("sval"), QLatin1String(op)}}}}}},
             {QLatin1String("lexpr"), left},
             {QLatin1String("rexpr"), right}}}};
}

QJsonValue canonicalAExpr(QJsonObject body)
{
    const QString kind = body.value(QLatin1String("kind")).toString();
    const QString op = lastName(body.value(QLatin1String("name")).toArray());
    // Unary minus on a constant is a negative constant.
    if (kind == QLatin1String("AEXPR_OP") && op == QLatin1String("-") &&
        !body.contains(QLatin1String("lexpr"))) {
        const QJsonObject c = canonicalNode(body.value(QLatin1String("rexpr"))).toObject();
        if (c.contains(QLatin1String("const")))
            return constant(numberText(-c.value(QLatin1String("const")).toString().toDouble()));
    }
    if (kind == QLatin1String("AEXPR_IN")) {
        body.insert(QLatin1String("kind"), op == QLatin1String("<>")
                                               ? QStringLiteral("AEXPR_OP_ALL")
                                               : QStringLiteral("AEXPR_OP_ANY"));
        body.insert(QLatin1String("rexpr"),
                    QJsonObject{{QLatin1String("A_ArrayExpr"),
                                 QJsonObject{{QLatin1String("elements"),
                                              body.value(QLatin1String("rexpr"))}}}});
    } else if (kind == QLatin1String("AEXPR_LIKE") || kind == QLatin1String("AEXPR_ILIKE")) {
        body.insert(QLatin1String("kind"), QStringLiteral("AEXPR_OP"));
    } else if (kind == QLatin1String("AEXPR_BETWEEN")) {
        const QJsonArray bounds = body.value(QLatin1String("rexpr")).toArray();
        const QJsonValue left = body.value(QLatin1String("lexpr"));
        return canonicalNode(
            QJsonObject{{QLatin1String("BoolExpr"),
                         QJsonObject{{QLatin1String("boolop"), QStringLiteral("AND_EXPR")},
                                     {QLatin1String("args"),
                                      QJsonArray{comparison(">=", left, bounds.at(0)),
                                                 comparison("<=", left, bounds.at(1))}}}}});
    }
    QJsonObject out;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it)
        if (it.key() != QLatin1String("location"))
            out.insert(it.key(), canonicalNode(it.value()));
    return QJsonObject{{QLatin1String("A_Expr"), out}};
}

QJsonValue canonicalNode(const QJsonValue &value)
{
    if (value.isArray())
        return canonicalList(value.toArray());
    if (!value.isObject())
        return value;
    QJsonObject o = value.toObject();
    o.remove(QLatin1String("location"));
    if (o.size() != 1) {
        QJsonObject out;
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            out.insert(it.key(), canonicalNode(it.value()));
        return out;
    }
    const QString kind = o.constBegin().key();
    QJsonObject body = o.constBegin().value().toObject();
    if (kind == QLatin1String("TypeCast") || kind == QLatin1String("CollateClause"))
        return canonicalNode(body.value(QLatin1String("arg")));
    if (kind == QLatin1String("A_Const"))
        return constText(body);
    if (kind == QLatin1String("List")) // IN lists arrive as {"List":{"items":[...]}}
        return canonicalList(body.value(QLatin1String("items")).toArray());
    if (kind == QLatin1String("A_Expr"))
        return canonicalAExpr(body);
    if (kind == QLatin1String("FuncCall")) {
        QJsonArray name = body.value(QLatin1String("funcname")).toArray();
        // pg_catalog and public are on every search_path: a qualifier that says nothing.
        if (name.size() == 2) {
            const QString qualifier = name.at(0)
                                          .toObject()
                                          .value(QLatin1String("String"))
                                          .toObject()
                                          .value(QLatin1String("sval"))
                                          .toString();
            if (qualifier == QLatin1String("pg_catalog") || qualifier == QLatin1String("public"))
                name.removeAt(0);
        }
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
        return QJsonObject{
            {kind, QJsonObject{{QLatin1String("boolop"), boolop}, {QLatin1String("args"), args}}}};
    }
    QJsonObject out;
    for (auto it = body.constBegin(); it != body.constEnd(); ++it)
        if (it.key() != QLatin1String("location"))
            out.insert(it.key(), canonicalNode(it.value()));
    return QJsonObject{{kind, out}};
}

// libpg_query's JSON writes only positive integers: "ival":{} is 0 or a negative constant.
// Such constants are read back from the SQL at their location (the '-' sign when the
// grammar folded one in), so -1 on one side and '-1'::integer on the other compare equal.
QJsonValue restoreIntegers(const QJsonValue &value, const QByteArray &sql)
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

QString computeCanonical(const QString &expression)
{
    const QByteArray sql = QByteArray("SELECT (") + expression.toUtf8() + QByteArray(")");
    const PgQueryParseResult result = pg_query_parse(sql.constData());
    QJsonObject root;
    const bool failed = result.error != nullptr;
    if (!failed)
        root = QJsonDocument::fromJson(QByteArray(result.parse_tree)).object();
    pg_query_free_parse_result(result);
    if (failed)
        return expression.simplified();
    root = restoreIntegers(root, sql).toObject();
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

} // namespace

QString canonicalExpression(const QString &expression)
{
    if (expression.trimmed().isEmpty())
        return {};
    // Diffs of neighbouring snapshots ask for the same expressions again and again.
    thread_local QHash<QString, QString> cache;
    if (const auto it = cache.constFind(expression); it != cache.cend())
        return *it;
    if (cache.size() > 20000)
        cache.clear();
    const QString canonical = computeCanonical(expression);
    cache.insert(expression, canonical);
    return canonical;
}

namespace {

QJsonValue renameColumns(const QJsonValue &value, const QHash<QString, QString> &columns)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(renameColumns(v, columns));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject o = value.toObject();
    if (o.size() == 1 && o.constBegin().key() == QLatin1String("ColumnRef")) {
        QJsonObject body = o.constBegin().value().toObject();
        QJsonArray fields = body.value(QLatin1String("fields")).toArray();
        if (fields.size() == 1) {
            const QString name = fields.at(0)
                                     .toObject()
                                     .value(QLatin1String("String"))
                                     .toObject()
                                     .value(QLatin1String("sval"))
                                     .toString();
            if (const auto it = columns.constFind(name); it != columns.cend()) {
                fields[0] = QJsonObject{
                    {QLatin1String("String"), QJsonObject{{QLatin1String("sval"), *it}}}};
                body.insert(QLatin1String("fields"), fields);
                return QJsonObject{{QLatin1String("ColumnRef"), body}};
            }
        }
        return o;
    }
    for (auto it = o.begin(); it != o.end(); ++it)
        it.value() = renameColumns(it.value(), columns);
    return o;
}

} // namespace

QString canonicalExpression(const QString &expression, const QHash<QString, QString> &columns)
{
    const QString canonical = canonicalExpression(expression);
    if (columns.isEmpty() || !canonical.startsWith(QLatin1Char('[')))
        return canonical;
    const QJsonDocument tree = QJsonDocument::fromJson(canonical.toUtf8());
    return QString::fromUtf8(QJsonDocument(renameColumns(tree.array(), columns).toArray())
                                 .toJson(QJsonDocument::Compact));
}

bool sameExpression(const QString &a, const QString &b, bool pgSyntax,
                    const QHash<QString, QString> &oldColumns)
{
    if (a == b && oldColumns.isEmpty())
        return true;
    if (a.simplified() == b.simplified() && oldColumns.isEmpty())
        return true;
    if (!pgSyntax || a.trimmed().isEmpty() || b.trimmed().isEmpty())
        return a.simplified() == b.simplified();
    return canonicalExpression(a, oldColumns) == canonicalExpression(b);
}

bool isNullDefault(const QString &expression)
{
    const QString text = expression.trimmed();
    if (text.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0)
        return true;
    // NULL::character varying, (NULL)::text: casts are dropped from the canonical tree.
    return text.contains(QLatin1String("NULL"), Qt::CaseInsensitive) &&
           canonicalExpression(text) == canonicalExpression(QStringLiteral("NULL"));
}

} // namespace schemalens::diff
