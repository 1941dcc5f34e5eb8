// RENAME of tables, columns, constraints, indexes, views, types, schemas, triggers,
// policies and sequences, and SET SCHEMA.

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

// A user type as formatType() prints it: unqualified in public (on the default search path).
QString typeText(const QString &schema, const QString &name)
{
    return schema == QLatin1String("public")
               ? quoteIdentifier(name)
               : quoteIdentifier(schema) + QLatin1Char('.') + quoteIdentifier(name);
}

// Columns store their type by name; PostgreSQL by oid, so RENAME and SET SCHEMA of a type
// show in every column of that type (and of its array type). A column may name the type
// unqualified (written so, found on the search path) or qualified.
void retypeColumns(Schema &schema, const QString &oldSchema, const QString &oldName,
                   const QString &newSchema, const QString &newName)
{
    const QString bare = quoteIdentifier(oldName);
    const QString qualified = quoteIdentifier(oldSchema) + QLatin1Char('.') + bare;
    const auto retype = [&](QString &type) {
        const bool array = type.endsWith(QLatin1String("[]"));
        const QString base = array ? type.chopped(2) : type;
        QString renamed;
        if (base == bare && oldSchema == newSchema)
            renamed = quoteIdentifier(newName);
        else if (base == bare || base == qualified)
            renamed = typeText(newSchema, newName);
        else
            return;
        type = array ? renamed + QLatin1String("[]") : renamed;
    };
    for (Table &t : schema.tables)
        for (Column &c : t.columns)
            retype(c.type);
    for (View &v : schema.views)
        for (Column &c : v.outputColumns)
            retype(c.type);
}

} // namespace

