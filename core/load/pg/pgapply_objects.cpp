// CREATE INDEX, schemas, types, views, functions, triggers, policies, sequences,
// extensions and comments.

#include "core/load/pg/pgapplier.h"

#include "core/load/pg/pgexpr.h"
#include "core/load/pg/pgjson.h"
#include "core/load/pg/pgnodes.h"
#include "core/load/pg/pgrewrite.h"

#include <QCoreApplication>

namespace schemalens::load::pg {

using namespace schemalens::model;

namespace {

// Translated in the "schemalens" context (lupdate reads Q_DECLARE_TR_FUNCTIONS).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(schemalens)
};

QString sortOrder(const JsonObject &elem, const char *key, const char *first, const char *last)
{
    const QString value = str(elem, key);
    if (value.endsWith(QLatin1String(first)))
        return QStringLiteral("first");
    if (value.endsWith(QLatin1String(last)))
        return QStringLiteral("last");
    return {};
}

QStringList roleNames(const JsonArray &roles)
{
    QStringList names;
    for (const JsonValue &value : roles) {
        const JsonObject role = obj(value.toObject(), "RoleSpec");
        const QString type = str(role, "roletype");
        if (type == QLatin1String("ROLESPEC_PUBLIC"))
            names.append(QStringLiteral("public"));
        else if (type == QLatin1String("ROLESPEC_CURRENT_USER"))
            names.append(QStringLiteral("current_user"));
        else if (type == QLatin1String("ROLESPEC_SESSION_USER"))
            names.append(QStringLiteral("session_user"));
        else if (type == QLatin1String("ROLESPEC_CURRENT_ROLE"))
            names.append(QStringLiteral("current_role"));
        else
            names.append(str(role, "rolename"));
    }
    return names;
}

} // namespace

Index PgApplier::indexFromStmt(const JsonObject &node, const QString &tableName)
{
    Q_UNUSED(tableName);
    Index index;
    index.name = str(node, "idxname");
    index.unique = flag(node, "unique");
    index.nullsNotDistinct = flag(node, "nulls_not_distinct");
    const QString method = str(node, "accessMethod");
    if (!method.isEmpty())
        index.method = method;
    for (const JsonValue &value : arr(node, "indexParams")) {
        const JsonObject elem = obj(value.toObject(), "IndexElem");
        IndexElement e;
        e.column = str(elem, "name");
        if (e.column.isEmpty())
            e.expression = sqlText(elem.value(QLatin1String("expr")));
        e.opclass = stringList(arr(elem, "opclass")).join(QLatin1Char('.'));
        e.collation = stringList(arr(elem, "collation")).join(QLatin1Char('.'));
        e.descending = str(elem, "ordering") == QLatin1String("SORTBY_DESC");
        e.nulls = sortOrder(elem, "nulls_ordering", "NULLS_FIRST", "NULLS_LAST");
        index.elements.append(e);
    }
    for (const JsonValue &value : arr(node, "indexIncludingParams"))
        index.include.append(str(obj(value.toObject(), "IndexElem"), "name"));
    if (node.contains(QLatin1String("whereClause")))
        index.predicate = sqlText(node.value(QLatin1String("whereClause")));
    index.origin = statementOrigin();
    return index;
}

void PgApplier::createIndex(const JsonObject &node)
{
    const JsonObject relation = obj(node, "relation");
    const QualifiedName target = qualifiedName(relation);
    Table *table = resolveTable(target, true);
    View *view = table ? nullptr : resolveView(target);
    if (!table && !view)
        table = bookkeepingTable(target); // the migration tool's own table
    if (!table && (!view || !view->materialized))
        fail(Tr::tr("relation \"%1\" does not exist").arg(target.name),
             integer(relation, "location", -1));
    const QString schema = table ? table->schema : view->schema;
    const QString tableName = table ? table->name : view->name;

    Index index = indexFromStmt(node, tableName);
    QStringList nameParts;
    for (const JsonValue &value : arr(node, "indexParams")) {
        const JsonObject elem = obj(value.toObject(), "IndexElem");
        const QString column = str(elem, "name");
        if (!column.isEmpty() && table && !table->column(column))
            fail(Tr::tr("column \"%1\" does not exist").arg(column));
        nameParts.append(column.isEmpty() ? figureIndexColname(elem.value(QLatin1String("expr")))
                                          : column);
    }
    for (const QString &column : index.include)
        if (table && !table->column(column))
            fail(Tr::tr("column \"%1\" does not exist").arg(column));
    if (index.name.isEmpty()) {
        // ChooseIndexColumnNames: duplicates get a number (lower, lower1); INCLUDE columns
        // take part in the name too.
        index.name =
            chooseRelationName(schema, tableName, chooseIndexColumnNames(nameParts + index.include),
                               QStringLiteral("idx"));
    } else if (relationExists(schema, index.name)) {
        if (flag(node, "if_not_exists"))
            return notice(Tr::tr("relation \"%1\" already exists, skipping").arg(index.name));
        fail(Tr::tr("relation \"%1\" already exists").arg(index.name));
    }
    m_relationNames[schema].insert(index.name);

    Change change;
    change.kind = Change::Kind::CreateIndex;
    change.schema = schema;
    change.table = tableName;
    change.object = index.name;
    change.concurrently = flag(node, "concurrent");
    change.onExistingTable =
        table ? table->origin.ordinal < m_unit->ordinal : view->origin.ordinal < m_unit->ordinal;
    record(change);
    if (table) {
        table->indexes.append(index);
        table->lastChange = statementOrigin();
    } else {
        view->indexes.append(index);
    }
}

