// What a view's query returns and reads: output columns (typed where a column reference or
// a cast tells the type) and the relations it depends on, so that DROP ... CASCADE and
// CREATE TABLE ... AS SELECT behave as in PostgreSQL.

#include "core/load/pg/pgapplier.h"

#include "core/load/pg/pgexpr.h"
#include "core/load/pg/pgjson.h"

#include <QCoreApplication>

#include <functional>

namespace schemalens::load::pg {

using namespace schemalens::model;

namespace {

// Translated in the "schemalens" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

// One FROM item: its name as the query sees it and its columns.
struct FromItem {
    QString alias;
    QList<Column> columns;
};

} // namespace

QList<Column> PgApplier::relationColumns(const QualifiedName &name, QString *qualified)
{
    if (Table *t = resolveTable(name, true)) {
        *qualified = t->qualifiedName();
        return t->columns;
    }
    if (View *v = resolveView(name)) {
        *qualified = v->schema + QLatin1Char('.') + v->name;
        return v->outputColumns;
    }
    return {};
}

bool PgApplier::isCatalogRelation(const QualifiedName &name) const
{
    // pg_catalog is searched implicitly; the catalogs are not part of the model.
    return name.schema == QLatin1String("pg_catalog") ||
           name.schema == QLatin1String("information_schema") ||
           (name.schema.isEmpty() && name.name.startsWith(QLatin1String("pg_")));
}

QList<Column> PgApplier::inferSelectColumns(const JsonObject &select, QStringList *dependsOn,
                                            int depth)
{
    if (depth > 32)
        return {};
    // WITH names are relations only inside this query (both branches of a
    // UNION under it too); outer queries' names pass down.
    QStringList cteNames = m_cteNames;
    for (const JsonValue &cte : arr(obj(select, "withClause"), "ctes"))
        cteNames.append(str(obj(cte.toObject(), "CommonTableExpr"), "ctename"));
    const QStringList savedCtes = m_cteNames;
    m_cteNames = cteNames;
    const auto restoreCtes = qScopeGuard([&] { m_cteNames = savedCtes; });

    // UNION/INTERSECT/EXCEPT: the left branch names the columns.
    if (select.contains(QLatin1String("larg"))) {
        QList<Column> left = inferSelectColumns(obj(select, "larg"), dependsOn, depth + 1);
        inferSelectColumns(obj(select, "rarg"), dependsOn, depth + 1);
        return left;
    }

    QList<FromItem> from;
    std::function<void(const JsonObject &)> addFromItem = [&](const JsonObject &item) {
        const QString type = nodeType(item);
        const JsonObject body = nodeBody(item);
        if (type == QLatin1String("RangeVar")) {
            QString qualified;
            FromItem f;
            const QualifiedName name = qualifiedName(body);
            f.columns = relationColumns(name, &qualified);
            if (qualified.isEmpty() && name.schema.isEmpty() && !cteNames.contains(name.name) &&
                !isCatalogRelation(name)) {
                // PostgreSQL resolves every relation of a view or CREATE TABLE AS query.
                fail(Tr::tr("relation \"%1\" does not exist").arg(name.name),
                     integer(body, "location", -1));
            }
            if (qualified.isEmpty() && !name.schema.isEmpty() && !isCatalogRelation(name))
                if (Table *external = externalTable(name))
                    qualified = external->qualifiedName();
            if (!qualified.isEmpty() && !dependsOn->contains(qualified))
                dependsOn->append(qualified);
            const QString alias = str(obj(body, "alias"), "aliasname");
            f.alias = alias.isEmpty() ? str(body, "relname") : alias;
            from.append(f);
        } else if (type == QLatin1String("JoinExpr")) {
            addFromItem(obj(body, "larg"));
            addFromItem(obj(body, "rarg"));
        } else if (type == QLatin1String("RangeSubselect")) {
            FromItem f;
            f.alias = str(obj(body, "alias"), "aliasname");
            f.columns =
                inferSelectColumns(obj(obj(body, "subquery"), "SelectStmt"), dependsOn, depth + 1);
            from.append(f);
        }
    };
    for (const JsonValue &item : arr(select, "fromClause"))
        addFromItem(item.toObject());

    const auto findColumn = [&](const QString &table, const QString &column) -> const Column * {
        for (const FromItem &f : from)
            if (table.isEmpty() || f.alias == table)
                for (const Column &c : f.columns)
                    if (c.name == column)
                        return &c;
        return nullptr;
    };

    QList<Column> columns;
    for (const JsonValue &value : arr(select, "targetList")) {
        const JsonObject target = obj(value.toObject(), "ResTarget");
        const JsonObject expression = obj(target, "val");
        const QString kind = nodeType(expression);
        const JsonObject body = nodeBody(expression);
        Column c;
        c.name = str(target, "name");
        if (kind == QLatin1String("ColumnRef")) {
            const JsonArray fields = arr(body, "fields");
            const bool star =
                !fields.isEmpty() && fields.last().toObject().contains(QLatin1String("A_Star"));
            const QStringList names = stringList(fields);
            const QString table = names.size() >= 2 ? names.at(names.size() - 2) : QString();
            if (star) {
                for (const FromItem &f : from)
                    if (table.isEmpty() || f.alias == table)
                        columns += f.columns;
                continue;
            }
            const QString column = names.isEmpty() ? QString() : names.last();
            if (c.name.isEmpty())
                c.name = column;
            if (const Column *source = findColumn(table, column))
                c.type = source->type;
        } else {
            if (kind == QLatin1String("TypeCast"))
                c.type = formatType(obj(body, "typeName"));
            if (c.name.isEmpty()) {
                // FigureColname: a function's or column's name, else "?column?".
                c.name = figureIndexColname(expression);
                if (c.name == QLatin1String("expr"))
                    c.name = QStringLiteral("?column?");
            }
        }
        c.origin = statementOrigin();
        columns.append(c);
    }

    // Relations read in sub-selects (WHERE x IN (SELECT ...)) are dependencies too.
    std::function<void(const JsonValue &, int)> collect = [&](const JsonValue &v, int level) {
        if (level > 200)
            return;
        if (v.isArray()) {
            for (const JsonValue &item : v.toArray())
                collect(item, level + 1);
        } else if (v.isObject()) {
            const JsonObject o = v.toObject();
            if (nodeType(o) == QLatin1String("RangeVar") && o.size() == 1) {
                QString qualified;
                relationColumns(qualifiedName(nodeBody(o)), &qualified);
                if (!qualified.isEmpty() && !dependsOn->contains(qualified))
                    dependsOn->append(qualified);
                return;
            }
            for (auto it = o.constBegin(); it != o.constEnd(); ++it)
                collect(it.value(), level + 1);
        }
    };
    collect(select.value(QLatin1String("whereClause")), 0);
    collect(select.value(QLatin1String("withClause")), 0);
    collect(select.value(QLatin1String("targetList")), 0);
    return columns;
}

void PgApplier::dropDependentViews(const QString &qualified, bool cascade, const QString &what)
{
    QStringList doomed{qualified};
    for (qsizetype i = 0; i < doomed.size(); ++i)
        for (const View &v : m_schema.views) {
            const QString name = v.schema + QLatin1Char('.') + v.name;
            if (v.dependsOn.contains(doomed.at(i)) && !doomed.contains(name))
                doomed.append(name);
        }
    if (doomed.size() == 1)
        return;
    if (!cascade)
        fail(Tr::tr("cannot drop %1 because other objects depend on it").arg(what));
    m_schema.views.removeIf([&](const View &v) {
        return doomed.mid(1).contains(v.schema + QLatin1Char('.') + v.name);
    });
    rebuildLookups();
}

void PgApplier::renameDependency(const QString &from, const QString &to)
{
    for (View &v : m_schema.views)
        for (QString &d : v.dependsOn)
            if (d == from)
                d = to;
}

} // namespace schemalens::load::pg
