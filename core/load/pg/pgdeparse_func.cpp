// Function calls: plain calls with their aggregate and window decorations, the
// SQL-standard syntaxes gram.y turns into pg_catalog calls, ORDER BY items and window
// specifications.

#include "core/load/pg/pgdeparse_p.h"
#include "core/load/pg/pgexpr.h"

namespace schemalens::load::pg::detail {

namespace {

const QString kSpace = QStringLiteral(" ");
const QString kComma = QStringLiteral(", ");

bool isPlainWord(const QString &s)
{
    if (s.isEmpty() || !(s.front().isLower() || s.front() == QLatin1Char('_')))
        return false;
    for (const QChar c : s) {
        if (!(c.isLower() || c.isDigit() || c == QLatin1Char('_')) || c.unicode() > 127)
            return false;
    }
    return true;
}

// Function names need quotes only where the grammar's func_name rule would not take
// them, which is laxer than quote_identifier(): `left(s, 2)` is fine unquoted.
QString functionName(const QStringList &names)
{
    QStringList out;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const Keyword k = keywordCategory(names[i]);
        // A lone name is a type_function_name (gram.y also takes substring(...) and
        // overlay(...) as plain calls); a qualifier is a ColId; later parts are ColLabels,
        // where any keyword goes.
        bool keywordOk = true;
        if (names.size() == 1)
            keywordOk = k == Keyword::None || k == Keyword::TypeFuncName ||
                        names[i] == QLatin1String("substring") ||
                        names[i] == QLatin1String("overlay");
        else if (i == 0)
            keywordOk = k == Keyword::None || k == Keyword::ColName;
        // Not a plain word, or a keyword the position does not accept: quote_identifier()
        // quotes both.
        out.append(keywordOk && isPlainWord(names[i]) ? names[i] : quoteIdentifier(names[i]));
    }
    return out.join(QLatin1Char('.'));
}

} // namespace

QString Deparser::funcCall(const JsonObject &b) const
{
    const QStringList names = svalList(listField(b, "funcname"));
    const JsonArray args = listField(b, "args");
    if (strField(b, "funcformat") == QLatin1String("COERCE_SQL_SYNTAX") && names.size() == 2 &&
        names.first() == QLatin1String("pg_catalog")) {
        const QString special = sqlSyntaxCall(names.last(), args);
        if (!special.isNull())
            return special;
    }

    QString out = functionName(names) + QLatin1Char('(');
    if (boolField(b, "agg_star")) {
        out += QLatin1Char('*');
    } else {
        if (boolField(b, "agg_distinct"))
            out += QStringLiteral("DISTINCT ");
        QStringList parts;
        for (const JsonValue &a : args)
            parts.append(expr(a));
        if (boolField(b, "func_variadic") && !parts.isEmpty())
            parts.last().prepend(QStringLiteral("VARIADIC "));
        out += parts.join(kComma);
    }
    const JsonArray order = listField(b, "agg_order");
    const bool withinGroup = boolField(b, "agg_within_group");
    QStringList sorts;
    for (const JsonValue &s : order)
        sorts.append(sortBy(s));
    if (!sorts.isEmpty() && !withinGroup)
        out += QStringLiteral(" ORDER BY ") + sorts.join(kComma);
    out += QLatin1Char(')');
    if (withinGroup)
        out += QStringLiteral(" WITHIN GROUP (ORDER BY ") + sorts.join(kComma) + QLatin1Char(')');
    if (b.contains(QLatin1String("agg_filter")))
        out += QStringLiteral(" FILTER (WHERE ") + expr(b.value(QLatin1String("agg_filter"))) +
               QLatin1Char(')');
    if (b.contains(QLatin1String("over"))) {
        const JsonObject over = objField(b, "over");
        const QString name = strField(over, "name");
        const bool onlyName = !name.isEmpty() && !over.contains(QLatin1String("refname")) &&
                              !over.contains(QLatin1String("partitionClause")) &&
                              !over.contains(QLatin1String("orderClause")) &&
                              !(intField(over, "frameOptions") & 1);
        out += QStringLiteral(" OVER ") + (onlyName ? quoteIdentifier(name) : windowDef(over));
    }
    return out;
}