void PgApplier::createSchema(const JsonObject &node)
{
    QString name = str(node, "schemaname");
    if (name.isEmpty())
        name = str(obj(node, "authrole"), "rolename");
    if (m_schema.hasNamespace(name)) {
        if (flag(node, "if_not_exists"))
            return notice(Tr::tr("schema \"%1\" already exists, skipping").arg(name));
        fail(Tr::tr("schema \"%1\" already exists").arg(name));
    }
    Namespace ns;
    ns.name = name;
    ns.origin = statementOrigin();
    m_schema.namespaces.append(ns);
    Change change;
    change.kind = Change::Kind::CreateSchema;
    change.schema = name;
    record(change);

    // CREATE SCHEMA s CREATE TABLE ...: the elements are created inside the new schema.
    const JsonArray elements = arr(node, "schemaElts");
    if (elements.isEmpty())
        return;
    const QStringList savedPath = m_searchPath;
    m_searchPath = {name};
    for (const JsonValue &value : elements) {
        const JsonObject element = value.toObject();
        dispatch(nodeType(element), nodeBody(element));
    }
    m_searchPath = savedPath;
}

void PgApplier::createEnum(const JsonObject &node)
{
    const QualifiedName written = nameFromList(arr(node, "typeName"));
    EnumType e;
    e.schema = creationSchema(written.schema);
    e.name = written.name;
    requireUnusedTypeName(e.schema, e.name);
    e.values = stringList(arr(node, "vals"));
    e.origin = statementOrigin();
    e.lastChange = e.origin;
    m_schema.enums.append(e);
    Change change;
    change.kind = Change::Kind::CreateType;
    change.schema = e.schema;
    change.table = e.name;
    change.newValue = QStringLiteral("enum");
    record(change);
}

void PgApplier::alterEnum(const JsonObject &node)
{
    const QualifiedName name = nameFromList(arr(node, "typeName"));
    EnumType *e = resolveEnum(name);
    if (!e)
        fail(Tr::tr("type \"%1\" does not exist").arg(name.name));
    const QString oldValue = str(node, "oldVal");
    const QString newValue = str(node, "newVal");
    Change change;
    change.schema = e->schema;
    change.table = e->name;
    change.object = newValue;
    if (!oldValue.isEmpty()) {
        const qsizetype at = e->values.indexOf(oldValue);
        if (at < 0)
            fail(Tr::tr("\"%1\" is not an existing enum label").arg(oldValue));
        e->values[at] = newValue;
        // Defaults hold the label's oid: they print the new label.
        const QString bare = quoteIdentifier(e->name);
        const QString qualified = quoteIdentifier(e->schema) + QLatin1Char('.') + bare;
        for (Table &t : m_schema.tables)
            for (Column &c : t.columns)
                if (c.defaultExpr && (c.type == bare || c.type == qualified))
                    c.defaultExpr = renameStringConstant(*c.defaultExpr, oldValue, newValue);
        change.kind = Change::Kind::RenameEnumValue;
        change.oldValue = oldValue;
    } else {
        if (e->values.contains(newValue)) {
            if (flag(node, "skipIfNewValExists"))
                return notice(Tr::tr("enum label \"%1\" already exists, skipping").arg(newValue));
            fail(Tr::tr("enum label \"%1\" already exists").arg(newValue));
        }
        const QString neighbor = str(node, "newValNeighbor");
        if (neighbor.isEmpty()) {
            e->values.append(newValue);
        } else {
            const qsizetype at = e->values.indexOf(neighbor);
            if (at < 0)
                fail(Tr::tr("\"%1\" is not an existing enum label").arg(neighbor));
            e->values.insert(flag(node, "newValIsAfter") ? at + 1 : at, newValue);
        }
        change.kind = Change::Kind::AddEnumValue;
    }
    change.newValue = newValue;
    e->lastChange = statementOrigin();
    record(change);
}

