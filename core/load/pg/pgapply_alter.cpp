// ALTER TABLE, RENAME, SET SCHEMA and DROP.

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

bool isTableLike(const QString &objtype)
{
    return objtype.isEmpty() || objtype == QLatin1String("OBJECT_TABLE") ||
           objtype == QLatin1String("OBJECT_FOREIGN_TABLE");
}

// Tables that inherit from or are partitions of `table` (ALTER TABLE recurses into them).
QList<Table *> childrenOf(Schema &schema, const Table &table)
{
    QList<Table *> children;
    const QString qualified = table.qualifiedName();
    for (Table &t : schema.tables)
        if ((t.partitionOf == table.name && t.partitionOfSchema == table.schema) ||
            t.inherits.contains(qualified))
            children.append(&t);
    return children;
}

bool removeColumnFromKey(std::optional<KeyConstraint> &key, const QString &column)
{
    return key && key->columns.contains(column);
}

} // namespace

void PgApplier::alterTable(const JsonObject &node)
{
    const QString objtype = str(node, "objtype");
    if (objtype == QLatin1String("OBJECT_INDEX")) {
        // ALTER INDEX parent ATTACH PARTITION child: the partition's index becomes part of
        // the partitioned index, which the model keeps on the partitioned table only.
        for (const JsonValue &value : arr(node, "cmds")) {
            const JsonObject cmd = obj(value.toObject(), "AlterTableCmd");
            if (str(cmd, "subtype") != QLatin1String("AT_AttachPartition"))
                continue;
            const QualifiedName child =
                qualifiedName(obj(obj(obj(cmd, "def"), "PartitionCmd"), "name"));
            for (Table &t : m_schema.tables)
                if ((child.schema.isEmpty() || t.schema == child.schema) && t.isPartition() &&
                    t.indexes.removeIf([&](const Index &i) { return i.name == child.name; }) > 0)
                    return;
        }
        skip(m_statementType + QLatin1Char(':') + objtype);
        return;
    }
    if (!isTableLike(objtype)) {
        // ALTER INDEX/VIEW/SEQUENCE/TYPE ... (owner, storage, attach index): nothing drawn.
        skip(m_statementType + QLatin1Char(':') + objtype);
        return;
    }
    const JsonObject relation = obj(node, "relation");
    Table *table = resolveTable(relation, flag(node, "missing_ok"));
    if (!table) {
        notice(tr("relation \"%1\" does not exist, skipping").arg(str(relation, "relname")));
        return;
    }
    m_tableSnapshot = *table;
    const QString schema = table->schema;
    const QString name = table->name;
    for (const JsonValue &value : arr(node, "cmds")) {
        // Each command may append tables (never here) or rebuild lookups; find it again.
        Table *current = findTable(schema, name);
        alterTableCommand(*current, obj(value.toObject(), "AlterTableCmd"));
    }
    if (Table *current = findTable(schema, name))
        current->lastChange = statementOrigin();
}

