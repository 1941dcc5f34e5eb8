#pragma once

#include "core/load/pg/pgjson.h"
#include "core/load/pg/pgnode.h"

// Internals shared by pgtypes.cpp, pgdeparse.cpp, pgdeparse_select.cpp and pgnames.cpp.
// Not part of the loader's API: include pgexpr.h instead.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <utility>

namespace schemalens::load::pg::detail {

// libpg_query wraps every node as {"Kind": {fields}}. A field holding its default value is
// left out of the JSON, so every accessor below returns that default for a missing key.
inline QString kindOf(const JsonValue &node)
{
    const JsonObject o = node.toObject();
    return o.size() == 1 ? o.constBegin().key() : QString();
}
inline JsonObject bodyOf(const JsonValue &node)
{
    const JsonObject o = node.toObject();
    return o.size() == 1 ? o.constBegin().value().toObject() : JsonObject();
}
// The field accessors are pgjson.h's, under the deparser's names.
inline constexpr auto objField = &obj;
inline constexpr auto listField = &arr;
inline constexpr auto strField = &str;
inline constexpr auto boolField = &flag;
inline int intField(const JsonObject &o, const char *key, int fallback = 0)
{
    return int(integer(o, key, fallback));
}
// {"String":{"sval":"x"}} -> "x" (an empty String node is written as {"String":{}}).
inline QString svalOf(const JsonValue &node)
{
    return objField(node.toObject(), "String").value(QLatin1String("sval")).toString();
}
inline QStringList svalList(const JsonArray &list)
{
    QStringList out;
    out.reserve(list.size());
    for (const JsonValue &v : list)
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

    QString expr(const JsonValue &node) const;
    QString select(const JsonObject &selectStmt) const; // body of a SelectStmt
    QString sortBy(const JsonValue &node) const;
    QString exprList(const JsonArray &list) const;

    // Binding strength of a node, the PostgreSQL grammar's precedence levels (higher binds
    // tighter); kAtomic for anything that never needs parentheses.
    static constexpr int kAtomic = 100;
    int level(const JsonValue &node) const;
    // The node, in parentheses when it binds less tightly than `minLevel`.
    QString operand(const JsonValue &node, int minLevel) const;

private:
    QString aConst(const JsonObject &body) const;
    QString integerConst(const JsonObject &body) const;
    QString aExpr(const JsonObject &body) const;
    QString binary(const JsonObject &body, const QString &op, int lvl) const;
    QString boolExpr(const JsonObject &body) const;
    QString subLink(const JsonObject &body) const;
    QString indirection(const JsonObject &body) const;
    QString caseExpr(const JsonObject &body) const;
    QString typeCast(const JsonObject &body) const;
    QString sqlValueFunction(const JsonObject &body) const;
    QString arrayExpr(const JsonObject &body, bool nested) const;
    QString operatorName(const JsonArray &name) const;

    // pgdeparse_func.cpp
    QString funcCall(const JsonObject &body) const;
    QString sqlSyntaxCall(const QString &name, const JsonArray &args) const;
    QString windowDef(const JsonObject &body) const; // "(...)" of an OVER or WINDOW clause

    // pgdeparse_select.cpp
    QString selectCore(const JsonObject &s) const;
    QString setOperand(const JsonObject &s) const;
    QString withClause(const JsonObject &w) const;
    QString fromItem(const JsonValue &node) const;
    QString alias(const JsonObject &alias) const;
    QString groupItem(const JsonValue &node) const;
    QString lockingClause(const JsonValue &node) const;

    QByteArray m_source;
};

} // namespace schemalens::load::pg::detail
