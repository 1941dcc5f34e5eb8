// ALTER TABLE and the drops of columns and constraints it performs.

#include "core/load/pg/pgapplier.h"

#include "core/load/pg/pgexpr.h"
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

bool isTableLike(const QString &objtype)
{
    return objtype.isEmpty() || objtype == QLatin1String("OBJECT_TABLE") ||
           objtype == QLatin1String("OBJECT_FOREIGN_TABLE");
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
        ignore(m_statementType + QLatin1Char(':') + objtype);
        return;
    }
    if (!isTableLike(objtype)) {
        // ALTER INDEX/VIEW/SEQUENCE/TYPE ... (owner, storage, attach index): nothing drawn.
        ignore(m_statementType + QLatin1Char(':') + objtype);
        return;
    }
    const JsonObject relation = obj(node, "relation");
    Table *table = resolveTable(relation, flag(node, "missing_ok"));
    if (!table) {
        notice(Tr::tr("relation \"%1\" does not exist, skipping").arg(str(relation, "relname")));
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
            fail(Tr::tr("column \"%1\" of relation \"%2\" does not exist").arg(column, table.name));
        return *c;
    };

    if (subtype == QLatin1String("AT_AddColumn") ||
        subtype == QLatin1String("AT_AddColumnRecurse")) {
        const JsonObject def = obj(obj(cmd, "def"), "ColumnDef");
        const QString columnName = str(def, "colname");
        if (table.column(columnName)) {
            if (missingOk)
                return notice(Tr::tr("column \"%1\" already exists, skipping").arg(columnName));
            fail(Tr::tr("column \"%1\" of relation \"%2\" already exists")
                     .arg(columnName, table.name),
                 integer(def, "location", -1));
        }
        QList<ConstraintSpec> constraints;
        Column column = columnFromDef(table, def, constraints);
        table.columns.append(column);
        for (const JsonValue &cv : arr(def, "constraints")) {
            const JsonObject c = obj(cv.toObject(), "Constraint");
            if (str(c, "contype") == QLatin1String("CONSTR_GENERATED"))
                checkGeneratedColumns(table, {columnName}, {c.value(QLatin1String("raw_expr"))});
        }
        for (const ConstraintSpec &c : constraints)
            addConstraint(table, c);
        for (Table *child : childTables(m_schema.tables, table))
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
        for (Table *child : childTables(m_schema.tables, table))
            if (Column *c = child->column(name))
                c->type = newType;
        record(change);
    } else if (subtype == QLatin1String("AT_SetNotNull") ||
               subtype == QLatin1String("AT_DropNotNull")) {
        Column &column = requireColumn(name);
        const bool set = subtype == QLatin1String("AT_SetNotNull");
        if (!set && table.primaryKey && table.primaryKey->columns.contains(name))
            fail(Tr::tr("column \"%1\" is in a primary key").arg(name));
        column.nullable = !set;
        column.lastChange = statementOrigin();
        for (Table *child : childTables(m_schema.tables, table))
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
            column.defaultExpr = storedDefault(def, column.type);
            change.kind = column.defaultExpr ? Change::Kind::SetDefault : Change::Kind::DropDefault;
            change.newValue = column.defaultExpr.value_or(QString());
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
            for (Table *child : childTables(m_schema.tables, table))
                if (!flag(c, "is_no_inherit"))
                    child->checks.append(table.checks.last());
    } else if (subtype == QLatin1String("AT_DropConstraint") ||
               subtype == QLatin1String("AT_DropConstraintRecurse")) {
        for (const ForeignKey &fk : std::as_const(table.foreignKeys)) {
            if (fk.name == name) {
                change.columns = fk.columns;
                change.refSchema = fk.refSchema;
                change.refTable = fk.refTable;
            }
        }
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
        fail(Tr::tr("table \"%1\" is not partitioned").arg(parent.name));
    Table *partition = resolveTable(obj(partitionCmd, "name"));
    if (partition->isPartition())
        fail(Tr::tr("\"%1\" is already a partition").arg(partition->name));
    for (const Column &c : parent.columns)
        if (!partition->column(c.name))
            fail(Tr::tr("table \"%1\" contains column \"%2\" not found in parent \"%3\"")
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
            return notice(Tr::tr("column \"%1\" does not exist, skipping").arg(column));
        fail(Tr::tr("column \"%1\" of relation \"%2\" does not exist").arg(column, table.name));
    }
    // Foreign keys of other tables that reference the column need CASCADE.
    for (Table &other : m_schema.tables) {
        for (const ForeignKey &fk : other.foreignKeys) {
            if (fk.refTable == table.name && fk.refSchema == table.schema &&
                fk.refColumns.contains(column) && &other != &table && !cascade)
                fail(Tr::tr("cannot drop column %1 of table %2 because other objects depend on it")
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
    for (Table *child : childTables(m_schema.tables, table))
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
        fail(Tr::tr("cannot drop %1 on table %2 because other objects depend on it")
                 .arg(what, table.name));
    for (Table &other : m_schema.tables)
        other.foreignKeys.removeIf(dependsOnKey);
}

void PgApplier::dropConstraint(Table &table, const QString &name, bool missingOk, bool cascade)
{
    bool found = false;
    if (table.primaryKey && table.primaryKey->name == name) {
        dropDependentForeignKeys(table, table.primaryKey->columns, cascade,
                                 Tr::tr("constraint %1").arg(name));
        table.primaryKey.reset();
        found = true;
    }
    for (const KeyConstraint &k : table.uniques)
        if (k.name == name)
            dropDependentForeignKeys(table, k.columns, cascade, Tr::tr("constraint %1").arg(name));
    found |= table.uniques.removeIf([&](const KeyConstraint &k) { return k.name == name; }) > 0;
    found |= table.foreignKeys.removeIf([&](const ForeignKey &k) { return k.name == name; }) > 0;
    found |= table.checks.removeIf([&](const CheckConstraint &k) { return k.name == name; }) > 0;
    found |=
        table.exclusions.removeIf([&](const ExclusionConstraint &k) { return k.name == name; }) > 0;
    if (!found) {
        if (missingOk)
            return notice(Tr::tr("constraint \"%1\" does not exist, skipping").arg(name));
        fail(Tr::tr("constraint \"%1\" of relation \"%2\" does not exist").arg(name, table.name));
    }
    for (Table *child : childTables(m_schema.tables, table))
        child->checks.removeIf([&](const CheckConstraint &k) { return k.name == name; });
    rebuildLookups();
}

} // namespace schemalens::load::pg