void PgApplier::requireUnusedTypeName(const QString &schema, const QString &name) const
{
    const bool other =
        std::any_of(m_schema.otherTypes.cbegin(), m_schema.otherTypes.cend(),
                    [&](const OtherType &t) { return t.schema == schema && t.name == name; });
    if (other || m_schema.enumType(schema, name))
        fail(Tr::tr("type \"%1\" already exists").arg(name));
}

void PgApplier::addOtherType(OtherType type)
{
    requireUnusedTypeName(type.schema, type.name);
    type.origin = statementOrigin();
    m_schema.otherTypes.append(std::move(type));
}

void PgApplier::createCompositeType(const JsonObject &node)
{
    const QualifiedName written = qualifiedName(obj(node, "typevar"));
    OtherType t;
    t.schema = creationSchema(written.schema);
    t.name = written.name;
    t.kind = QStringLiteral("composite");
    addOtherType(t);
}

void PgApplier::createDomain(const JsonObject &node)
{
    const QualifiedName written = nameFromList(arr(node, "domainname"));
    OtherType t;
    t.schema = creationSchema(written.schema);
    t.name = written.name;
    t.kind = QStringLiteral("domain");
    t.baseType = formatType(obj(node, "typeName"));
    addOtherType(t);
}

void PgApplier::createRange(const JsonObject &node)
{
    const QualifiedName written = nameFromList(arr(node, "typeName"));
    OtherType t;
    t.schema = creationSchema(written.schema);
    t.name = written.name;
    t.kind = QStringLiteral("range");
    for (const JsonValue &value : arr(node, "params")) {
        const JsonObject option = obj(value.toObject(), "DefElem");
        if (str(option, "defname") == QLatin1String("subtype"))
            t.baseType = formatType(obj(option, "arg").value(QLatin1String("TypeName")).toObject());
    }
    addOtherType(t);
}

void PgApplier::alterSequence(const JsonObject &node)
{
    // Only OWNED BY matters to the model: it ties a sequence to a column.
    const QualifiedName name = qualifiedName(obj(node, "sequence"));
    for (const JsonValue &value : arr(node, "options")) {
        const JsonObject option = obj(value.toObject(), "DefElem");
        if (str(option, "defname") != QLatin1String("owned_by"))
            continue;
        const QStringList owner = stringList(arr(obj(obj(option, "arg"), "List"), "items"));
        for (Sequence &s : m_schema.sequences)
            if (s.name == name.name && (name.schema.isEmpty() || s.schema == name.schema))
                s.ownedBy = owner.size() >= 2 ? owner.mid(owner.size() - 2).join(QLatin1Char('.'))
                                              : QString();
    }
}

void PgApplier::createView(const JsonObject &node)
{
    const QualifiedName written = qualifiedName(obj(node, "view"));
    checkOutputColumnNames(stringList(arr(node, "aliases")), obj(obj(node, "query"), "SelectStmt"));
    View view;
    view.schema = creationSchema(written.schema);
    view.name = written.name;
    view.origin = statementOrigin();
    view.definition = statementText();
    view.columns = stringList(arr(node, "aliases"));
    view.outputColumns = inferSelectColumns(obj(obj(node, "query"), "SelectStmt"), &view.dependsOn);
    for (qsizetype i = 0; i < qMin(view.columns.size(), view.outputColumns.size()); ++i)
        view.outputColumns[i].name = view.columns.at(i);
    if (View *existing = m_schema.view(view.schema, view.name)) {
        if (!flag(node, "replace"))
            fail(Tr::tr("relation \"%1\" already exists").arg(view.name));
        view.indexes = existing->indexes;
        view.comment = existing->comment;
        *existing = view;
    } else {
        if (relationExists(view.schema, view.name))
            fail(Tr::tr("relation \"%1\" already exists").arg(view.name));
        m_schema.views.append(view);
        m_relationNames[view.schema].insert(view.name);
    }
    record(Change::Kind::CreateView, view.schema, view.name);
}