void PgApplier::alterTableCommand(Table &table, const JsonObject &cmd)
{
    const QString subtype = str(cmd, "subtype");
    const QString name = str(cmd, "name");
    const bool missingOk = flag(cmd, "missing_ok");
    const bool existingTable = table.origin.ordinal < m_unit->ordinal;
    Change change;
    change.schema = table.schema;
    change.table = table.name;
    change.object = name;
    change.onExistingTable = existingTable;

    const auto requireColumn = [&](const QString &column) -> Column & {
        Column *c = table.column(column);
        if (!c)
            fail(tr("column \"%1\" of relation \"%2\" does not exist").arg(column, table.name));
        return *c;
    };

    if (subtype == QLatin1String("AT_AddColumn") ||
        subtype == QLatin1String("AT_AddColumnRecurse")) {
        const JsonObject def = obj(obj(cmd, "def"), "ColumnDef");
        const QString columnName = str(def, "colname");
        if (table.column(columnName)) {
            if (missingOk)
                return notice(tr("column \"%1\" already exists, skipping").arg(columnName));
            fail(tr("column \"%1\" of relation \"%2\" already exists").arg(columnName, table.name),
                 integer(def, "location", -1));
        }
        QList<ConstraintSpec> constraints;
        Column column = columnFromDef(table, def, constraints);
        table.columns.append(column);
        for (const ConstraintSpec &c : constraints)
            addConstraint(table, c);
        for (Table *child : childrenOf(m_schema, table))
            if (!child->column(columnName)) {
                Column inherited = column;
                inherited.identity.clear();
                child->columns.append(inherited);
            }
        change.kind = Change::Kind::AddColumn;
        change.object = columnName;
        change.newValue = column.type;
        change.notNull = !column.nullable;
        change.hasDefault = column.defaultExpr.has_value() || !column.identity.isEmpty() ||
                            !column.generated.isEmpty();
        change.origin = column.origin;
        record(change);
    } else if (subtype == QLatin1String("AT_DropColumn") ||
               subtype == QLatin1String("AT_DropColumnRecurse")) {
        dropColumn(table, name, str(cmd, "behavior") == QLatin1String("DROP_CASCADE"), missingOk);
    } else if (subtype == QLatin1String("AT_AlterColumnType")) {
        Column &column = requireColumn(name);
        const JsonObject def = obj(obj(cmd, "def"), "ColumnDef");
        const QString newType = formatType(obj(def, "typeName"));
        change.kind = Change::Kind::AlterColumnType;
        change.oldValue = column.type;
        change.newValue = newType;
        column.type = newType;
        const QStringList collation = stringList(arr(obj(def, "collClause"), "collname"));
        if (!collation.isEmpty())
            column.collation = collation.join(QLatin1Char('.'));
        column.lastChange = statementOrigin();
        for (Table *child : childrenOf(m_schema, table))
            if (Column *c = child->column(name))
                c->type = newType;
        record(change);
    } else if (subtype == QLatin1String("AT_SetNotNull") ||
               subtype == QLatin1String("AT_DropNotNull")) {
        Column &column = requireColumn(name);
        const bool set = subtype == QLatin1String("AT_SetNotNull");
        if (!set && table.primaryKey && table.primaryKey->columns.contains(name))
            fail(tr("column \"%1\" is in a primary key").arg(name));
        column.nullable = !set;
        column.lastChange = statementOrigin();
        for (Table *child : childrenOf(m_schema, table))
            if (Column *c = child->column(name))
                c->nullable = !set;
        change.kind = set ? Change::Kind::SetNotNull : Change::Kind::DropNotNull;
        record(change);
    } else if (subtype == QLatin1String("AT_ColumnDefault")) {
        Column &column = requireColumn(name);
        const JsonValue def = cmd.value(QLatin1String("def"));
        change.oldValue = column.defaultExpr.value_or(QString());
        if (def.isUndefined()) {
            column.defaultExpr.reset();
            change.kind = Change::Kind::DropDefault;
        } else {
            column.defaultExpr = sqlText(def);
            change.kind = Change::Kind::SetDefault;
            change.newValue = *column.defaultExpr;
        }
        column.lastChange = statementOrigin();
        record(change);
    } else if (subtype == QLatin1String("AT_AddIdentity")) {
        Column &column = requireColumn(name);
        const JsonObject c = obj(obj(cmd, "def"), "Constraint");
        column.identity = str(c, "generated_when") == QLatin1String("a")
                              ? QStringLiteral("always")
                              : QStringLiteral("by default");
        column.nullable = false;
        createSerialSequence(table, column, true);
        change.kind = Change::Kind::SetDefault;
        change.newValue = QStringLiteral("identity");
        record(change);
    } else if (subtype == QLatin1String("AT_DropIdentity")) {
        Column &column = requireColumn(name);
        column.identity.clear();
        change.kind = Change::Kind::DropDefault;
        record(change);
    } else if (subtype == QLatin1String("AT_AddConstraint") ||
               subtype == QLatin1String("AT_AddConstraintRecurse")) {
        const JsonObject c = obj(obj(cmd, "def"), "Constraint");
        addConstraint(table, ConstraintSpec{c, {}, false, false});
        change.kind = Change::Kind::AddConstraint;
        change.object = str(c, "conname");
        if (change.object.isEmpty()) {
            // The name PostgreSQL chose is the one just added.
            const QString type = str(c, "contype");
            if (type == QLatin1String("CONSTR_FOREIGN"))
                change.object = table.foreignKeys.last().name;
            else if (type == QLatin1String("CONSTR_CHECK"))
                change.object = table.checks.last().name;
            else if (type == QLatin1String("CONSTR_PRIMARY"))
                change.object = table.primaryKey->name;
            else if (type == QLatin1String("CONSTR_UNIQUE"))
                change.object = table.uniques.last().name;
        }
        change.newValue = str(c, "contype").mid(7).toLower(); // "foreign", "check", ...
        change.origin = originAt(integer(c, "location", -1));
        record(change);
        if (str(c, "contype") == QLatin1String("CONSTR_CHECK"))
            for (Table *child : childrenOf(m_schema, table))
                if (!flag(c, "is_no_inherit"))
                    child->checks.append(table.checks.last());
    } else if (subtype == QLatin1String("AT_DropConstraint") ||
               subtype == QLatin1String("AT_DropConstraintRecurse")) {
        dropConstraint(table, name, missingOk,
                       str(cmd, "behavior") == QLatin1String("DROP_CASCADE"));
        change.kind = Change::Kind::DropConstraint;
        record(change);
    } else if (subtype == QLatin1String("AT_ValidateConstraint")) {
        for (ForeignKey &fk : table.foreignKeys)
            if (fk.name == name)
                fk.validated = true;
        for (CheckConstraint &c : table.checks)
            if (c.name == name)
                c.validated = true;
    } else if (subtype == QLatin1String("AT_EnableRowSecurity")) {
        table.rowSecurity = true;
        change.kind = Change::Kind::EnableRowSecurity;
        record(change);
    } else if (subtype == QLatin1String("AT_DisableRowSecurity")) {
        table.rowSecurity = false;
        change.kind = Change::Kind::DisableRowSecurity;
        record(change);
    } else if (subtype == QLatin1String("AT_ForceRowSecurity")) {
        table.forceRowSecurity = true;
        change.kind = Change::Kind::ForceRowSecurity;
        record(change);
    } else if (subtype == QLatin1String("AT_NoForceRowSecurity")) {
        table.forceRowSecurity = false;
        change.kind = Change::Kind::NoForceRowSecurity;
        record(change);
    } else if (subtype == QLatin1String("AT_AttachPartition")) {
        attachPartition(table, obj(obj(cmd, "def"), "PartitionCmd"));
    } else if (subtype == QLatin1String("AT_DetachPartition")) {
        const JsonObject partitionCmd = obj(obj(cmd, "def"), "PartitionCmd");
        Table *partition = resolveTable(obj(partitionCmd, "name"));
        partition->partitionOf.clear();
        partition->partitionOfSchema.clear();
        partition->partitionBound.clear();
        change.kind = Change::Kind::DetachPartition;
        change.object = partition->name;
        record(change);
    } else if (subtype == QLatin1String("AT_AddInherit")) {
        Table *parent = resolveTable(obj(obj(cmd, "def"), "RangeVar"));
        table.inherits.append(parent->qualifiedName());
    } else if (subtype == QLatin1String("AT_DropInherit")) {
        Table *parent = resolveTable(obj(obj(cmd, "def"), "RangeVar"));
        table.inherits.removeAll(parent->qualifiedName());
    } else if (subtype == QLatin1String("AT_SetLogged")) {
        table.persistence = Table::Persistence::Permanent;
    } else if (subtype == QLatin1String("AT_SetUnLogged")) {
        table.persistence = Table::Persistence::Unlogged;
    } else if (subtype == QLatin1String("AT_AlterConstraint")) {
        const JsonObject c = obj(obj(cmd, "def"), "Constraint");
        for (ForeignKey &fk : table.foreignKeys)
            if (fk.name == str(c, "conname")) {
                fk.deferrable = flag(c, "deferrable");
                fk.initiallyDeferred = flag(c, "initdeferred");
            }
    }
    // Owner, storage, statistics, options, triggers enable/disable, replica identity,
    // CLUSTER ON: no effect on the model.
}

