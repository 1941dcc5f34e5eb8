// Compact deparse of the SELECT statements that appear inside expressions (EXISTS, IN and
// scalar sub-selects in CHECKs, policies, triggers' WHEN). Covers WITH, DISTINCT [ON],
// the target list, FROM with tables, joins, sub-selects and function calls, WHERE,
// GROUP BY (incl. grouping sets), HAVING, WINDOW, set operations, VALUES, ORDER BY,
// LIMIT/OFFSET/FETCH and FOR UPDATE/SHARE. Anything else prints as "<NodeKind>" in place;
// a SELECT ... INTO (not valid as a sub-select) prints as "SELECT …".

#include "core/load/pg/pgdeparse_p.h"
#include "core/load/pg/pgexpr.h"

namespace schemalens::load::pg::detail {

namespace {

const QString kComma = QStringLiteral(", ");

bool isSetOperation(const JsonObject &s)
{
    const QString op = strField(s, "op");
    return !op.isEmpty() && op != QLatin1String("SETOP_NONE");
}

// [{"String":{"sval":"a"}}, ...] -> "a, b" with each name quoted as needed.
QString quotedNames(const JsonArray &list)
{
    QStringList names;
    for (const QString &n : svalList(list))
        names.append(quoteIdentifier(n));
    return names.join(kComma);
}

} // namespace

QString Deparser::select(const JsonObject &s) const
{
    if (s.contains(QLatin1String("intoClause")))
        return QStringLiteral("SELECT …");
    QString out;
    if (s.contains(QLatin1String("withClause")))
        out += withClause(objField(s, "withClause")) + QLatin1Char(' ');
    if (isSetOperation(s)) {
        const QString op = strField(s, "op"); // SETOP_UNION, SETOP_INTERSECT, SETOP_EXCEPT
        QString word = op.mid(6);
        if (boolField(s, "all"))
            word += QStringLiteral(" ALL");
        const JsonObject left = objField(s, "larg");
        // A left operand that is the same set operation needs no parentheses: a chain
        // "x UNION y UNION z" is left-nested already.
        const bool sameChain = strField(left, "op") == op &&
                               boolField(left, "all") == boolField(s, "all") &&
                               !left.contains(QLatin1String("sortClause")) &&
                               !left.contains(QLatin1String("limitCount")) &&
                               !left.contains(QLatin1String("limitOffset")) &&
                               !left.contains(QLatin1String("withClause")) &&
                               !left.contains(QLatin1String("lockingClause"));
        out += (sameChain ? select(left) : setOperand(left)) + QLatin1Char(' ') + word +
               QLatin1Char(' ') + setOperand(objField(s, "rarg"));
    } else {
        out += selectCore(s);
    }

    if (const JsonArray sorts = listField(s, "sortClause"); !sorts.isEmpty()) {
        QStringList parts;
        for (const JsonValue &v : sorts)
            parts.append(sortBy(v));
        out += QStringLiteral(" ORDER BY ") + parts.join(kComma);
    }
    const QString limitOption = strField(s, "limitOption");
    if (s.contains(QLatin1String("limitCount"))) {
        const JsonValue count = s.value(QLatin1String("limitCount"));
        if (limitOption == QLatin1String("LIMIT_OPTION_WITH_TIES"))
            out += QStringLiteral(" FETCH FIRST ") + operand(count, kAtomic) +
                   QStringLiteral(" ROWS WITH TIES");
        else
            out +=
                QStringLiteral(" LIMIT ") +
                (boolField(objField(count.toObject(), "A_Const"), "isnull") ? QStringLiteral("ALL")
                                                                            : expr(count));
    }
    if (s.contains(QLatin1String("limitOffset")))
        out += QStringLiteral(" OFFSET ") + expr(s.value(QLatin1String("limitOffset")));
    for (const JsonValue &lock : listField(s, "lockingClause"))
        out += QLatin1Char(' ') + lockingClause(lock);
    return out;
}

QString Deparser::selectCore(const JsonObject &s) const
{
    if (const JsonArray rows = listField(s, "valuesLists"); !rows.isEmpty()) {
        QStringList parts;
        for (const JsonValue &row : rows)
            parts.append(QLatin1Char('(') +
                         exprList(listField(objField(row.toObject(), "List"), "items")) +
                         QLatin1Char(')'));
        return QStringLiteral("VALUES ") + parts.join(kComma);
    }

    QString out = QStringLiteral("SELECT");
    if (s.contains(QLatin1String("distinctClause"))) {
        // Plain DISTINCT is a one-element list holding an empty node.
        const JsonArray on = listField(s, "distinctClause");
        const bool plain = on.size() == 1 && on.first().toObject().isEmpty();
        out += plain ? QStringLiteral(" DISTINCT")
                     : QStringLiteral(" DISTINCT ON (") + exprList(on) + QLatin1Char(')');
    }
    QStringList targets;
    for (const JsonValue &t : listField(s, "targetList")) {
        const JsonObject target = objField(t.toObject(), "ResTarget");
        QString text = expr(target.value(QLatin1String("val")));
        if (target.contains(QLatin1String("name")))
            text += QStringLiteral(" AS ") + quoteIdentifier(strField(target, "name"));
        targets.append(text);
    }
    if (!targets.isEmpty())
        out += QLatin1Char(' ') + targets.join(kComma);
    if (const JsonArray from = listField(s, "fromClause"); !from.isEmpty()) {
        QStringList items;
        for (const JsonValue &item : from)
            items.append(fromItem(item));
        out += QStringLiteral(" FROM ") + items.join(kComma);
    }
    if (s.contains(QLatin1String("whereClause")))
        out += QStringLiteral(" WHERE ") + expr(s.value(QLatin1String("whereClause")));
    if (const JsonArray group = listField(s, "groupClause"); !group.isEmpty()) {
        QStringList items;
        for (const JsonValue &item : group)
            items.append(groupItem(item));
        out += QStringLiteral(" GROUP BY ") +
               (boolField(s, "groupDistinct") ? QStringLiteral("DISTINCT ") : QString()) +
               items.join(kComma);
    }
    if (s.contains(QLatin1String("havingClause")))
        out += QStringLiteral(" HAVING ") + expr(s.value(QLatin1String("havingClause")));
    if (const JsonArray windows = listField(s, "windowClause"); !windows.isEmpty()) {
        QStringList items;
        for (const JsonValue &w : windows) {
            const JsonObject def = objField(w.toObject(), "WindowDef");
            items.append(quoteIdentifier(strField(def, "name")) + QStringLiteral(" AS ") +
                         windowDef(def));
        }
        out += QStringLiteral(" WINDOW ") + items.join(kComma);
    }
    return out;
}

QString Deparser::setOperand(const JsonObject &s) const
{
    const bool simple =
        !isSetOperation(s) && !s.contains(QLatin1String("sortClause")) &&
        !s.contains(QLatin1String("limitCount")) && !s.contains(QLatin1String("limitOffset")) &&
        !s.contains(QLatin1String("withClause")) && !s.contains(QLatin1String("lockingClause"));
    const QString text = select(s);
    return simple ? text : QLatin1Char('(') + text + QLatin1Char(')');
}

QString Deparser::withClause(const JsonObject &w) const
{
    QStringList ctes;
    for (const JsonValue &v : listField(w, "ctes")) {
        const JsonObject cte = objField(v.toObject(), "CommonTableExpr");
        QString text = quoteIdentifier(strField(cte, "ctename"));
        if (const JsonArray cols = listField(cte, "aliascolnames"); !cols.isEmpty())
            text += QLatin1Char('(') + quotedNames(cols) + QLatin1Char(')');
        text += QStringLiteral(" AS ");
        const QString materialized = strField(cte, "ctematerialized");
        if (materialized == QLatin1String("CTEMaterializeAlways"))
            text += QStringLiteral("MATERIALIZED ");
        else if (materialized == QLatin1String("CTEMaterializeNever"))
            text += QStringLiteral("NOT MATERIALIZED ");
        const JsonValue query = cte.value(QLatin1String("ctequery"));
        text +=
            QLatin1Char('(') +
            (kindOf(query) == QLatin1String("SelectStmt") ? select(bodyOf(query)) : expr(query)) +
            QLatin1Char(')');
        ctes.append(text);
    }
    return QStringLiteral("WITH ") +
           (boolField(w, "recursive") ? QStringLiteral("RECURSIVE ") : QString()) +
           ctes.join(kComma);
}

QString Deparser::alias(const JsonObject &a) const
{
    if (a.isEmpty())
        return QString();
    QString out = QLatin1Char(' ') + quoteIdentifier(strField(a, "aliasname"));
    if (const JsonArray cols = listField(a, "colnames"); !cols.isEmpty())
        out += QLatin1Char('(') + quotedNames(cols) + QLatin1Char(')');
    return out;
}

QString Deparser::fromItem(const JsonValue &node) const
{
    const QString kind = kindOf(node);
    const JsonObject b = bodyOf(node);
    if (kind == QLatin1String("RangeVar")) {
        QStringList name;
        for (const char *key : {"catalogname", "schemaname", "relname"}) {
            if (b.contains(QLatin1String(key)))
                name.append(strField(b, key));
        }
        // "inh" is false (so absent) exactly for ONLY.
        return (boolField(b, "inh") ? QString() : QStringLiteral("ONLY ")) + quoteQualified(name) +
               alias(objField(b, "alias"));
    }
    if (kind == QLatin1String("JoinExpr")) {
        const QString type = strField(b, "jointype");
        const bool natural = boolField(b, "isNatural");
        const bool hasQuals = b.contains(QLatin1String("quals"));
        const JsonArray usingCols = listField(b, "usingClause");
        QString join = type == QLatin1String("JOIN_LEFT")    ? QStringLiteral("LEFT JOIN")
                       : type == QLatin1String("JOIN_RIGHT") ? QStringLiteral("RIGHT JOIN")
                       : type == QLatin1String("JOIN_FULL")  ? QStringLiteral("FULL JOIN")
                       : (!natural && !hasQuals && usingCols.isEmpty())
                           ? QStringLiteral("CROSS JOIN")
                           : QStringLiteral("JOIN");
        if (natural)
            join.prepend(QStringLiteral("NATURAL "));
        const JsonValue right = b.value(QLatin1String("rarg"));
        const QString rightText = kindOf(right) == QLatin1String("JoinExpr")
                                      ? QLatin1Char('(') + fromItem(right) + QLatin1Char(')')
                                      : fromItem(right);
        QString out = fromItem(b.value(QLatin1String("larg"))) + QLatin1Char(' ') + join +
                      QLatin1Char(' ') + rightText;
        if (hasQuals)
            out += QStringLiteral(" ON ") + expr(b.value(QLatin1String("quals")));
        if (!usingCols.isEmpty()) {
            out += QStringLiteral(" USING (") + quotedNames(usingCols) + QLatin1Char(')');
            if (b.contains(QLatin1String("join_using_alias")))
                out += QStringLiteral(" AS") + alias(objField(b, "join_using_alias"));
        }
        if (b.contains(QLatin1String("alias")))
            out = QLatin1Char('(') + out + QLatin1Char(')') + alias(objField(b, "alias"));
        return out;
    }
    const QString lateral = boolField(b, "lateral") ? QStringLiteral("LATERAL ") : QString();
    if (kind == QLatin1String("RangeSubselect")) {
        const JsonValue query = b.value(QLatin1String("subquery"));
        return lateral + QLatin1Char('(') +
               (kindOf(query) == QLatin1String("SelectStmt") ? select(bodyOf(query))
                                                             : expr(query)) +
               QLatin1Char(')') + alias(objField(b, "alias"));
    }
    if (kind == QLatin1String("RangeFunction")) {
        // functions: one List per function, [call, column definition list or {}].
        QStringList calls;
        for (const JsonValue &f : listField(b, "functions"))
            calls.append(expr(listField(objField(f.toObject(), "List"), "items").at(0)));
        QString out =
            lateral + (boolField(b, "is_rowsfrom")
                           ? QStringLiteral("ROWS FROM (") + calls.join(kComma) + QLatin1Char(')')
                           : calls.join(kComma));
        if (boolField(b, "ordinality"))
            out += QStringLiteral(" WITH ORDINALITY");
        return out + alias(objField(b, "alias"));
    }
    return QLatin1Char('<') + kind + QLatin1Char('>');
}

QString Deparser::groupItem(const JsonValue &node) const
{
    if (kindOf(node) != QLatin1String("GroupingSet"))
        return expr(node);
    const JsonObject b = bodyOf(node);
    const QString kind = strField(b, "kind");
    QStringList items;
    for (const JsonValue &v : listField(b, "content"))
        items.append(groupItem(v));
    const QString list = QLatin1Char('(') + items.join(kComma) + QLatin1Char(')');
    if (kind == QLatin1String("GROUPING_SET_ROLLUP"))
        return QStringLiteral("ROLLUP ") + list;
    if (kind == QLatin1String("GROUPING_SET_CUBE"))
        return QStringLiteral("CUBE ") + list;
    if (kind == QLatin1String("GROUPING_SET_SETS"))
        return QStringLiteral("GROUPING SETS ") + list;
    return list; // GROUPING_SET_SIMPLE (a, b) and GROUPING_SET_EMPTY ()
}

QString Deparser::lockingClause(const JsonValue &node) const
{
    const JsonObject b = objField(node.toObject(), "LockingClause");
    const QString strength = strField(b, "strength");
    QString out = strength == QLatin1String("LCS_FORKEYSHARE") ? QStringLiteral("FOR KEY SHARE")
                  : strength == QLatin1String("LCS_FORSHARE")  ? QStringLiteral("FOR SHARE")
                  : strength == QLatin1String("LCS_FORNOKEYUPDATE")
                      ? QStringLiteral("FOR NO KEY UPDATE")
                      : QStringLiteral("FOR UPDATE");
    if (const JsonArray rels = listField(b, "lockedRels"); !rels.isEmpty()) {
        QStringList names;
        for (const JsonValue &r : rels)
            names.append(fromItem(r));
        out += QStringLiteral(" OF ") + names.join(kComma);
    }
    const QString wait = strField(b, "waitPolicy");
    if (wait == QLatin1String("LockWaitSkip"))
        out += QStringLiteral(" SKIP LOCKED");
    else if (wait == QLatin1String("LockWaitError"))
        out += QStringLiteral(" NOWAIT");
    return out;
}

} // namespace schemalens::load::pg::detail