void PgApplier::rename(const JsonObject &node)
{
    const QString type = str(node, "renameType");
    const QString newName = str(node, "newname");
    const JsonObject relation = obj(node, "relation");
    const bool missingOk = flag(node, "missing_ok");

    if (type == QLatin1String("OBJECT_TABLE") || type == QLatin1String("OBJECT_FOREIGN_TABLE")) {
        // ALTER TABLE accepts a sequence too.
        if (!resolveTable(relation, true) && renameSequence(qualifiedName(relation), newName))
            return;
        Table *table = resolveTable(relation, missingOk);
        if (!table)
            return;
        if (relationExists(table->schema, newName))
            fail(Tr::tr("relation \"%1\" already exists").arg(newName));
        const QString oldName = table->name;
        const QString schema = table->schema;
        const QString oldQualified = table->qualifiedName();
        table->name = newName;
        table->lastChange = statementOrigin();
        const QString newQualified = table->qualifiedName();
        renameDependency(oldQualified, newQualified);
        for (Table &t : m_schema.tables) {
            for (ForeignKey &fk : t.foreignKeys)
                if (fk.refTable == oldName && fk.refSchema == schema)
                    fk.refTable = newName;
            if (t.partitionOf == oldName && t.partitionOfSchema == schema)
                t.partitionOf = newName;
            for (QString &parent : t.inherits)
                if (parent == oldQualified)
                    parent = newQualified;
        }
        for (Sequence &s : m_schema.sequences)
            if (s.schema == schema && s.ownedBy.startsWith(oldName + QLatin1Char('.')))
                s.ownedBy = newName + s.ownedBy.mid(oldName.size());
        rebuildLookups();
        record(Change::Kind::RenameTable, schema, newName, QString(), oldName, newName);
    } else if (type == QLatin1String("OBJECT_COLUMN")) {
        const QString relType = str(node, "relationType");
        if (relType == QLatin1String("OBJECT_VIEW") || relType == QLatin1String("OBJECT_MATVIEW") ||
            relType == QLatin1String("OBJECT_TYPE")) {
            skip(m_statementType + QLatin1String(":column of ") + relType);
            return;
        }
        Table *table = resolveTable(relation, missingOk);
        if (!table)
            return;
        const QString oldName = str(node, "subname");
        Column *column = table->column(oldName);
        if (!column)
            fail(Tr::tr("column \"%1\" does not exist").arg(oldName));
        if (table->column(newName))
            fail(Tr::tr("column \"%1\" of relation \"%2\" already exists")
                     .arg(newName, table->name));
        column->name = newName;
        column->lastChange = statementOrigin();
        const auto renameIn = [&](QStringList &list) {
            for (QString &c : list)
                if (c == oldName)
                    c = newName;
        };
        if (table->primaryKey)
            renameIn(table->primaryKey->columns);
        for (KeyConstraint &k : table->uniques)
            renameIn(k.columns);
        for (ForeignKey &fk : table->foreignKeys)
            renameIn(fk.columns);
        for (Index &i : table->indexes) {
            for (IndexElement &e : i.elements)
                if (e.column == oldName)
                    e.column = newName;
            renameIn(i.include);
        }
        renameIn(table->partitionKey);
        for (Table &t : m_schema.tables)
            for (ForeignKey &fk : t.foreignKeys)
                if (fk.refTable == table->name && fk.refSchema == table->schema)
                    renameIn(fk.refColumns);
        for (CheckConstraint &c : table->checks)
            renameIn(c.columns);
        renameColumnInExpressions(*table, oldName, newName);
        for (Sequence &seq : m_schema.sequences)
            if (seq.schema == table->schema &&
                seq.ownedBy == table->name + QLatin1Char('.') + oldName)
                seq.ownedBy = table->name + QLatin1Char('.') + newName;
        for (Table *child : childTables(m_schema.tables, *table))
            if (Column *c = child->column(oldName)) {
                c->name = newName;
                for (CheckConstraint &check : child->checks)
                    renameIn(check.columns);
                renameColumnInExpressions(*child, oldName, newName);
            }
        record(Change::Kind::RenameColumn, table->schema, table->name, newName, oldName, newName);
    } else if (type == QLatin1String("OBJECT_TABCONSTRAINT")) {
        Table *table = resolveTable(relation, missingOk);
        if (!table)
            return;
        const QString oldName = str(node, "subname");
        bool found = false;
        const auto renameKey = [&](auto &constraint) {
            if (constraint.name == oldName) {
                constraint.name = newName;
                found = true;
            }
        };
        if (table->primaryKey)
            renameKey(*table->primaryKey);
        for (auto &k : table->uniques)
            renameKey(k);
        for (auto &k : table->foreignKeys)
            renameKey(k);
        for (auto &k : table->checks)
            renameKey(k);
        for (auto &k : table->exclusions)
            renameKey(k);
        if (!found)
            fail(Tr::tr("constraint \"%1\" for table \"%2\" does not exist")
                     .arg(oldName, table->name));
        rebuildLookups();
        record(Change::Kind::RenameConstraint, table->schema, table->name, newName, oldName,
               newName);
    } else if (type == QLatin1String("OBJECT_INDEX")) {
        const QualifiedName name = qualifiedName(relation);
        for (Table &t : m_schema.tables) {
            if (!name.schema.isEmpty() && t.schema != name.schema)
                continue;
            if (!name.schema.isEmpty() || m_searchPath.contains(t.schema)) {
                bool renamed = false;
                if (Index *index = t.index(name.name)) {
                    index->name = newName;
                    renamed = true;
                }
                // Renaming a constraint's index renames the constraint too.
                if (t.primaryKey && t.primaryKey->name == name.name) {
                    t.primaryKey->name = newName;
                    renamed = true;
                }
                for (KeyConstraint &k : t.uniques)
                    if (k.name == name.name) {
                        k.name = newName;
                        renamed = true;
                    }
                if (renamed) {
                    rebuildLookups();
                    record(Change::Kind::RenameIndex, t.schema, t.name, newName, name.name,
                           newName);
                    return;
                }
            }
        }
        // Also a table/sequence name given as index (ALTER INDEX on a sequence...).
        if (!missingOk)
            fail(Tr::tr("relation \"%1\" does not exist").arg(name.name));
    } else if (type == QLatin1String("OBJECT_VIEW") || type == QLatin1String("OBJECT_MATVIEW")) {
        View *v = resolveView(qualifiedName(relation));
        if (!v) {
            if (!missingOk)
                fail(Tr::tr("relation \"%1\" does not exist").arg(str(relation, "relname")));
            return;
        }
        renameDependency(v->schema + QLatin1Char('.') + v->name,
                         v->schema + QLatin1Char('.') + newName);
        v->name = newName;
        rebuildLookups();
    } else if (type == QLatin1String("OBJECT_TYPE")) {
        const QualifiedName name = nameFromList(arr(node, "object").isEmpty()
                                                    ? arr(obj(obj(node, "object"), "List"), "items")
                                                    : arr(node, "object"));
        if (EnumType *e = resolveEnum(name)) {
            const QString oldName = e->name;
            e->name = newName;
            retypeColumns(m_schema, e->schema, oldName, e->schema, newName);
        }
    } else if (type == QLatin1String("OBJECT_SCHEMA")) {
        const QString oldName = str(node, "subname");
        for (Namespace &n : m_schema.namespaces)
            if (n.name == oldName)
                n.name = newName;
        for (Table &t : m_schema.tables) {
            if (t.schema == oldName)
                t.schema = newName;
            for (ForeignKey &fk : t.foreignKeys)
                if (fk.refSchema == oldName)
                    fk.refSchema = newName;
        }
        for (View &v : m_schema.views)
            if (v.schema == oldName)
                v.schema = newName;
        for (EnumType &e : m_schema.enums)
            if (e.schema == oldName)
                e.schema = newName;
        rebuildLookups();
    } else if (type == QLatin1String("OBJECT_TRIGGER") || type == QLatin1String("OBJECT_POLICY")) {
        Table *table = resolveTable(relation, missingOk);
        if (!table)
            return;
        const QString oldName = str(node, "subname");
        if (type == QLatin1String("OBJECT_TRIGGER")) {
            for (Trigger &t : table->triggers)
                if (t.name == oldName)
                    t.name = newName;
        } else {
            for (Policy &p : table->policies)
                if (p.name == oldName)
                    p.name = newName;
        }
    } else if (type == QLatin1String("OBJECT_SEQUENCE")) {
        renameSequence(qualifiedName(relation), newName);
    } else if (type == QLatin1String("OBJECT_FUNCTION") ||
               type == QLatin1String("OBJECT_PROCEDURE")) {
        const QualifiedName name = nameFromList(arr(nodeBody(obj(node, "object")), "objname"));
        const auto matches = [&](const QString &schema, const QString &function) {
            return function == name.name &&
                   (name.schema.isEmpty() || schema.isEmpty() || schema == name.schema);
        };
        for (Function &f : m_schema.functions)
            if (matches(f.schema, f.name))
                f.name = newName;
        // A trigger calls the function by its oid: it calls it under the new name.
        for (Table &t : m_schema.tables)
            for (Trigger &trigger : t.triggers) {
                QString function = trigger.function;
                const bool call = function.endsWith(QLatin1String("()"));
                if (call)
                    function.chop(2);
                const qsizetype dot = function.lastIndexOf(QLatin1Char('.'));
                if (!matches(dot < 0 ? QString() : function.left(dot), function.mid(dot + 1)))
                    continue;
                trigger.function = function.left(dot + 1) + newName +
                                   (call ? QLatin1String("()") : QLatin1String(""));
            }
    } else {
        skip(m_statementType + QLatin1Char(':') + type);
    }
}

