// RENAME of tables, columns, constraints, indexes, views, types, schemas, triggers,
// policies and sequences, and SET SCHEMA.

#include "core/load/pg/pgapplier.h"

#include "core/load/pg/pgexpr.h"
#include "core/load/pg/pgjson.h"
#include "core/load/pg/pgnodes.h"

#include <QCoreApplication>

namespace schemalens::load::pg {

using namespace schemalens::model;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("schemalens", text);
}

} // namespace

void PgApplier::rename(const JsonObject &node)
{
    const QString type = str(node, "renameType");
    const QString newName = str(node, "newname");
    const JsonObject relation = obj(node, "relation");
    const bool missingOk = flag(node, "missing_ok");

    if (type == QLatin1String("OBJECT_TABLE") || type == QLatin1String("OBJECT_FOREIGN_TABLE")) {
        Table *table = resolveTable(relation, missingOk);
        if (!table)
            return;
        if (relationExists(table->schema, newName))
            fail(tr("relation \"%1\" already exists").arg(newName));
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
            fail(tr("column \"%1\" does not exist").arg(oldName));
        if (table->column(newName))
            fail(tr("column \"%1\" of relation \"%2\" already exists").arg(newName, table->name));
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
        for (Table *child : childTables(m_schema.tables, *table))
            if (Column *c = child->column(oldName))
                c->name = newName;
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
            fail(tr("constraint \"%1\" for table \"%2\" does not exist").arg(oldName, table->name));
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
            fail(tr("relation \"%1\" does not exist").arg(name.name));
    } else if (type == QLatin1String("OBJECT_VIEW") || type == QLatin1String("OBJECT_MATVIEW")) {
        View *v = resolveView(qualifiedName(relation));
        if (!v) {
            if (!missingOk)
                fail(tr("relation \"%1\" does not exist").arg(str(relation, "relname")));
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
            for (Table &t : m_schema.tables)
                for (Column &c : t.columns) {
                    if (c.type == oldName)
                        c.type = newName;
                    else if (c.type == oldName + QLatin1String("[]"))
                        c.type = newName + QLatin1String("[]");
                }
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
        const QualifiedName name = qualifiedName(relation);
        for (Sequence &s : m_schema.sequences)
            if (s.name == name.name && (name.schema.isEmpty() || s.schema == name.schema))
                s.name = newName;
        rebuildLookups();
    } else {
        skip(m_statementType + QLatin1Char(':') + type);
    }
}

void PgApplier::setSchema(const JsonObject &node)
{
    const QString type = str(node, "objectType");
    const QString newSchema = str(node, "newschema");
    if (!m_schema.hasNamespace(newSchema))
        fail(tr("schema \"%1\" does not exist").arg(newSchema));
    if (type == QLatin1String("OBJECT_TABLE")) {
        Table *table = resolveTable(obj(node, "relation"), flag(node, "missing_ok"));
        if (!table)
            return;
        if (relationExists(newSchema, table->name))
            fail(tr("relation \"%1\" already exists in schema \"%2\"").arg(table->name, newSchema));
        const QString oldSchema = table->schema;
        const QString name = table->name;
        table->schema = newSchema;
        renameDependency(oldSchema + QLatin1Char('.') + name, newSchema + QLatin1Char('.') + name);
        for (Table &t : m_schema.tables)
            for (ForeignKey &fk : t.foreignKeys)
                if (fk.refTable == name && fk.refSchema == oldSchema)
                    fk.refSchema = newSchema;
        for (Sequence &s : m_schema.sequences)
            if (s.schema == oldSchema && s.ownedBy.startsWith(name + QLatin1Char('.')))
                s.schema = newSchema;
        rebuildLookups();
        record(Change::Kind::SetTableSchema, newSchema, name, QString(), oldSchema, newSchema);
    } else if (type == QLatin1String("OBJECT_TYPE")) {
        const JsonObject object = obj(node, "object");
        const QualifiedName name = nameFromList(arr(nodeBody(object), "items"));
        if (EnumType *e = resolveEnum(name))
            e->schema = newSchema;
    } else if (type == QLatin1String("OBJECT_VIEW") || type == QLatin1String("OBJECT_MATVIEW")) {
        if (View *v = resolveView(qualifiedName(obj(node, "relation"))))
            v->schema = newSchema;
        rebuildLookups();
    } else {
        skip(m_statementType + QLatin1Char(':') + type);
    }
}

} // namespace schemalens::load::pg