void PgApplier::attachPartition(Table &parent, const JsonObject &partitionCmd)
{
    if (parent.kind != Table::Kind::PartitionedTable)
        fail(tr("table \"%1\" is not partitioned").arg(parent.name));
    Table *partition = resolveTable(obj(partitionCmd, "name"));
    if (partition->isPartition())
        fail(tr("\"%1\" is already a partition").arg(partition->name));
    for (const Column &c : parent.columns)
        if (!partition->column(c.name))
            fail(tr("table \"%1\" contains column \"%2\" not found in parent \"%3\"")
                     .arg(partition->name, c.name, parent.name));
    partition->partitionOf = parent.name;
    partition->partitionOfSchema = parent.schema;
    // The partitioned table's primary key is cloned onto the new partition.
    if (parent.primaryKey && !partition->primaryKey) {
        KeyConstraint pk = *parent.primaryKey;
        pk.name =
            chooseRelationName(partition->schema, partition->name, {}, QStringLiteral("pkey"));
        pk.origin = statementOrigin();
        partition->primaryKey = pk;
        setNotNull(*partition, pk.columns);
        m_relationNames[partition->schema].insert(pk.name);
        m_constraintNames[partition->schema].insert(pk.name);
    }
    partition->partitionBound =
        deparsePartitionBound(partitionCmd.value(QLatin1String("bound")), m_source);
    record(Change::Kind::AttachPartition, parent.schema, parent.name, partition->name);
}

