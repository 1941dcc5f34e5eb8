// Expression deparse: raw (untransformed) parse-tree nodes back to readable SQL. Function
// calls are in pgdeparse_func.cpp, sub-selects in pgdeparse_select.cpp.
//
// The style follows pg_get_expr() loosely but favours readability: no parentheses around
// every operator, but predicates nested in other operators, mixed AND/OR and anything that
// binds looser than its parent are parenthesized. Every output must parse back to the same
// tree (the tests check this), so precedence follows PostgreSQL 15's gram.y.

#include "core/load/pg/pgdeparse_p.h"
#include "core/load/pg/pgexpr.h"

namespace schemalens::load::pg::detail {

namespace {

const QString kSpace = QStringLiteral(" ");
const QString kComma = QStringLiteral(", ");

bool isOperatorChar(QChar c)
{
    return QStringLiteral("+-*/<>=~!@#%^&|`?").contains(c);
}

int binaryOperatorLevel(const QString &op)
{
    static const QStringList comparisons = {
        QStringLiteral("<"),  QStringLiteral(">"),  QStringLiteral("="), QStringLiteral("<="),
        QStringLiteral(">="), QStringLiteral("<>"), QStringLiteral("!=")};
    if (comparisons.contains(op))
        return Comparison;
    if (op == QLatin1String("+") || op == QLatin1String("-"))
        return Additive;
    if (op == QLatin1String("*") || op == QLatin1String("/") || op == QLatin1String("%"))
        return Multiplicative;
    if (op == QLatin1String("^"))
        return Power;
    return GenericOp;
}

// Comparison and pattern operators do not associate: `a = b = c` is a syntax error.
bool nonAssociative(int level)
{
    return level >= Is && level <= Pattern;
}

QString quoteLiteral(const QString &s)
{
    QString out = s;
    out.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + out + QLatin1Char('\'');
}

QString sqlValueFunctionName(const QString &op)
{
    static const char *const names[] = {"CURRENT_DATE",    "CURRENT_TIMESTAMP", "CURRENT_TIME",
                                        "LOCALTIMESTAMP",  "LOCALTIME",         "CURRENT_ROLE",
                                        "CURRENT_USER",    "SESSION_USER",      "USER",
                                        "CURRENT_CATALOG", "CURRENT_SCHEMA"};
    // SVFOP_CURRENT_TIMESTAMP_N etc.: the "_N" variants carry a precision.
    QString base = op.mid(6); // strip "SVFOP_"
    if (base.endsWith(QLatin1String("_N")))
        base.chop(2);
    for (const char *n : names) {
        if (base == QLatin1String(n))
            return base;
    }
    return QString();
}

} // namespace

// --- entry points -----------------------------------------------------------------------

QString Deparser::exprList(const JsonArray &list) const
{
    QStringList parts;
    parts.reserve(list.size());
    for (const JsonValue &v : list)
        parts.append(expr(v));
    return parts.join(kComma);
}

QString Deparser::operand(const JsonValue &node, int minLevel) const
{
    const int l = level(node);
    // Readability: a predicate inside any non-boolean operator gets parentheses even where
    // the grammar would not need them, e.g. (a = b) IS TRUE.
    const bool paren = l < minLevel || (minLevel >= Is && l >= Is && l <= Pattern);
    const QString text = expr(node);
    return paren ? QLatin1Char('(') + text + QLatin1Char(')') : text;
}

int Deparser::level(const JsonValue &node) const
{
    const QString kind = kindOf(node);
    const JsonObject b = bodyOf(node);
    if (kind == QLatin1String("A_Expr")) {
        const QString k = strField(b, "kind");
        const JsonArray name = listField(b, "name");
        if (k.isEmpty() || k == QLatin1String("AEXPR_OP")) {
            const QString op = name.isEmpty() ? QString() : svalOf(name.last());
            if (!b.contains(QLatin1String("lexpr")))
                return name.size() == 1 && (op == QLatin1String("-") || op == QLatin1String("+"))
                           ? UnaryMinus
                           : GenericOp;
            return name.size() == 1 ? binaryOperatorLevel(op) : GenericOp;
        }
        if (k == QLatin1String("AEXPR_OP_ANY") || k == QLatin1String("AEXPR_OP_ALL"))
            return Comparison;
        if (k == QLatin1String("AEXPR_DISTINCT") || k == QLatin1String("AEXPR_NOT_DISTINCT"))
            return Is;
        if (k == QLatin1String("AEXPR_NULLIF"))
            return kAtomic;
        return Pattern; // IN, LIKE, ILIKE, SIMILAR, the BETWEENs
    }
    if (kind == QLatin1String("BoolExpr")) {
        const QString op = strField(b, "boolop");
        return op == QLatin1String("OR_EXPR") ? Or : op == QLatin1String("NOT_EXPR") ? Not : And;
    }
    if (kind == QLatin1String("NullTest") || kind == QLatin1String("BooleanTest"))
        return Is;
    if (kind == QLatin1String("SubLink")) {
        const QString t = strField(b, "subLinkType");
        if (t == QLatin1String("ANY_SUBLINK"))
            return listField(b, "operName").isEmpty() ? Pattern : Comparison;
        if (t == QLatin1String("ALL_SUBLINK") || t == QLatin1String("ROWCOMPARE_SUBLINK"))
            return Comparison;
        return kAtomic;
    }
    if (kind == QLatin1String("FuncCall") &&
        strField(b, "funcformat") == QLatin1String("COERCE_SQL_SYNTAX")) {
        const QStringList names = svalList(listField(b, "funcname"));
        if (names.size() == 2 && names.first() == QLatin1String("pg_catalog")) {
            if (names.last() == QLatin1String("timezone"))
                return AtTimeZone;
            if (names.last() == QLatin1String("overlaps"))
                return Comparison;
            if (names.last() == QLatin1String("is_normalized"))
                return Is;
        }
        return kAtomic;
    }
    if (kind == QLatin1String("CollateClause"))
        return Collate;
    if (kind == QLatin1String("TypeCast"))
        return Cast;
    if (kind == QLatin1String("A_Indirection"))
        return Subscript;
    if (kind == QLatin1String("A_Const") && aConst(b).startsWith(QLatin1Char('-')))
        return UnaryMinus; // a folded negative constant reads like a unary minus
    return kAtomic;
}

QString Deparser::expr(const JsonValue &node) const
{
    if (!node.isObject())
        return QString();
    const QString kind = kindOf(node);
    const JsonObject b = bodyOf(node);

    if (kind == QLatin1String("A_Const"))
        return aConst(b);
    if (kind == QLatin1String("ColumnRef")) {
        QStringList parts;
        for (const JsonValue &f : listField(b, "fields"))
            parts.append(kindOf(f) == QLatin1String("A_Star") ? QStringLiteral("*")
                                                              : quoteIdentifier(svalOf(f)));
        return parts.join(QLatin1Char('.'));
    }
    if (kind == QLatin1String("ParamRef"))
        return QLatin1Char('$') + QString::number(intField(b, "number"));
    if (kind == QLatin1String("A_Expr"))
        return aExpr(b);
    if (kind == QLatin1String("BoolExpr"))
        return boolExpr(b);
    if (kind == QLatin1String("NullTest")) {
        const bool isNull = strField(b, "nulltesttype") != QLatin1String("IS_NOT_NULL");
        return operand(b.value(QLatin1String("arg")), Is + 1) +
               (isNull ? QStringLiteral(" IS NULL") : QStringLiteral(" IS NOT NULL"));
    }
    if (kind == QLatin1String("BooleanTest")) {
        // IS_TRUE -> " IS TRUE", IS_NOT_UNKNOWN -> " IS NOT UNKNOWN", ...
        QString test = strField(b, "booltesttype");
        test.replace(QLatin1Char('_'), QLatin1Char(' '));
        return operand(b.value(QLatin1String("arg")), Is + 1) + kSpace + test;
    }
    if (kind == QLatin1String("FuncCall"))
        return funcCall(b);
    if (kind == QLatin1String("NamedArgExpr"))
        return quoteIdentifier(strField(b, "name")) + QStringLiteral(" => ") +
               expr(b.value(QLatin1String("arg")));
    if (kind == QLatin1String("TypeCast"))
        return typeCast(b);
    if (kind == QLatin1String("CollateClause"))
        return operand(b.value(QLatin1String("arg")), Collate) + QStringLiteral(" COLLATE ") +
               quoteQualified(svalList(listField(b, "collname")));
    if (kind == QLatin1String("SubLink"))
        return subLink(b);
    if (kind == QLatin1String("CaseExpr"))
        return caseExpr(b);
    if (kind == QLatin1String("CoalesceExpr"))
        return QStringLiteral("COALESCE(") + exprList(listField(b, "args")) + QLatin1Char(')');
    if (kind == QLatin1String("MinMaxExpr"))
        return (strField(b, "op") == QLatin1String("IS_LEAST") ? QStringLiteral("LEAST(")
                                                               : QStringLiteral("GREATEST(")) +
               exprList(listField(b, "args")) + QLatin1Char(')');
    if (kind == QLatin1String("GroupingFunc"))
        return QStringLiteral("GROUPING(") + exprList(listField(b, "args")) + QLatin1Char(')');
    if (kind == QLatin1String("SQLValueFunction"))
        return sqlValueFunction(b);
    if (kind == QLatin1String("A_ArrayExpr"))
        return arrayExpr(b, false);
    if (kind == QLatin1String("RowExpr")) {
        const JsonArray args = listField(b, "args");
        const bool implicit = strField(b, "row_format") == QLatin1String("COERCE_IMPLICIT_CAST");
        return (implicit && args.size() > 1 ? QStringLiteral("(") : QStringLiteral("ROW(")) +
               exprList(args) + QLatin1Char(')');
    }
    if (kind == QLatin1String("A_Indirection"))
        return indirection(b);
    if (kind == QLatin1String("SetToDefault"))
        return QStringLiteral("DEFAULT");
    if (kind == QLatin1String("SortBy"))
        return sortBy(node);
    if (kind == QLatin1String("TypeName"))
        return formatType(b);
    if (kind == QLatin1String("MultiAssignRef"))
        return expr(b.value(QLatin1String("source")));
    // Bare value nodes appear in a few list positions (IN lists, USING columns, ...).
    if (kind == QLatin1String("A_Star"))
        return QStringLiteral("*");
    if (kind == QLatin1String("String"))
        return quoteIdentifier(strField(b, "sval"));
    if (kind == QLatin1String("Integer"))
        return QString::number(intField(b, "ival"));
    if (kind == QLatin1String("Float"))
        return strField(b, "fval");
    if (kind == QLatin1String("Boolean"))
        return boolField(b, "boolval") ? QStringLiteral("true") : QStringLiteral("false");
    if (kind == QLatin1String("List"))
        return QLatin1Char('(') + exprList(listField(b, "items")) + QLatin1Char(')');
    return QLatin1Char('<') + (kind.isEmpty() ? QStringLiteral("?") : kind) + QLatin1Char('>');
}

// --- constants and references -----------------------------------------------------------

QString Deparser::aConst(const JsonObject &b) const
{
    if (boolField(b, "isnull"))
        return QStringLiteral("NULL");
    if (b.contains(QLatin1String("ival")))
        return integerConst(b);
    if (b.contains(QLatin1String("fval")))
        return strField(objField(b, "fval"), "fval");
    if (b.contains(QLatin1String("boolval")))
        return boolField(objField(b, "boolval"), "boolval") ? QStringLiteral("true")
                                                            : QStringLiteral("false");
    if (b.contains(QLatin1String("sval")))
        return quoteLiteral(strField(objField(b, "sval"), "sval"));
    if (b.contains(QLatin1String("bsval"))) {
        // The scanner keeps the radix as a lower-case prefix: "b0101" is B'0101'.
        const QString bits = strField(objField(b, "bsval"), "bsval");
        if (bits.isEmpty())
            return QStringLiteral("B''");
        return bits.front().toUpper() + quoteLiteral(bits.mid(1));
    }
    return QStringLiteral("<A_Const>");
}

QString Deparser::integerConst(const JsonObject &b) const
{
    const JsonObject ival = objField(b, "ival");
    if (ival.contains(QLatin1String("ival")))
        return QString::number(qint64(ival.value(QLatin1String("ival")).toDouble()));
    // "ival":{} is 0 or a negative number (libpg_query writes only positive values). The
    // constant's location is that of its '-' sign when the grammar folded one in, so read
    // the digits back: '-', then blanks, comments and '(' before the digits.
    const qsizetype size = m_source.size();
    qsizetype pos = intField(b, "location"); // an omitted location is 0 like any default
    if (pos < 0 || pos >= size)
        return QStringLiteral("0");
    const bool negative = m_source.at(pos) == '-';
    if (negative) {
        ++pos;
        while (pos < size) {
            const char c = m_source.at(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '(') {
                ++pos;
            } else if (c == '-' && pos + 1 < size && m_source.at(pos + 1) == '-') {
                while (pos < size && m_source.at(pos) != '\n')
                    ++pos;
            } else if (c == '/' && pos + 1 < size && m_source.at(pos + 1) == '*') {
                const qsizetype end = m_source.indexOf("*/", pos + 2);
                pos = end < 0 ? size : end + 2;
            } else {
                break;
            }
        }
    }
    const qsizetype start = pos;
    while (pos < size && m_source.at(pos) >= '0' && m_source.at(pos) <= '9')
        ++pos;
    bool ok = false;
    const qint64 value = m_source.mid(start, pos - start).toLongLong(&ok);
    if (!ok || value == 0)
        return QStringLiteral("0");
    return QString::number(negative ? -value : value);
}

QString Deparser::typeCast(const JsonObject &b) const
{
    return operand(b.value(QLatin1String("arg")), Cast) + QStringLiteral("::") +
           formatType(objField(b, "typeName"));
}

QString Deparser::indirection(const JsonObject &b) const
{
    const JsonValue arg = b.value(QLatin1String("arg"));
    const JsonArray steps = listField(b, "indirection");
    // Only a column reference followed by a subscript, or a parameter, takes indirection
    // without parentheses (c_expr in gram.y); `(a).b` would otherwise read as table a.
    const QString argKind = kindOf(arg);
    const bool bare = argKind == QLatin1String("ParamRef") ||
                      (argKind == QLatin1String("ColumnRef") && !steps.isEmpty() &&
                       kindOf(steps.first()) == QLatin1String("A_Indices"));
    QString out = bare ? expr(arg) : QLatin1Char('(') + expr(arg) + QLatin1Char(')');
    for (const JsonValue &step : steps) {
        const QString k = kindOf(step);
        const JsonObject s = bodyOf(step);
        if (k == QLatin1String("A_Indices")) {
            const QString upper = expr(s.value(QLatin1String("uidx")));
            const QString lower = boolField(s, "is_slice")
                                      ? expr(s.value(QLatin1String("lidx"))) + QLatin1Char(':')
                                      : QString();
            out += QLatin1Char('[') + lower + upper + QLatin1Char(']');
        } else if (k == QLatin1String("A_Star")) {
            out += QStringLiteral(".*");
        } else {
            out += QLatin1Char('.') + quoteIdentifier(svalOf(step));
        }
    }
    return out;
}

QString Deparser::arrayExpr(const JsonObject &b, bool nested) const
{
    // Inner dimensions of ARRAY[[1,2],[3,4]] are A_ArrayExprs too, written without ARRAY.
    QStringList parts;
    for (const JsonValue &e : listField(b, "elements"))
        parts.append(kindOf(e) == QLatin1String("A_ArrayExpr") ? arrayExpr(bodyOf(e), true)
                                                               : expr(e));
    return (nested ? QStringLiteral("[") : QStringLiteral("ARRAY[")) + parts.join(kComma) +
           QLatin1Char(']');
}

QString Deparser::sqlValueFunction(const JsonObject &b) const
{
    const QString op = strField(b, "op");
    const QString name = sqlValueFunctionName(op);
    if (name.isEmpty())
        return QStringLiteral("<SQLValueFunction>");
    // typmod 0 is left out of the JSON, so a missing one is 0 for the _N variants.
    return op.endsWith(QLatin1String("_N"))
               ? name + QLatin1Char('(') + QString::number(intField(b, "typmod")) + QLatin1Char(')')
               : name;
}

QString Deparser::caseExpr(const JsonObject &b) const
{
    QString out = QStringLiteral("CASE");
    if (b.contains(QLatin1String("arg")))
        out += kSpace + expr(b.value(QLatin1String("arg")));
    for (const JsonValue &w : listField(b, "args")) {
        const JsonObject when = objField(w.toObject(), "CaseWhen");
        out += QStringLiteral(" WHEN ") + expr(when.value(QLatin1String("expr"))) +
               QStringLiteral(" THEN ") + expr(when.value(QLatin1String("result")));
    }
    if (b.contains(QLatin1String("defresult")))
        out += QStringLiteral(" ELSE ") + expr(b.value(QLatin1String("defresult")));
    return out + QStringLiteral(" END");
}

// --- operators --------------------------------------------------------------------------

QString Deparser::operatorName(const JsonArray &name) const
{
    const QStringList parts = svalList(name);
    if (parts.size() <= 1)
        return parts.value(0);
    return QStringLiteral("OPERATOR(") + quoteQualified(parts.mid(0, parts.size() - 1)) +
           QLatin1Char('.') + parts.last() + QLatin1Char(')');
}

QString Deparser::binary(const JsonObject &b, const QString &op, int lvl) const
{
    const int leftMin = nonAssociative(lvl) ? lvl + 1 : lvl; // left-associative otherwise
    return operand(b.value(QLatin1String("lexpr")), leftMin) + kSpace + op + kSpace +
           operand(b.value(QLatin1String("rexpr")), lvl + 1);
}

QString Deparser::aExpr(const JsonObject &b) const
{
    const QString kind = strField(b, "kind");
    const JsonArray name = listField(b, "name");
    const QString op = name.isEmpty() ? QString() : svalOf(name.last());
    const JsonValue lexpr = b.value(QLatin1String("lexpr"));
    const JsonValue rexpr = b.value(QLatin1String("rexpr"));
    const bool negated = op.startsWith(QLatin1Char('!')) || op == QLatin1String("<>");

    if (kind.isEmpty() || kind == QLatin1String("AEXPR_OP")) {
        const QString opText = operatorName(name);
        if (lexpr.isUndefined()) { // prefix operator
            const bool sign =
                name.size() == 1 && (op == QLatin1String("-") || op == QLatin1String("+"));
            const QString arg = operand(rexpr, sign ? UnaryMinus : GenericOp);
            // "- -x", never "--x" (a comment); other prefix operators read better spaced.
            const bool space = !sign || arg.isEmpty() || isOperatorChar(arg.front());
            return opText + (space ? kSpace : QString()) + arg;
        }
        return binary(b, opText, name.size() == 1 ? binaryOperatorLevel(op) : GenericOp);
    }
    if (kind == QLatin1String("AEXPR_OP_ANY") || kind == QLatin1String("AEXPR_OP_ALL"))
        return operand(lexpr, Comparison + 1) + kSpace + operatorName(name) +
               (kind == QLatin1String("AEXPR_OP_ANY") ? QStringLiteral(" ANY (")
                                                      : QStringLiteral(" ALL (")) +
               expr(rexpr) + QLatin1Char(')');
    if (kind == QLatin1String("AEXPR_DISTINCT") || kind == QLatin1String("AEXPR_NOT_DISTINCT"))
        return operand(lexpr, Is + 1) +
               (kind == QLatin1String("AEXPR_DISTINCT")
                    ? QStringLiteral(" IS DISTINCT FROM ")
                    : QStringLiteral(" IS NOT DISTINCT FROM ")) +
               operand(rexpr, Is + 1);
    if (kind == QLatin1String("AEXPR_NULLIF"))
        return QStringLiteral("NULLIF(") + expr(lexpr) + kComma + expr(rexpr) + QLatin1Char(')');
    if (kind == QLatin1String("AEXPR_IN"))
        return operand(lexpr, Pattern + 1) +
               (negated ? QStringLiteral(" NOT IN (") : QStringLiteral(" IN (")) +
               exprList(listField(objField(rexpr.toObject(), "List"), "items")) + QLatin1Char(')');
    if (kind == QLatin1String("AEXPR_LIKE") || kind == QLatin1String("AEXPR_ILIKE") ||
        kind == QLatin1String("AEXPR_SIMILAR")) {
        const QString word = kind == QLatin1String("AEXPR_LIKE")    ? QStringLiteral("LIKE")
                             : kind == QLatin1String("AEXPR_ILIKE") ? QStringLiteral("ILIKE")
                                                                    : QStringLiteral("SIMILAR TO");
        // gram.y wraps the pattern as pg_catalog.like_escape(p, e) for LIKE ... ESCAPE e
        // and always as pg_catalog.similar_to_escape(p [, e]) for SIMILAR TO.
        JsonValue pattern = rexpr;
        QString escape;
        const JsonObject call = objField(rexpr.toObject(), "FuncCall");
        const QStringList fn = svalList(listField(call, "funcname"));
        const JsonArray args = listField(call, "args");
        if (fn.size() == 2 && fn.first() == QLatin1String("pg_catalog") &&
            (fn.last() == QLatin1String("like_escape") ||
             fn.last() == QLatin1String("similar_to_escape")) &&
            !args.isEmpty() && args.size() <= 2) {
            pattern = args.first();
            if (args.size() == 2)
                escape = QStringLiteral(" ESCAPE ") + operand(args.last(), Pattern + 1);
        }
        return operand(lexpr, Pattern + 1) + (negated ? QStringLiteral(" NOT ") : kSpace) + word +
               kSpace + operand(pattern, Pattern + 1) + escape;
    }
    if (kind.startsWith(QLatin1String("AEXPR_BETWEEN")) ||
        kind.startsWith(QLatin1String("AEXPR_NOT_BETWEEN"))) {
        const JsonArray bounds = listField(objField(rexpr.toObject(), "List"), "items");
        QString word = kind.startsWith(QLatin1String("AEXPR_NOT")) ? QStringLiteral(" NOT BETWEEN ")
                                                                   : QStringLiteral(" BETWEEN ");
        if (kind.endsWith(QLatin1String("_SYM")))
            word += QStringLiteral("SYMMETRIC ");
        // The bounds are b_exprs: no comparisons or boolean operators without parentheses.
        return operand(lexpr, Pattern + 1) + word + operand(bounds.at(0), GenericOp) +
               QStringLiteral(" AND ") + operand(bounds.at(1), GenericOp);
    }
    return QStringLiteral("<A_Expr>");
}

QString Deparser::boolExpr(const JsonObject &b) const
{
    const QString op = strField(b, "boolop");
    const JsonArray args = listField(b, "args");
    if (op == QLatin1String("NOT_EXPR")) {
        const JsonValue arg = args.at(0);
        const JsonObject sub = objField(arg.toObject(), "SubLink");
        // NOT (x IN (SELECT ...)) is what gram.y makes of x NOT IN (SELECT ...).
        if (strField(sub, "subLinkType") == QLatin1String("ANY_SUBLINK") &&
            listField(sub, "operName").isEmpty())
            return operand(sub.value(QLatin1String("testexpr")), Pattern + 1) +
                   QStringLiteral(" NOT IN (") +
                   select(objField(objField(sub, "subselect"), "SelectStmt")) + QLatin1Char(')');
        // NOT binds looser than every operator, but NOT (a = b) and NOT (j ? 'k') read
        // better than NOT a = b and NOT j ? 'k'.
        return QStringLiteral("NOT ") + operand(arg, UnaryMinus);
    }
    QStringList parts;
    for (const JsonValue &arg : args)
        parts.append(operand(arg, Not)); // nested AND/OR always in parentheses
    return parts.join(op == QLatin1String("OR_EXPR") ? QStringLiteral(" OR ")
                                                     : QStringLiteral(" AND "));
}

QString Deparser::subLink(const JsonObject &b) const
{
    const QString type = strField(b, "subLinkType");
    const JsonValue subselect = b.value(QLatin1String("subselect"));
    const QString query =
        QLatin1Char('(') +
        (kindOf(subselect) == QLatin1String("SelectStmt") ? select(bodyOf(subselect))
                                                          : expr(subselect)) +
        QLatin1Char(')');
    const JsonValue test = b.value(QLatin1String("testexpr"));
    const QString op = operatorName(listField(b, "operName"));
    if (type == QLatin1String("EXISTS_SUBLINK") || type.isEmpty())
        return QStringLiteral("EXISTS ") + query;
    if (type == QLatin1String("ARRAY_SUBLINK"))
        return QStringLiteral("ARRAY") + query;
    if (type == QLatin1String("ANY_SUBLINK"))
        return op.isEmpty() ? QString(operand(test, Pattern + 1) + QStringLiteral(" IN ") + query)
                            : QString(operand(test, Comparison + 1) + kSpace + op +
                                      QStringLiteral(" ANY ") + query);
    if (type == QLatin1String("ALL_SUBLINK"))
        return operand(test, Comparison + 1) + kSpace + op + QStringLiteral(" ALL ") + query;
    if (type == QLatin1String("ROWCOMPARE_SUBLINK"))
        return operand(test, Comparison + 1) + kSpace + op + kSpace + query;
    return query; // EXPR_SUBLINK and the planner-only kinds
}

} // namespace schemalens::load::pg::detail