void PgApplier::createTableAs(const JsonObject &node)
{
    const JsonObject into = obj(node, "into"); // IntoClause*: not wrapped in a node key
    const QualifiedName written = qualifiedName(obj(into, "rel"));
    const bool temporary = str(obj(into, "rel"), "relpersistence") == QLatin1String("t");
    const QString onCommit = str(into, "onCommit");
    if (!temporary && !onCommit.isEmpty() && onCommit != QLatin1String("ONCOMMIT_NOOP"))
        fail(Tr::tr("ON COMMIT can only be used on temporary tables"));
    checkOutputColumnNames(stringList(arr(into, "colNames")),
                           obj(obj(node, "query"), "SelectStmt"));
    const QString schema = temporary ? QStringLiteral("pg_temp") : creationSchema(written.schema);
    if (relationExists(schema, written.name)) {
        if (flag(node, "if_not_exists"))
            return notice(Tr::tr("relation \"%1\" already exists, skipping").arg(written.name));
        fail(Tr::tr("relation \"%1\" already exists").arg(written.name));
    }
    if (str(node, "objtype") == QLatin1String("OBJECT_MATVIEW")) {
        View view;
        view.schema = schema;
        view.name = written.name;
        view.materialized = true;
        view.origin = statementOrigin();
        view.definition = statementText();
        view.columns = stringList(arr(into, "colNames"));
        view.outputColumns =
            inferSelectColumns(obj(obj(node, "query"), "SelectStmt"), &view.dependsOn);
        for (qsizetype i = 0; i < qMin(view.columns.size(), view.outputColumns.size()); ++i)
            view.outputColumns[i].name = view.columns.at(i);
        m_schema.views.append(view);
        m_relationNames[schema].insert(view.name);
        Change change;
        change.kind = Change::Kind::CreateView;
        change.schema = schema;
        change.table = view.name;
        change.newValue = QStringLiteral("materialized");
        record(change);
        return;
    }
    // CREATE TABLE ... AS SELECT: the select list's columns, typed where a column
    // reference or cast tells the type; no constraints are copied.
    Table table;
    table.schema = schema;
    table.name = written.name;
    if (temporary)
        table.persistence = Table::Persistence::Temporary;
    table.origin = statementOrigin();
    table.lastChange = table.origin;
    const QStringList names = stringList(arr(into, "colNames"));
    QStringList ignored;
    table.columns = inferSelectColumns(obj(obj(node, "query"), "SelectStmt"), &ignored);
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        Column &c = table.columns[i];
        if (i < names.size())
            c.name = names.at(i);
        c.nullable = true;
        c.defaultExpr.reset();
        c.identity.clear();
        c.generated.clear();
        c.origin = table.origin;
        c.lastChange = table.origin;
    }
    m_schema.tables.append(table);
    indexTable(m_schema.tables.size() - 1);
    record(Change::Kind::CreateTable, schema, table.name);
}

void PgApplier::createFunction(const JsonObject &node)
{
    const QualifiedName written = nameFromList(arr(node, "funcname"));
    Function f;
    f.schema = creationSchema(written.schema);
    f.name = written.name;
    f.isProcedure = flag(node, "is_procedure");
    QStringList arguments;
    for (const JsonValue &value : arr(node, "parameters")) {
        const JsonObject p = obj(value.toObject(), "FunctionParameter");
        const QString mode = str(p, "mode");
        if (mode == QLatin1String("FUNC_PARAM_TABLE") || mode == QLatin1String("FUNC_PARAM_OUT"))
            continue;
        arguments.append(formatType(obj(p, "argType")));
    }
    f.arguments = QLatin1Char('(') + arguments.join(QStringLiteral(", ")) + QLatin1Char(')');
    const JsonObject returns = obj(node, "returnType");
    if (!returns.isEmpty())
        f.returns = formatType(returns); // includes SETOF
    for (const JsonValue &value : arr(node, "options")) {
        const JsonObject option = obj(value.toObject(), "DefElem");
        if (str(option, "defname") == QLatin1String("language"))
            f.language = str(obj(obj(option, "arg"), "String"), "sval");
        else if (str(option, "defname") == QLatin1String("volatility"))
            m_functionVolatility.insert(f.name.toLower(),
                                        str(obj(obj(option, "arg"), "String"), "sval").left(1));
    }
    if (!m_functionVolatility.contains(f.name.toLower()))
        m_functionVolatility.insert(f.name.toLower(), QStringLiteral("v"));
    f.origin = statementOrigin();
    const bool replace = flag(node, "replace");
    for (Function &existing : m_schema.functions)
        if (existing.schema == f.schema && existing.name == f.name &&
            existing.arguments == f.arguments) {
            if (!replace)
                fail(Tr::tr("function \"%1\" already exists with same argument types").arg(f.name));
            existing = f;
            return;
        }
    m_schema.functions.append(f);
    record(Change::Kind::CreateFunction, f.schema, f.name);
}