void PgApplier::dropColumn(Table &table, const QString &column, bool cascade, bool missingOk)
{
    if (!table.column(column)) {
        if (missingOk)
            return notice(tr("column \"%1\" does not exist, skipping").arg(column));
        fail(tr("column \"%1\" of relation \"%2\" does not exist").arg(column, table.name));
    }
    // Foreign keys of other tables that reference the column need CASCADE.
    for (Table &other : m_schema.tables) {
        for (const ForeignKey &fk : other.foreignKeys) {
            if (fk.refTable == table.name && fk.refSchema == table.schema &&
                fk.refColumns.contains(column) && &other != &table && !cascade)
                fail(tr("cannot drop column %1 of table %2 because other objects depend on it")
                         .arg(column, table.name));
        }
    }
    if (cascade)
        for (Table &other : m_schema.tables)
            other.foreignKeys.removeIf([&](const ForeignKey &fk) {
                return fk.refTable == table.name && fk.refSchema == table.schema &&
                       fk.refColumns.contains(column);
            });
    // Indexes and constraints that involve the column go with it.
    table.columns.removeIf([&](const Column &c) { return c.name == column; });
    if (removeColumnFromKey(table.primaryKey, column))
        table.primaryKey.reset();
    table.uniques.removeIf([&](const KeyConstraint &k) { return k.columns.contains(column); });
    table.foreignKeys.removeIf([&](const ForeignKey &fk) { return fk.columns.contains(column); });
    table.checks.removeIf([&](const CheckConstraint &c) { return c.columns.contains(column); });
    table.indexes.removeIf([&](const Index &i) {
        if (i.include.contains(column))
            return true;
        for (const IndexElement &e : i.elements)
            if (e.column == column)
                return true;
        return false;
    });
    for (Table *child : childrenOf(m_schema, table))
        child->columns.removeIf([&](const Column &c) { return c.name == column; });
    rebuildLookups();

    record(Change::Kind::DropColumn, table.schema, table.name, column);
}

void PgApplier::dropDependentForeignKeys(const Table &table, const QStringList &keyColumns,
                                         bool cascade, const QString &what)
{
    // A foreign key depends on the unique index that backs its referenced columns.
    const auto dependsOnKey = [&](const ForeignKey &fk) {
        if (fk.refTable != table.name || fk.refSchema != table.schema ||
            fk.refColumns.size() != keyColumns.size())
            return false;
        for (const QString &c : fk.refColumns)
            if (!keyColumns.contains(c))
                return false;
        return true;
    };
    // Another key on the same columns keeps the foreign keys valid.
    int keysOnColumns = 0;
    const auto sameColumns = [&](const QStringList &columns) {
        return columns.size() == keyColumns.size() &&
               std::all_of(columns.cbegin(), columns.cend(),
                           [&](const QString &c) { return keyColumns.contains(c); });
    };
    if (table.primaryKey && sameColumns(table.primaryKey->columns))
        ++keysOnColumns;
    for (const KeyConstraint &k : table.uniques)
        keysOnColumns += sameColumns(k.columns) ? 1 : 0;
    for (const Index &i : table.indexes)
        keysOnColumns += i.unique && i.predicate.isEmpty() && sameColumns(i.columns()) ? 1 : 0;
    if (keysOnColumns > 1)
        return;
    bool any = false;
    for (const Table &other : m_schema.tables)
        for (const ForeignKey &fk : other.foreignKeys)
            any = any || dependsOnKey(fk);
    if (!any)
        return;
    if (!cascade)
        fail(tr("cannot drop %1 on table %2 because other objects depend on it")
                 .arg(what, table.name));
    for (Table &other : m_schema.tables)
        other.foreignKeys.removeIf(dependsOnKey);
}