void PgApplier::setSchema(const JsonObject &node)
{
    const QString type = str(node, "objectType");
    const QString newSchema = str(node, "newschema");
    if (!m_schema.hasNamespace(newSchema))
        fail(Tr::tr("schema \"%1\" does not exist").arg(newSchema));
    if (type == QLatin1String("OBJECT_TABLE")) {
        Table *table = resolveTable(obj(node, "relation"), flag(node, "missing_ok"));
        if (!table)
            return;
        if (relationExists(newSchema, table->name))
            fail(Tr::tr("relation \"%1\" already exists in schema \"%2\"")
                     .arg(table->name, newSchema));
        const QString oldSchema = table->schema;
        const QString name = table->name;
        table->schema = newSchema;
        renameDependency(oldSchema + QLatin1Char('.') + name, newSchema + QLatin1Char('.') + name);
        for (Table &t : m_schema.tables)
            for (ForeignKey &fk : t.foreignKeys)
                if (fk.refTable == name && fk.refSchema == oldSchema)
                    fk.refSchema = newSchema;
        for (Sequence &s : m_schema.sequences)
            if (s.schema == oldSchema && s.ownedBy.startsWith(name + QLatin1Char('.'))) {
                s.schema = newSchema;
                retargetSequence(oldSchema, s.name, newSchema, s.name);
            }
        rebuildLookups();
        record(Change::Kind::SetTableSchema, newSchema, name, QString(), oldSchema, newSchema);
    } else if (type == QLatin1String("OBJECT_TYPE")) {
        const JsonObject object = obj(node, "object");
        const QualifiedName name = nameFromList(arr(nodeBody(object), "items"));
        if (EnumType *e = resolveEnum(name)) {
            const QString oldSchema = e->schema;
            e->schema = newSchema;
            retypeColumns(m_schema, oldSchema, e->name, newSchema, e->name);
        }
    } else if (type == QLatin1String("OBJECT_VIEW") || type == QLatin1String("OBJECT_MATVIEW")) {
        if (View *v = resolveView(qualifiedName(obj(node, "relation"))))
            v->schema = newSchema;
        rebuildLookups();
    } else {
        skip(m_statementType + QLatin1Char(':') + type);
    }
}

} // namespace schemalens::load::pg