void PgApplier::createTrigger(const JsonObject &node)
{
    const JsonObject relation = obj(node, "relation");
    Table *table = resolveTable(qualifiedName(relation), true);
    if (!table) {
        if (resolveView(qualifiedName(relation)))
            return skip(QStringLiteral("CreateTrigStmt:view"));
        table = bookkeepingTable(qualifiedName(relation)); // the migration tool's own table
    }
    if (!table) {
        fail(Tr::tr("relation \"%1\" does not exist").arg(str(relation, "relname")),
             integer(relation, "location", -1));
    }
    Trigger trigger;
    trigger.name = str(node, "trigname");
    const int timing = int(integer(node, "timing"));
    trigger.timing = (timing & (1 << 1))   ? QStringLiteral("before")
                     : (timing & (1 << 6)) ? QStringLiteral("instead of")
                                           : QStringLiteral("after");
    const int events = int(integer(node, "events"));
    if (events & (1 << 2))
        trigger.events.append(QStringLiteral("insert"));
    if (events & (1 << 4))
        trigger.events.append(QStringLiteral("update"));
    if (events & (1 << 3))
        trigger.events.append(QStringLiteral("delete"));
    if (events & (1 << 5))
        trigger.events.append(QStringLiteral("truncate"));
    trigger.updateColumns = stringList(arr(node, "columns"));
    trigger.forEachRow = flag(node, "row");
    trigger.function = stringList(arr(node, "funcname")).join(QLatin1Char('.'));
    if (node.contains(QLatin1String("whenClause")))
        trigger.when = sqlText(node.value(QLatin1String("whenClause")));
    trigger.constraint = flag(node, "isconstraint");
    trigger.origin = statementOrigin();
    const bool replace = flag(node, "replace");
    for (Trigger &existing : table->triggers)
        if (existing.name == trigger.name) {
            if (!replace)
                fail(Tr::tr("trigger \"%1\" for relation \"%2\" already exists")
                         .arg(trigger.name, table->name));
            existing = trigger;
            return;
        }
    table->triggers.append(trigger);
    record(Change::Kind::CreateTrigger, table->schema, table->name, trigger.name);
}

void PgApplier::createPolicy(const JsonObject &node)
{
    Table *table = resolveTable(obj(node, "table"));
    Policy policy;
    policy.name = str(node, "policy_name");
    policy.command = str(node, "cmd_name");
    if (policy.command.isEmpty())
        policy.command = QStringLiteral("all");
    policy.permissive = flag(node, "permissive");
    policy.roles = roleNames(arr(node, "roles"));
    if (policy.roles.isEmpty())
        policy.roles.append(QStringLiteral("public"));
    if (node.contains(QLatin1String("qual")))
        policy.usingExpr = sqlText(node.value(QLatin1String("qual")));
    if (node.contains(QLatin1String("with_check")))
        policy.withCheck = sqlText(node.value(QLatin1String("with_check")));
    policy.origin = statementOrigin();
    for (const Policy &existing : table->policies)
        if (existing.name == policy.name)
            fail(Tr::tr("policy \"%1\" for table \"%2\" already exists")
                     .arg(policy.name, table->name));
    table->policies.append(policy);
    record(Change::Kind::CreatePolicy, table->schema, table->name, policy.name);
}

void PgApplier::alterPolicy(const JsonObject &node)
{
    Table *table = resolveTable(obj(node, "table"));
    const QString name = str(node, "policy_name");
    for (Policy &policy : table->policies) {
        if (policy.name != name)
            continue;
        if (node.contains(QLatin1String("roles")))
            policy.roles = roleNames(arr(node, "roles"));
        if (node.contains(QLatin1String("qual")))
            policy.usingExpr = sqlText(node.value(QLatin1String("qual")));
        if (node.contains(QLatin1String("with_check")))
            policy.withCheck = sqlText(node.value(QLatin1String("with_check")));
        return;
    }
    fail(Tr::tr("policy \"%1\" for table \"%2\" does not exist").arg(name, table->name));
}