void PgApplier::dropConstraint(Table &table, const QString &name, bool missingOk, bool cascade)
{
    bool found = false;
    if (table.primaryKey && table.primaryKey->name == name) {
        dropDependentForeignKeys(table, table.primaryKey->columns, cascade,
                                 tr("constraint %1").arg(name));
        table.primaryKey.reset();
        found = true;
    }
    for (const KeyConstraint &k : table.uniques)
        if (k.name == name)
            dropDependentForeignKeys(table, k.columns, cascade, tr("constraint %1").arg(name));
    found |= table.uniques.removeIf([&](const KeyConstraint &k) { return k.name == name; }) > 0;
    found |= table.foreignKeys.removeIf([&](const ForeignKey &k) { return k.name == name; }) > 0;
    found |= table.checks.removeIf([&](const CheckConstraint &k) { return k.name == name; }) > 0;
    found |=
        table.exclusions.removeIf([&](const ExclusionConstraint &k) { return k.name == name; }) > 0;
    if (!found) {
        if (missingOk)
            return notice(tr("constraint \"%1\" does not exist, skipping").arg(name));
        fail(tr("constraint \"%1\" of relation \"%2\" does not exist").arg(name, table.name));
    }
    for (Table *child : childrenOf(m_schema, table))
        child->checks.removeIf([&](const CheckConstraint &k) { return k.name == name; });
    rebuildLookups();
}

void PgApplier::dropTable(const QualifiedName &name, bool cascade, bool missingOk)
{
    Table *table = resolveTable(name, true);
    if (!table) {
        if (missingOk)
            return notice(tr("table \"%1\" does not exist, skipping").arg(name.name));
        fail(tr("table \"%1\" does not exist").arg(name.name));
    }
    const QString schema = table->schema;
    const QString tableName = table->name;
    const QString qualified = table->qualifiedName();
    for (const Table &other : m_schema.tables) {
        if (other.schema == schema && other.name == tableName)
            continue;
        const bool dependsOnFk = std::any_of(
            other.foreignKeys.cbegin(), other.foreignKeys.cend(), [&](const ForeignKey &fk) {
                return fk.refTable == tableName && fk.refSchema == schema;
            });
        const bool isChild = other.inherits.contains(qualified);
        if ((dependsOnFk || isChild) && !cascade)
            fail(tr("cannot drop table %1 because other objects depend on it").arg(tableName));
    }
    dropDependentViews(qualified, cascade, tr("table %1").arg(tableName));
    // CASCADE removes the referencing constraints (not the tables); partitions always go
    // with their partitioned table.
    for (Table &other : m_schema.tables)
        other.foreignKeys.removeIf([&](const ForeignKey &fk) {
            return fk.refTable == tableName && fk.refSchema == schema &&
                   !(other.schema == schema && other.name == tableName);
        });
    QStringList dropped{tableName};
    for (qsizetype i = 0; i < dropped.size(); ++i)
        for (const Table &t : m_schema.tables)
            if (t.partitionOf == dropped.at(i) && t.partitionOfSchema == schema)
                dropped.append(t.name);
    m_schema.tables.removeIf(
        [&](const Table &t) { return t.schema == schema && dropped.contains(t.name); });
    for (Table &other : m_schema.tables)
        other.inherits.removeAll(qualified);
    const QString ownedPrefix = tableName + QLatin1Char('.');
    m_schema.sequences.removeIf(
        [&](const Sequence &s) { return s.schema == schema && s.ownedBy.startsWith(ownedPrefix); });
    rebuildLookups();
    record(Change::Kind::DropTable, schema, tableName);
}

void PgApplier::dropIndex(const QualifiedName &name, bool missingOk, bool cascade)
{
    const QStringList schemas = name.schema.isEmpty() ? m_searchPath : QStringList{name.schema};
    for (const QString &schema : schemas) {
        for (Table &t : m_schema.tables) {
            if (t.schema != schema)
                continue;
            const bool backsConstraint =
                (t.primaryKey && t.primaryKey->name == name.name) ||
                std::any_of(t.uniques.cbegin(), t.uniques.cend(),
                            [&](const KeyConstraint &k) { return k.name == name.name; });
            if (backsConstraint)
                fail(tr("cannot drop index %1 because constraint %1 on table %2 requires it")
                         .arg(name.name, t.name));
            if (Index *index = t.index(name.name)) {
                if (index->unique && index->predicate.isEmpty())
                    dropDependentForeignKeys(t, index->columns(), cascade,
                                             tr("index %1").arg(name.name));
                t.indexes.removeIf([&](const Index &i) { return i.name == name.name; });
                rebuildLookups();
                record(Change::Kind::DropIndex, t.schema, t.name, name.name);
                return;
            }
        }
        for (View &v : m_schema.views)
            if (v.schema == schema &&
                v.indexes.removeIf([&](const Index &i) { return i.name == name.name; }) > 0) {
                rebuildLookups();
                return;
            }
    }
    if (!missingOk)
        fail(tr("index \"%1\" does not exist").arg(name.name));
}

