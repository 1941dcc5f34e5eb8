// Checks of statements that PostgreSQL rejects before touching any data or schema, which
// the loader would otherwise skip or accept: duplicate column assignments in INSERT, UPDATE,
// MERGE and SELECT … INTO, duplicate output column names of views and CREATE TABLE … AS, and
// generated columns that use a generated column.

#include "core/load/pg/pgapplier.h"

#include "core/load/pg/pgjson.h"
#include "core/load/pg/pgnodes.h"

#include <QCoreApplication>

namespace schemalens::load::pg {

using namespace schemalens::model;

namespace {

// Translated in the "schemalens" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

// The name PostgreSQL gives an output column it has no alias for (FigureColname), where it
// can be told without the catalog; empty when it cannot.
QString outputColumnName(const JsonObject &target)
{
    const QString alias = str(target, "name");
    if (!alias.isEmpty())
        return alias;
    const JsonObject value = obj(target, "val");
    const QString kind = nodeType(value);
    const JsonObject body = nodeBody(value);
    if (kind == QLatin1String("ColumnRef")) {
        const JsonArray fields = arr(body, "fields");
        if (fields.isEmpty() || fields.last().toObject().contains(QLatin1String("A_Star")))
            return {};
        return stringList(fields).last();
    }
    if (kind == QLatin1String("A_Const"))
        return QStringLiteral("?column?");
    if (kind == QLatin1String("FuncCall")) {
        const QStringList name = stringList(arr(body, "funcname"));
        return name.isEmpty() ? QString() : name.last();
    }
    return {};
}

} // namespace

// Statements that change no schema but that PostgreSQL still rejects before touching data.

void PgApplier::checkDuplicateAssignments(const QString &type, const JsonObject &node)
{
    // UPDATE SET a = 1, a = 2 (and ON CONFLICT DO UPDATE, MERGE … UPDATE): several
    // assignments to one column, unless all of them set different fields or elements
    // (a.x = 1, a.y = 2) — process_matched_tle().
    const auto check = [&](const JsonArray &targets, bool insert) {
        QSet<QString> whole;
        QSet<QString> any;
        for (const JsonValue &value : targets) {
            const JsonObject target = obj(value.toObject(), "ResTarget");
            const QString column = str(target, "name");
            const bool indirect = !arr(target, "indirection").isEmpty();
            if (whole.contains(column) || (!indirect && any.contains(column)))
                fail(insert ? Tr::tr("column \"%1\" specified more than once").arg(column)
                            : Tr::tr("multiple assignments to same column \"%1\"").arg(column),
                     integer(target, "location", -1));
            any.insert(column);
            if (!indirect)
                whole.insert(column);
        }
    };
    const auto checkUpdate = [&](const JsonArray &targets) { check(targets, false); };
    // INSERT (a, a): checkInsertTargets().
    const auto checkInsert = [&](const JsonArray &columns) { check(columns, true); };
    if (type == QLatin1String("UpdateStmt")) {
        checkUpdate(arr(node, "targetList"));
    } else if (type == QLatin1String("InsertStmt")) {
        checkInsert(arr(node, "cols"));
        checkUpdate(arr(obj(node, "onConflictClause"), "targetList"));
    } else if (type == QLatin1String("MergeStmt")) {
        for (const JsonValue &value : arr(node, "mergeWhenClauses")) {
            const JsonObject when = obj(value.toObject(), "MergeWhenClause");
            if (str(when, "commandType") == QLatin1String("CMD_INSERT"))
                checkInsert(arr(when, "targetList"));
            else
                checkUpdate(arr(when, "targetList"));
        }
    } else if (type == QLatin1String("SelectStmt") && node.contains(QLatin1String("intoClause"))) {
        // SELECT … INTO creates a table: its columns must be unique.
        checkOutputColumnNames(stringList(arr(obj(node, "intoClause"), "colNames")), node);
        const QString onCommit = str(obj(node, "intoClause"), "onCommit");
        if (!onCommit.isEmpty() && onCommit != QLatin1String("ONCOMMIT_NOOP") &&
            str(obj(obj(node, "intoClause"), "rel"), "relpersistence") != QLatin1String("t"))
            fail(Tr::tr("ON COMMIT can only be used on temporary tables"));
    }
}

void PgApplier::checkOutputColumnNames(const QStringList &aliases, const JsonObject &select)
{
    // The columns of a view or of a table made from a query must be unique
    // (checkViewColumns / BuildDescForRelation): "column "a" specified more than once".
    // Names PostgreSQL would give without the catalog are compared; * expansions are not.
    QStringList names;
    QList<qsizetype> locations;
    JsonObject first = select;
    for (int depth = 0; depth < 64 && first.contains(QLatin1String("larg")); ++depth)
        first = obj(first, "larg");
    for (const JsonValue &value : arr(first, "targetList")) {
        const JsonObject target = obj(value.toObject(), "ResTarget");
        names.append(outputColumnName(target));
        locations.append(integer(target, "location", -1));
        if (names.last().isEmpty() && nodeType(obj(target, "val")) == QLatin1String("ColumnRef"))
            return; // a * expansion: its columns are not known for sure
    }
    for (qsizetype i = 0; i < qMin(aliases.size(), names.size()); ++i)
        names[i] = aliases.at(i);
    for (qsizetype i = names.size(); i < aliases.size(); ++i) {
        names.append(aliases.at(i));
        locations.append(-1);
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (names.at(i).isEmpty())
            continue;
        if (seen.contains(names.at(i)))
            fail(Tr::tr("column \"%1\" specified more than once").arg(names.at(i)),
                 locations.at(i));
        seen.insert(names.at(i));
    }
}

void PgApplier::checkGeneratedColumns(const Table &table, const QStringList &columns,
                                      const QList<JsonValue> &expressions)
{
    // A generation expression may use ordinary columns only, never a generated one (itself
    // included): "cannot use generated column "x" in column generation expression".
    for (qsizetype i = 0; i < columns.size(); ++i) {
        for (const QString &used : columnRefs(expressions.at(i))) {
            const Column *c = table.column(used);
            if (!c)
                fail(Tr::tr("column \"%1\" does not exist").arg(used));
            if (!c->generated.isEmpty())
                fail(Tr::tr("cannot use generated column \"%1\" in column generation expression")
                         .arg(used));
        }
    }
}

} // namespace schemalens::load::pg