namespace schemalens::load::pg {

bool PgApplier::renameSequence(const QualifiedName &name, const QString &newName)
{
    const QStringList schemas = name.schema.isEmpty() ? m_searchPath : QStringList{name.schema};
    for (const QString &schema : schemas)
        for (Sequence &s : m_schema.sequences)
            if (s.schema == schema && s.name == name.name) {
                if (relationExists(s.schema, newName))
                    fail(Tr::tr("relation \"%1\" already exists").arg(newName));
                const QString oldName = s.name;
                s.name = newName;
                retargetSequence(s.schema, oldName, s.schema, newName);
                rebuildLookups();
                return true;
            }
    return false;
}

void PgApplier::retargetSequence(const QString &oldSchema, const QString &oldName,
                                 const QString &newSchema, const QString &newName)
{
    // As pg_get_expr prints a regclass: the schema only when not on the search path.
    const QString text =
        newSchema == QLatin1String("public")
            ? quoteIdentifier(newName)
            : quoteIdentifier(newSchema) + QLatin1Char('.') + quoteIdentifier(newName);
    const bool visible = oldSchema == QLatin1String("public") || m_searchPath.contains(oldSchema);
    const auto rename = [&](const QStringList &parts) -> std::optional<QString> {
        const bool match = parts.size() == 2 ? parts[0] == oldSchema && parts[1] == oldName
                                             : parts.size() == 1 && visible && parts[0] == oldName;
        return match ? std::optional<QString>(text) : std::nullopt;
    };
    for (Table &t : m_schema.tables)
        for (Column &c : t.columns)
            if (c.defaultExpr)
                c.defaultExpr = rewriteSequenceReferences(*c.defaultExpr, rename);
}

void PgApplier::renameColumnInExpressions(Table &table, const QString &oldName,
                                          const QString &newName)
{
    for (CheckConstraint &c : table.checks)
        c.expression = renameColumnInExpression(c.expression, oldName, newName);
    for (Index &i : table.indexes) {
        for (IndexElement &e : i.elements)
            if (!e.expression.isEmpty())
                e.expression = renameColumnInExpression(e.expression, oldName, newName);
        if (!i.predicate.isEmpty())
            i.predicate = renameColumnInExpression(i.predicate, oldName, newName);
    }
    for (Column &c : table.columns)
        if (!c.generated.isEmpty())
            c.generated = renameColumnInExpression(c.generated, oldName, newName);
}

} // namespace schemalens::load::pg