void PgApplier::drop(const JsonObject &node)
{
    const QString type = str(node, "removeType");
    const bool cascade = str(node, "behavior") == QLatin1String("DROP_CASCADE");
    const bool missingOk = flag(node, "missing_ok");
    for (const JsonValue &value : arr(node, "objects")) {
        const JsonObject object = value.toObject();
        QualifiedName name;
        if (nodeType(object) == QLatin1String("List"))
            name = nameFromList(arr(nodeBody(object), "items"));
        else if (nodeType(object) == QLatin1String("TypeName"))
            name = nameFromList(arr(nodeBody(object), "names"));
        else if (nodeType(object) == QLatin1String("String"))
            name.name = str(nodeBody(object), "sval");
        else if (nodeType(object) == QLatin1String("ObjectWithArgs"))
            name = nameFromList(arr(nodeBody(object), "objname"));

        if (type == QLatin1String("OBJECT_TABLE") ||
            type == QLatin1String("OBJECT_FOREIGN_TABLE")) {
            dropTable(name, cascade, missingOk);
        } else if (type == QLatin1String("OBJECT_INDEX")) {
            dropIndex(name, missingOk, cascade);
            if (flag(node, "concurrent") && !m_pendingChanges.isEmpty())
                m_pendingChanges.last().concurrently = true;
        } else if (type == QLatin1String("OBJECT_TYPE") || type == QLatin1String("OBJECT_DOMAIN")) {
            EnumType *e = resolveEnum(name);
            const QString schema = e ? e->schema : QString();
            const qsizetype removed =
                e ? m_schema.enums.removeIf([&](const EnumType &x) {
                    return x.schema == schema && x.name == name.name;
                })
                  : m_schema.otherTypes.removeIf([&](const OtherType &x) {
                        return x.name == name.name &&
                               (name.schema.isEmpty() || x.schema == name.schema);
                    });
            if (removed == 0 && !missingOk)
                fail(tr("type \"%1\" does not exist").arg(name.name));
            if (removed > 0) {
                record(Change::Kind::DropType, schema, name.name);
            }
        } else if (type == QLatin1String("OBJECT_VIEW") ||
                   type == QLatin1String("OBJECT_MATVIEW")) {
            View *v = resolveView(name);
            if (!v) {
                if (!missingOk)
                    fail(tr("view \"%1\" does not exist").arg(name.name));
                continue;
            }
            const QString schema = v->schema;
            dropDependentViews(schema + QLatin1Char('.') + name.name, cascade,
                               tr("view %1").arg(name.name));
            m_schema.views.removeIf(
                [&](const View &x) { return x.schema == schema && x.name == name.name; });
            rebuildLookups();
            record(Change::Kind::DropView, schema, name.name);
        } else if (type == QLatin1String("OBJECT_SCHEMA")) {
            if (!m_schema.hasNamespace(name.name)) {
                if (!missingOk)
                    fail(tr("schema \"%1\" does not exist").arg(name.name));
                continue;
            }
            const auto inSchema = [&](const auto &x) { return x.schema == name.name; };
            const bool hasObjects =
                std::any_of(m_schema.tables.cbegin(), m_schema.tables.cend(), inSchema) ||
                std::any_of(m_schema.views.cbegin(), m_schema.views.cend(), inSchema) ||
                std::any_of(m_schema.enums.cbegin(), m_schema.enums.cend(), inSchema);
            if (hasObjects && !cascade)
                fail(tr("cannot drop schema %1 because other objects depend on it").arg(name.name));
            m_schema.tables.removeIf(inSchema);
            m_schema.views.removeIf(inSchema);
            m_schema.enums.removeIf(inSchema);
            m_schema.otherTypes.removeIf(inSchema);
            m_schema.functions.removeIf(inSchema);
            m_schema.sequences.removeIf(inSchema);
            for (Table &t : m_schema.tables)
                t.foreignKeys.removeIf(
                    [&](const ForeignKey &fk) { return fk.refSchema == name.name; });
            m_schema.namespaces.removeIf([&](const Namespace &n) { return n.name == name.name; });
            m_droppedSchemas.insert(name.name);
            rebuildLookups();
            Change change;
            change.kind = Change::Kind::DropSchema;
            change.schema = name.name;
            record(change);
        } else if (type == QLatin1String("OBJECT_SEQUENCE")) {
            const qsizetype removed = m_schema.sequences.removeIf([&](const Sequence &s) {
                return s.name == name.name &&
                       (name.schema.isEmpty() ? m_searchPath.contains(s.schema)
                                              : s.schema == name.schema);
            });
            if (removed == 0 && !missingOk)
                fail(tr("sequence \"%1\" does not exist").arg(name.name));
            rebuildLookups();
        } else if (type == QLatin1String("OBJECT_FUNCTION") ||
                   type == QLatin1String("OBJECT_PROCEDURE")) {
            m_schema.functions.removeIf([&](const Function &f) {
                return f.name == name.name && (name.schema.isEmpty() || f.schema == name.schema);
            });
        } else if (type == QLatin1String("OBJECT_TRIGGER") ||
                   type == QLatin1String("OBJECT_POLICY")) {
            // objects: [schema?, table, name]
            QStringList parts = stringList(arr(nodeBody(object), "items"));
            if (parts.size() < 2)
                continue;
            const QString objectName = parts.takeLast();
            const QString tableName = parts.takeLast();
            const QString schema = parts.isEmpty() ? QString() : parts.last();
            Table *table = resolveTable(QualifiedName{schema, tableName}, missingOk);
            if (!table)
                continue;
            const bool trigger = type == QLatin1String("OBJECT_TRIGGER");
            const qsizetype removed = trigger ? table->triggers.removeIf([&](const Trigger &t) {
                return t.name == objectName;
            })
                                              : table->policies.removeIf([&](const Policy &p) {
                                                    return p.name == objectName;
                                                });
            if (removed == 0 && !missingOk)
                fail((trigger ? tr("trigger \"%1\" for table \"%2\" does not exist")
                              : tr("policy \"%1\" for table \"%2\" does not exist"))
                         .arg(objectName, tableName));
            Change change;
            change.kind = trigger ? Change::Kind::DropTrigger : Change::Kind::DropPolicy;
            change.schema = table->schema;
            change.table = table->name;
            change.object = objectName;
            record(change);
        } else if (type == QLatin1String("OBJECT_EXTENSION")) {
            m_schema.extensions.removeIf([&](const Extension &e) { return e.name == name.name; });
        } else {
            skip(m_statementType + QLatin1Char(':') + type);
        }
    }
}