// The SQL-standard syntaxes gram.y turns into pg_catalog function calls marked
// COERCE_SQL_SYNTAX; printed back in that syntax (as ruleutils.c does). A null string
// means "not recognised": the caller prints a plain call, which is valid SQL too.
QString Deparser::sqlSyntaxCall(const QString &name, const JsonArray &args) const
{
    const qsizetype n = args.size();
    const auto arg = [&](qsizetype i) { return expr(args.at(i)); };
    const auto bexpr = [&](qsizetype i) { return operand(args.at(i), GenericOp); };
    if (name == QLatin1String("extract") && n == 2) {
        const QString field = strField(objField(bodyOf(args.at(0)), "sval"), "sval");
        return QStringLiteral("EXTRACT(") + (isPlainWord(field) ? field : arg(0)) +
               QStringLiteral(" FROM ") + arg(1) + QLatin1Char(')');
    }
    if (name == QLatin1String("timezone") && n == 2)
        return operand(args.at(1), AtTimeZone) + QStringLiteral(" AT TIME ZONE ") +
               operand(args.at(0), AtTimeZone + 1);
    if (name == QLatin1String("overlaps") && n == 4)
        return QLatin1Char('(') + arg(0) + kComma + arg(1) + QStringLiteral(") OVERLAPS (") +
               arg(2) + kComma + arg(3) + QLatin1Char(')');
    if (name == QLatin1String("position") && n == 2)
        return QStringLiteral("POSITION(") + bexpr(1) + QStringLiteral(" IN ") + bexpr(0) +
               QLatin1Char(')');
    if (name == QLatin1String("substring") && (n == 2 || n == 3))
        return QStringLiteral("SUBSTRING(") + arg(0) + QStringLiteral(" FROM ") + arg(1) +
               (n == 3 ? QStringLiteral(" FOR ") + arg(2) : QString()) + QLatin1Char(')');
    if ((name == QLatin1String("btrim") || name == QLatin1String("ltrim") ||
         name == QLatin1String("rtrim")) &&
        (n == 1 || n == 2)) {
        const QString where = name == QLatin1String("btrim")   ? QStringLiteral("BOTH")
                              : name == QLatin1String("ltrim") ? QStringLiteral("LEADING")
                                                               : QStringLiteral("TRAILING");
        return QStringLiteral("TRIM(") + where + kSpace + (n == 2 ? arg(1) + kSpace : QString()) +
               QStringLiteral("FROM ") + arg(0) + QLatin1Char(')');
    }
    if (name == QLatin1String("overlay") && (n == 3 || n == 4))
        return QStringLiteral("OVERLAY(") + arg(0) + QStringLiteral(" PLACING ") + arg(1) +
               QStringLiteral(" FROM ") + arg(2) +
               (n == 4 ? QStringLiteral(" FOR ") + arg(3) : QString()) + QLatin1Char(')');
    if (name == QLatin1String("pg_collation_for") && n == 1)
        return QStringLiteral("COLLATION FOR (") + arg(0) + QLatin1Char(')');
    if (name == QLatin1String("xmlexists") && n == 2)
        return QStringLiteral("XMLEXISTS(") + bexpr(0) + QStringLiteral(" PASSING ") + bexpr(1) +
               QLatin1Char(')');
    // NORMALIZE(x [, form]) and x IS [form] NORMALIZED: the form is an upper-case keyword
    // the grammar turned into a string constant.
    const auto form = [&]() { return strField(objField(bodyOf(args.at(1)), "sval"), "sval"); };
    if (name == QLatin1String("normalize") && (n == 1 || n == 2))
        return QStringLiteral("NORMALIZE(") + arg(0) + (n == 2 ? kComma + form() : QString()) +
               QLatin1Char(')');
    if (name == QLatin1String("is_normalized") && (n == 1 || n == 2))
        return operand(args.at(0), Is + 1) + QStringLiteral(" IS ") +
               (n == 2 ? form() + kSpace : QString()) + QStringLiteral("NORMALIZED");
    return QString();
}

