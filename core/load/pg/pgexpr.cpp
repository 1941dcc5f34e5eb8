// Public deparse entry points and the partition clauses. Expressions are deparsed in
// pgdeparse.cpp (operators, constants, sub-links) and pgdeparse_func.cpp (function calls),
// sub-selects in pgdeparse_select.cpp, types in pgtypes.cpp and names in pgnames.cpp.

#include "core/load/pg/pgexpr.h"

#include "core/load/pg/pgdeparse_p.h"

namespace schemalens::load::pg {

using namespace detail;

namespace {

// Accepts both {"Kind": {...}} and the bare {...}: CreateStmt.partbound and
// CreateStmt.partspec hold the bare struct, other callers may pass the wrapped node.
JsonObject unwrap(const JsonValue &node, QLatin1String kind)
{
    const JsonObject o = node.toObject();
    if (o.size() == 1 && o.constBegin().key() == kind)
        return o.constBegin().value().toObject();
    return o;
}

// In the raw tree MINVALUE and MAXVALUE are still plain column references; transformation
// turns them into PartitionRangeDatum nodes, accepted too.
QString rangeDatum(const Deparser &deparser, const JsonValue &datum)
{
    if (kindOf(datum) == QLatin1String("ColumnRef")) {
        const JsonArray fields = listField(bodyOf(datum), "fields");
        if (fields.size() == 1) {
            const QString name = svalOf(fields.first());
            if (name == QLatin1String("minvalue") || name == QLatin1String("maxvalue"))
                return name.toUpper();
        }
    }
    if (kindOf(datum) == QLatin1String("PartitionRangeDatum")) {
        const JsonObject b = bodyOf(datum);
        const QString kind = strField(b, "kind");
        if (kind == QLatin1String("PARTITION_RANGE_DATUM_MINVALUE"))
            return QStringLiteral("MINVALUE");
        if (kind == QLatin1String("PARTITION_RANGE_DATUM_MAXVALUE"))
            return QStringLiteral("MAXVALUE");
        return deparser.expr(b.value(QLatin1String("value")));
    }
    return deparser.expr(datum);
}

QString rangeDatums(const Deparser &deparser, const JsonArray &datums)
{
    QStringList parts;
    for (const JsonValue &d : datums)
        parts.append(rangeDatum(deparser, d));
    return QLatin1Char('(') + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

// pg_get_partkeydef() prints function-like key expressions bare and parenthesizes others
// (ruleutils.c looks_like_function()).
bool looksLikeFunction(const JsonValue &expr)
{
    const QString kind = kindOf(expr);
    if (kind == QLatin1String("FuncCall"))
        return strField(bodyOf(expr), "funcformat") != QLatin1String("COERCE_SQL_SYNTAX");
    return kind == QLatin1String("CoalesceExpr") || kind == QLatin1String("MinMaxExpr") ||
           kind == QLatin1String("SQLValueFunction");
}

} // namespace

QString deparseExpr(const JsonValue &node)
{
    return Deparser().expr(node);
}

QString deparseExpr(const JsonValue &node, const QByteArray &sourceUtf8)
{
    return Deparser(sourceUtf8).expr(node);
}

QString deparsePartitionBound(const JsonValue &node)
{
    return deparsePartitionBound(node, {});
}

QString deparsePartitionBound(const JsonValue &node, const QByteArray &sourceUtf8)
{
    const JsonObject b = unwrap(node, QLatin1String("PartitionBoundSpec"));
    if (b.isEmpty())
        return QString();
    if (boolField(b, "is_default"))
        return QStringLiteral("DEFAULT");
    const Deparser deparser(sourceUtf8);
    QString strategy = strField(b, "strategy");
    if (strategy.isEmpty()) // a char field; infer it should the writer ever leave it out
        strategy = b.contains(QLatin1String("listdatums"))    ? QStringLiteral("l")
                   : b.contains(QLatin1String("lowerdatums")) ? QStringLiteral("r")
                                                              : QStringLiteral("h");
    if (strategy == QLatin1String("l"))
        return QStringLiteral("FOR VALUES IN (") + deparser.exprList(listField(b, "listdatums")) +
               QLatin1Char(')');
    if (strategy == QLatin1String("r"))
        return QStringLiteral("FOR VALUES FROM ") +
               rangeDatums(deparser, listField(b, "lowerdatums")) + QStringLiteral(" TO ") +
               rangeDatums(deparser, listField(b, "upperdatums"));
    // remainder 0 (the first partition) is left out of the JSON like any other zero.
    return QStringLiteral("FOR VALUES WITH (modulus %1, remainder %2)")
        .arg(intField(b, "modulus"))
        .arg(intField(b, "remainder"));
}

QString deparsePartitionKey(const JsonValue &partitionSpec)
{
    const JsonObject spec = unwrap(partitionSpec, QLatin1String("PartitionSpec"));
    if (spec.isEmpty())
        return QString();
    // "range" in libpg_query 15; PostgreSQL 16 made it PARTITION_STRATEGY_RANGE.
    QString strategy = strField(spec, "strategy").toUpper();
    if (strategy.startsWith(QLatin1String("PARTITION_STRATEGY_")))
        strategy = strategy.mid(19);
    const Deparser deparser;
    QStringList parts;
    for (const JsonValue &p : listField(spec, "partParams")) {
        const JsonObject elem = unwrap(p, QLatin1String("PartitionElem"));
        QString text;
        if (elem.contains(QLatin1String("name"))) {
            text = quoteIdentifier(strField(elem, "name"));
        } else {
            const JsonValue expr = elem.value(QLatin1String("expr"));
            text = looksLikeFunction(expr)
                       ? deparser.expr(expr)
                       : QLatin1Char('(') + deparser.expr(expr) + QLatin1Char(')');
        }
        if (const JsonArray collation = listField(elem, "collation"); !collation.isEmpty())
            text += QStringLiteral(" COLLATE ") + quoteQualified(svalList(collation));
        if (const JsonArray opclass = listField(elem, "opclass"); !opclass.isEmpty())
            text += QLatin1Char(' ') + quoteQualified(svalList(opclass));
        parts.append(text);
    }
    return strategy + QStringLiteral(" (") + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace schemalens::load::pg