void PgApplier::createSequence(const JsonObject &node)
{
    const QualifiedName written = qualifiedName(obj(node, "sequence"));
    Sequence s;
    s.schema = creationSchema(written.schema);
    s.name = written.name;
    if (relationExists(s.schema, s.name)) {
        if (flag(node, "if_not_exists"))
            return notice(Tr::tr("relation \"%1\" already exists, skipping").arg(s.name));
        fail(Tr::tr("relation \"%1\" already exists").arg(s.name));
    }
    s.origin = statementOrigin();
    m_schema.sequences.append(s);
    m_relationNames[s.schema].insert(s.name);
    record(Change::Kind::CreateSequence, s.schema, s.name);
}

void PgApplier::createExtension(const JsonObject &node)
{
    Extension e;
    e.name = str(node, "extname");
    for (const Extension &existing : m_schema.extensions)
        if (existing.name == e.name) {
            if (flag(node, "if_not_exists"))
                return;
            fail(Tr::tr("extension \"%1\" already exists").arg(e.name));
        }
    for (const JsonValue &value : arr(node, "options")) {
        const JsonObject option = obj(value.toObject(), "DefElem");
        if (str(option, "defname") == QLatin1String("schema"))
            e.schema = str(obj(obj(option, "arg"), "String"), "sval");
    }
    if (e.schema.isEmpty())
        e.schema = m_searchPath.value(0, QStringLiteral("public"));
    e.origin = statementOrigin();
    m_schema.extensions.append(e);
}

void PgApplier::comment(const JsonObject &node)
{
    const QString type = str(node, "objtype");
    const QString text = str(node, "comment");
    const JsonObject object = obj(node, "object");
    QStringList parts;
    if (nodeType(object) == QLatin1String("List"))
        parts = stringList(arr(nodeBody(object), "items"));
    else if (nodeType(object) == QLatin1String("String"))
        parts.append(str(nodeBody(object), "sval"));
    else if (nodeType(object) == QLatin1String("TypeName"))
        parts = stringList(arr(nodeBody(object), "names"));

    Change change;
    change.kind = Change::Kind::Comment;
    if (type == QLatin1String("OBJECT_TABLE") || type == QLatin1String("OBJECT_FOREIGN_TABLE")) {
        Table *table = resolveTable(nameFromList(arr(nodeBody(object), "items")));
        table->comment = text;
        change.schema = table->schema;
        change.table = table->name;
    } else if (type == QLatin1String("OBJECT_COLUMN")) {
        if (parts.size() < 2)
            return;
        const QString column = parts.takeLast();
        const QString tableName = parts.takeLast();
        const QualifiedName name{parts.isEmpty() ? QString() : parts.last(), tableName};
        if (Table *table = resolveTable(name, true)) {
            Column *c = table->column(column);
            if (!c)
                fail(Tr::tr("column \"%1\" of relation \"%2\" does not exist")
                         .arg(column, tableName));
            c->comment = text;
            change.schema = table->schema;
            change.table = table->name;
            change.object = column;
        } else if (!resolveView(name)) {
            fail(Tr::tr("relation \"%1\" does not exist").arg(tableName));
        }
    } else if (type == QLatin1String("OBJECT_SCHEMA")) {
        for (Namespace &n : m_schema.namespaces)
            if (n.name == parts.value(0))
                n.comment = text;
    } else if (type == QLatin1String("OBJECT_TYPE") || type == QLatin1String("OBJECT_DOMAIN")) {
        if (EnumType *e = resolveEnum(nameFromList(arr(nodeBody(object), "names"))))
            e->comment = text;
    } else if (type == QLatin1String("OBJECT_VIEW") || type == QLatin1String("OBJECT_MATVIEW")) {
        if (View *v = resolveView(nameFromList(arr(nodeBody(object), "items"))))
            v->comment = text;
    } else if (type == QLatin1String("OBJECT_FUNCTION") ||
               type == QLatin1String("OBJECT_PROCEDURE")) {
        const QualifiedName name = nameFromList(arr(nodeBody(object), "objname"));
        for (Function &f : m_schema.functions)
            if (f.name == name.name && (name.schema.isEmpty() || f.schema == name.schema))
                f.comment = text;
        return;
    } else {
        return; // comments on indexes, constraints, triggers, policies: not shown
    }
    record(change);
}

} // namespace schemalens::load::pg
