#pragma once

// Internals shared by pgtypes.cpp, pgdeparse.cpp, pgdeparse_select.cpp and pgnames.cpp.
// Not part of the loader's API: include pgexpr.h instead.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <utility>

namespace schemalens::load::pg::detail {

// libpg_query wraps every node as {"Kind": {fields}}. A field holding its default value is
// left out of the JSON, so every accessor below returns that default for a missing key.
inline QString kindOf(const QJsonValue &node)
{
    const QJsonObject o = node.toObject();
    return o.size() == 1 ? o.constBegin().key() : QString();
}
inline QJsonObject bodyOf(const QJsonValue &node)
{
    const QJsonObject o = node.toObject();
    return o.size() == 1 ? o.constBegin().value().toObject() : QJsonObject();
}
inline QJsonObject objField(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toObject();
}
inline QJsonArray listField(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toArray();
}
inline QString strField(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
inline bool boolField(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toBool();
}
inline int intField(const QJsonObject &o, const char *key, int fallback = 0)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? v.toInt() : fallback;
}
// {"String":{"sval":"x"}} -> "x" (an empty String node is written as {"String":{}}).
inline QString svalOf(const QJsonValue &node)
{
    return objField(node.toObject(), "String").value(QLatin1String("sval")).toString();
}
inline QStringList svalList(const QJsonArray &list)
{
    QStringList out;
    out.reserve(list.size());
    for (const QJsonValue &v : list)
        out.append(svalOf(v));
    return out;
}

// The keyword categories of PostgreSQL 15's kwlist.h that force quoting somewhere
// (None covers unreserved keywords too: they never need quotes).
enum class Keyword { None, ColName, TypeFuncName, Reserved };
Keyword keywordCategory(const QString &word);

// gram.y precedence levels, loosest first. Atomic nodes are Deparser::kAtomic.
enum Level {
    Or = 1,
    And = 2,
    Not = 3,
    Is = 4,         // IS NULL, IS TRUE, IS DISTINCT FROM, IS NORMALIZED
    Comparison = 5, // < > = <= >= <> and x op ANY/ALL (...)
    Pattern = 6,    // BETWEEN, IN, LIKE, ILIKE, SIMILAR
    GenericOp = 7,  // any other operator, e.g. ||, ->>, @>
    Additive = 8,
    Multiplicative = 9,
    Power = 10,
    AtTimeZone = 11,
    Collate = 12,
    UnaryMinus = 13,
    Subscript = 14,
    Cast = 15,
};

// quote_identifier() for every part, joined with '.'.
QString quoteQualified(const QStringList &parts);

// Deparses expression trees. Holds the UTF-8 text the tree was parsed from (may be empty),
// used only to read back integer constants that libpg_query's JSON writer drops.
class Deparser {
public:
    explicit Deparser(QByteArray source = {})
        : m_source(std::move(source))
    {}

    QString expr(const QJsonValue &node) const;
    QString select(const QJsonObject &selectStmt) const; // body of a SelectStmt
    QString sortBy(const QJsonValue &node) const;
    QString exprList(const QJsonArray &list) const;

    // Binding strength of a node, the PostgreSQL grammar's precedence levels (higher binds
    // tighter); kAtomic for anything that never needs parentheses.
    static constexpr int kAtomic = 100;
    int level(const QJsonValue &node) const;
    // The node, in parentheses when it binds less tightly than `minLevel`.
    QString operand(const QJsonValue &node, int minLevel) const;

private:
    QString aConst(const QJsonObject &body) const;
    QString integerConst(const QJsonObject &body) const;
    QString aExpr(const QJsonObject &body) const;
    QString binary(const QJsonObject &body, const QString &op, int lvl) const;
    QString boolExpr(const QJsonObject &body) const;
    QString subLink(const QJsonObject &body) const;
    QString indirection(const QJsonObject &body) const;
    QString caseExpr(const QJsonObject &body) const;
    QString typeCast(const QJsonObject &body) const;
    QString sqlValueFunction(const QJsonObject &body) const;
    QString arrayExpr(const QJsonObject &body, bool nested) const;
    QString operatorName(const QJsonArray &name) const;

    // pgdeparse_func.cpp
    QString funcCall(const QJsonObject &body) const;
    QString sqlSyntaxCall(const QString &name, const QJsonArray &args) const;
    QString windowDef(const QJsonObject &body) const; // "(...)" of an OVER or WINDOW clause

    // pgdeparse_select.cpp
    QString selectCore(const QJsonObject &s) const;
    QString setOperand(const QJsonObject &s) const;
    QString withClause(const QJsonObject &w) const;
    QString fromItem(const QJsonValue &node) const;
    QString alias(const QJsonObject &alias) const;
    QString groupItem(const QJsonValue &node) const;
    QString lockingClause(const QJsonValue &node) const;

    QByteArray m_source;
};

} // namespace schemalens::load::pg::detail