QString Deparser::sortBy(const JsonValue &node) const
{
    const JsonObject b = objField(node.toObject(), "SortBy");
    QString out = expr(b.value(QLatin1String("node")));
    const QString dir = strField(b, "sortby_dir");
    if (dir == QLatin1String("SORTBY_ASC"))
        out += QStringLiteral(" ASC");
    else if (dir == QLatin1String("SORTBY_DESC"))
        out += QStringLiteral(" DESC");
    else if (dir == QLatin1String("SORTBY_USING"))
        out += QStringLiteral(" USING ") + operatorName(listField(b, "useOp"));
    const QString nulls = strField(b, "sortby_nulls");
    if (nulls == QLatin1String("SORTBY_NULLS_FIRST"))
        out += QStringLiteral(" NULLS FIRST");
    else if (nulls == QLatin1String("SORTBY_NULLS_LAST"))
        out += QStringLiteral(" NULLS LAST");
    return out;
}

// "(...)" of a WindowDef; the frame clause as ruleutils.c's get_rule_windowspec() spells it.
QString Deparser::windowDef(const JsonObject &b) const
{
    enum : int {
        NonDefault = 0x1,
        Range = 0x2,
        Rows = 0x4,
        Between = 0x10, // 0x8 is GROUPS
        StartUnboundedPreceding = 0x20,
        EndUnboundedFollowing = 0x100,
        StartCurrentRow = 0x200,
        EndCurrentRow = 0x400,
        StartOffsetPreceding = 0x800,
        EndOffsetPreceding = 0x1000,
        StartOffsetFollowing = 0x2000,
        EndOffsetFollowing = 0x4000,
        ExcludeCurrentRow = 0x8000,
        ExcludeGroup = 0x10000,
        ExcludeTies = 0x20000,
    };
    QStringList parts;
    if (b.contains(QLatin1String("refname")))
        parts.append(quoteIdentifier(strField(b, "refname")));
    if (const JsonArray p = listField(b, "partitionClause"); !p.isEmpty())
        parts.append(QStringLiteral("PARTITION BY ") + exprList(p));
    if (const JsonArray o = listField(b, "orderClause"); !o.isEmpty()) {
        QStringList sorts;
        for (const JsonValue &s : o)
            sorts.append(sortBy(s));
        parts.append(QStringLiteral("ORDER BY ") + sorts.join(kComma));
    }
    const int f = intField(b, "frameOptions");
    if (f & NonDefault) {
        QString frame = (f & Range)  ? QStringLiteral("RANGE ")
                        : (f & Rows) ? QStringLiteral("ROWS ")
                                     : QStringLiteral("GROUPS ");
        if (f & Between)
            frame += QStringLiteral("BETWEEN ");
        if (f & StartUnboundedPreceding)
            frame += QStringLiteral("UNBOUNDED PRECEDING");
        else if (f & StartCurrentRow)
            frame += QStringLiteral("CURRENT ROW");
        else if (f & (StartOffsetPreceding | StartOffsetFollowing))
            frame += expr(b.value(QLatin1String("startOffset"))) +
                     ((f & StartOffsetPreceding) ? QStringLiteral(" PRECEDING")
                                                 : QStringLiteral(" FOLLOWING"));
        if (f & Between) {
            frame += QStringLiteral(" AND ");
            if (f & EndUnboundedFollowing)
                frame += QStringLiteral("UNBOUNDED FOLLOWING");
            else if (f & EndCurrentRow)
                frame += QStringLiteral("CURRENT ROW");
            else if (f & (EndOffsetPreceding | EndOffsetFollowing))
                frame += expr(b.value(QLatin1String("endOffset"))) +
                         ((f & EndOffsetPreceding) ? QStringLiteral(" PRECEDING")
                                                   : QStringLiteral(" FOLLOWING"));
        }
        if (f & ExcludeCurrentRow)
            frame += QStringLiteral(" EXCLUDE CURRENT ROW");
        else if (f & ExcludeGroup)
            frame += QStringLiteral(" EXCLUDE GROUP");
        else if (f & ExcludeTies)
            frame += QStringLiteral(" EXCLUDE TIES");
        parts.append(frame);
    }
    return QLatin1Char('(') + parts.join(kSpace) + QLatin1Char(')');
}

} // namespace schemalens::load::pg::detail