void PgApplier::rename(const JsonObject &node)
{
    const QString type = str(node, "renameType");
    const QString newName = str(node, "newname");
    const JsonObject relation = obj(node, "relation");
    const bool missingOk = flag(node, "missing_ok");
    Change change;

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
        change.kind = Change::Kind::RenameTable;
        change.schema = schema;
        change.table = newName;
        change.oldValue = oldName;
        change.newValue = newName;
        record(change);
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
        for (Table *child : childrenOf(m_schema, *table))
            if (Column *c = child->column(oldName))
                c->name = newName;
        change.kind = Change::Kind::RenameColumn;
        change.schema = table->schema;
        change.table = table->name;
        change.object = newName;
        change.oldValue = oldName;
        change.newValue = newName;
        record(change);
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
        change.kind = Change::Kind::RenameConstraint;
        change.schema = table->schema;
        change.table = table->name;
        change.object = newName;
        change.oldValue = oldName;
        change.newValue = newName;
        record(change);
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
                    change.kind = Change::Kind::RenameIndex;
                    change.schema = t.schema;
                    change.table = t.name;
                    change.object = newName;
                    change.oldValue = name.name;
                    change.newValue = newName;
                    record(change);
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
        Change change;
        change.kind = Change::Kind::SetTableSchema;
        change.schema = newSchema;
        change.table = name;
        change.oldValue = oldSchema;
        change.newValue = newSchema;
        record(change);
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
