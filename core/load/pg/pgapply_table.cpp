// CREATE TABLE (with columns, constraints, LIKE, INHERITS, PARTITION OF) and the constraint
// machinery ALTER TABLE shares.

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

QString fkAction(const QString &code)
{
    if (code == QLatin1String("r"))
        return QStringLiteral("restrict");
    if (code == QLatin1String("c"))
        return QStringLiteral("cascade");
    if (code == QLatin1String("n"))
        return QStringLiteral("set null");
    if (code == QLatin1String("d"))
        return QStringLiteral("set default");
    return QStringLiteral("no action");
}

} // namespace

void PgApplier::createTable(const JsonObject &node)
{
    const JsonObject relation = obj(node, "relation");
    const QualifiedName written = qualifiedName(relation);
    Table table;
    // Temporary tables live in the session's own schema and vanish with the session (the
    // end of the migration); see PgApplier::applyUnit.
    const bool temporary = str(relation, "relpersistence") == QLatin1String("t");
    const QString onCommit = str(node, "oncommit");
    if (!temporary && !onCommit.isEmpty() && onCommit != QLatin1String("ONCOMMIT_NOOP"))
        fail(Tr::tr("ON COMMIT can only be used on temporary tables"));
    table.schema = temporary ? QStringLiteral("pg_temp") : creationSchema(written.schema);
    table.name = written.name;
    table.origin = statementOrigin();
    table.lastChange = table.origin;
    if (Table *stub = findTable(table.schema, table.name); stub && stub->external) {
        // The source creates a table it referenced before: the real one replaces the stub.
        const QString schema = table.schema;
        const QString name = table.name;
        m_schema.tables.removeIf(
            [&](const Table &t) { return t.external && t.schema == schema && t.name == name; });
        rebuildLookups();
    }
    if (relationExists(table.schema, table.name)) {
        if (flag(node, "if_not_exists")) {
            notice(Tr::tr("relation \"%1\" already exists, skipping").arg(table.name));
            return;
        }
        fail(Tr::tr("relation \"%1\" already exists").arg(table.name),
             integer(relation, "location", -1));
    }
    const QString persistence = str(relation, "relpersistence");
    if (persistence == QLatin1String("u"))
        table.persistence = Table::Persistence::Unlogged;
    else if (persistence == QLatin1String("t"))
        table.persistence = Table::Persistence::Temporary;
    if (m_statementType == QLatin1String("CreateForeignTableStmt"))
        table.kind = Table::Kind::ForeignTable;

    // Parents first: their columns come before the table's own (MergeAttributes).
    const JsonObject partbound = obj(node, "partbound");
    for (const JsonValue &parentValue : arr(node, "inhRelations")) {
        const JsonObject parentVar = obj(parentValue.toObject(), "RangeVar");
        Table *parent = resolveTable(parentVar);
        if (!partbound.isEmpty()) {
            if (parent->kind != Table::Kind::PartitionedTable)
                fail(Tr::tr("\"%1\" is not partitioned").arg(parent->name),
                     integer(parentVar, "location", -1));
            table.partitionOfSchema = parent->schema;
            table.partitionOf = parent->name;
            table.partitionBound = deparsePartitionBound(partbound, m_source);
        } else {
            table.inherits.append(parent->qualifiedName());
        }
        inheritFrom(table, *parent, !partbound.isEmpty());
    }

    // Columns, then table constraints, in the order written.
    QList<ConstraintSpec> constraints;
    for (const JsonValue &element : arr(node, "tableElts")) {
        const JsonObject e = element.toObject();
        const QString kind = nodeType(e);
        const JsonObject body = nodeBody(e);
        if (kind == QLatin1String("ColumnDef")) {
            const QString name = str(body, "colname");
            if (Column *existing = table.column(name)) {
                // A partition or child may restate an inherited column to add options.
                if (table.inherits.isEmpty() && !table.isPartition())
                    fail(Tr::tr("column \"%1\" specified more than once").arg(name),
                         integer(body, "location", -1));
                Column merged = columnFromDef(table, body, constraints);
                if (merged.type.isEmpty())
                    merged.type = existing->type;
                merged.nullable = existing->nullable && merged.nullable;
                *existing = merged;
                continue;
            }
            table.columns.append(columnFromDef(table, body, constraints));
        } else if (kind == QLatin1String("Constraint")) {
            constraints.append(ConstraintSpec{body, {}, false, false});
        } else if (kind == QLatin1String("TableLikeClause")) {
            copyLike(table, body);
        }
    }

    // Generation expressions are checked once every column exists, as PostgreSQL cooks them.
    QStringList generatedColumns;
    QList<JsonValue> generationExpressions;
    for (const JsonValue &element : arr(node, "tableElts")) {
        const JsonObject def = obj(element.toObject(), "ColumnDef");
        for (const JsonValue &cv : arr(def, "constraints")) {
            const JsonObject c = obj(cv.toObject(), "Constraint");
            if (str(c, "contype") == QLatin1String("CONSTR_GENERATED")) {
                generatedColumns.append(str(def, "colname"));
                generationExpressions.append(c.value(QLatin1String("raw_expr")));
            }
        }
    }
    checkGeneratedColumns(table, generatedColumns, generationExpressions);

    const JsonObject partspec = obj(node, "partspec");
    if (!partspec.isEmpty()) {
        table.kind = Table::Kind::PartitionedTable;
        table.partitionStrategy = str(partspec, "strategy").toLower();
        if (table.partitionStrategy.startsWith(QLatin1String("partition_strategy_")))
            table.partitionStrategy = table.partitionStrategy.mid(19);
        for (const JsonValue &p : arr(partspec, "partParams")) {
            const JsonObject elem = obj(p.toObject(), "PartitionElem");
            const QString column = str(elem, "name");
            if (!column.isEmpty() && !table.column(column))
                fail(Tr::tr("column \"%1\" named in partition key does not exist").arg(column),
                     integer(elem, "location", -1));
            table.partitionKey.append(column.isEmpty() ? sqlText(elem.value(QLatin1String("expr")))
                                                       : column);
        }
    }

    // Constraints are added after all columns exist, as PostgreSQL does. The table is not
    // in the model yet, so a failure leaves nothing behind.
    // transformIndexConstraints: a UNIQUE that repeats the primary key (or an earlier
    // UNIQUE) on the same columns is dropped, e.g. "id text PRIMARY KEY UNIQUE".
    QList<ConstraintSpec> kept;
    QList<QStringList> keyColumns;
    const auto isPrimary = [](const ConstraintSpec &c) {
        return str(c.node, "contype") == QLatin1String("CONSTR_PRIMARY");
    };
    const auto isKey = [&](const ConstraintSpec &c) {
        return isPrimary(c) || str(c.node, "contype") == QLatin1String("CONSTR_UNIQUE");
    };
    std::stable_partition(constraints.begin(), constraints.end(), isPrimary);
    for (const ConstraintSpec &spec : constraints) {
        const JsonObject &c = spec.node;
        if (isKey(spec) && str(c, "indexname").isEmpty()) {
            const QStringList columns =
                (spec.columns.isEmpty() ? stringList(arr(c, "keys")) : spec.columns) +
                QStringList{QStringLiteral("\x1f")} + stringList(arr(c, "including"));
            if (keyColumns.contains(columns))
                continue;
            keyColumns.append(columns);
        }
        kept.append(spec);
    }
    // Constraints keep the order written apart from the primary key, which PostgreSQL
    // also names first.
    for (const ConstraintSpec &spec : kept)
        addConstraint(table, spec);

    m_schema.tables.append(table);
    indexTable(m_schema.tables.size() - 1);

    Change change;
    change.kind = Change::Kind::CreateTable;
    change.schema = table.schema;
    change.table = table.name;
    change.origin = table.origin;
    record(change);
    if (table.isPartition()) {
        Change attach;
        attach.kind = Change::Kind::AttachPartition;
        attach.schema = table.partitionOfSchema;
        attach.table = table.partitionOf;
        attach.object = table.name;
        attach.origin = table.origin;
        record(attach);
    }
}

void PgApplier::inheritFrom(Table &table, const Table &parent, bool partition)
{
    for (const Column &parentColumn : parent.columns) {
        if (Column *existing = table.column(parentColumn.name)) {
            existing->nullable = existing->nullable && parentColumn.nullable;
            continue;
        }
        Column c = parentColumn;
        c.identity.clear(); // identity is not inherited
        c.comment.clear();
        c.origin = table.origin;
        c.lastChange = table.origin;
        table.columns.append(c);
    }
    for (const CheckConstraint &check : parent.checks) {
        if (check.noInherit)
            continue;
        CheckConstraint inherited = check;
        inherited.origin = table.origin;
        table.checks.append(inherited);
    }
    // A partition also gets the parent's primary key (as an index of its own name).
    if (partition && parent.primaryKey) {
        KeyConstraint pk = *parent.primaryKey;
        pk.name = chooseRelationName(table.schema, table.name, {}, QStringLiteral("pkey"));
        pk.origin = table.origin;
        table.primaryKey = pk;
    }
}

Column PgApplier::columnFromDef(Table &table, const JsonObject &def,
                                QList<ConstraintSpec> &constraints)
{
    Column column;
    column.name = str(def, "colname");
    column.origin = originAt(integer(def, "location", -1));
    column.lastChange = column.origin;
    const JsonObject typeName = obj(def, "typeName");
    if (!typeName.isEmpty())
        column.type = formatType(typeName);
    // Typed pointer fields (CollateClause*, RangeVar*, TypeName*) are not wrapped in a node
    // key in libpg_query's JSON; Node* fields are.
    const QStringList collation = stringList(arr(obj(def, "collClause"), "collname"));
    column.collation = collation.join(QLatin1Char('.'));

    if (!typeName.isEmpty() && isSerialType(typeName))
        createSerialSequence(table, column, false);

    for (const JsonValue &value : arr(def, "constraints")) {
        const JsonObject c = obj(value.toObject(), "Constraint");
        const QString type = str(c, "contype");
        if (type == QLatin1String("CONSTR_NULL")) {
            column.nullable = true;
        } else if (type == QLatin1String("CONSTR_NOTNULL")) {
            column.nullable = false;
        } else if (type == QLatin1String("CONSTR_DEFAULT")) {
            column.defaultExpr = storedDefault(c.value(QLatin1String("raw_expr")), column.type);
        } else if (type == QLatin1String("CONSTR_IDENTITY")) {
            column.identity = str(c, "generated_when") == QLatin1String("a")
                                  ? QStringLiteral("always")
                                  : QStringLiteral("by default");
            column.nullable = false;
            createSerialSequence(table, column, true);
        } else if (type == QLatin1String("CONSTR_GENERATED")) {
            column.generated = sqlText(c.value(QLatin1String("raw_expr")));
        } else if (type.startsWith(QLatin1String("CONSTR_ATTR_"))) {
            // DEFERRABLE / INITIALLY DEFERRED qualify the constraint just before them.
            if (!constraints.isEmpty()) {
                ConstraintSpec &last = constraints.last();
                if (type == QLatin1String("CONSTR_ATTR_DEFERRABLE"))
                    last.deferrable = true;
                else if (type == QLatin1String("CONSTR_ATTR_DEFERRED"))
                    last.initiallyDeferred = true;
            }
        } else {
            // PRIMARY KEY, UNIQUE, CHECK, REFERENCES on a column: table constraints over
            // this one column, added after the columns.
            ConstraintSpec spec;
            spec.node = c;
            if (type != QLatin1String("CONSTR_CHECK"))
                spec.columns = QStringList{column.name};
            constraints.append(spec);
        }
    }
    return column;
}

void PgApplier::createSerialSequence(Table &table, Column &column, bool identity)
{
    const QString name =
        chooseRelationName(table.schema, table.name, {column.name}, QStringLiteral("seq"));
    Sequence sequence;
    sequence.schema = table.schema;
    sequence.name = name;
    sequence.ownedBy = table.name + QLatin1Char('.') + column.name;
    sequence.origin = column.origin;
    m_schema.sequences.append(sequence);
    m_relationNames[table.schema].insert(name);
    if (!identity) {
        // As pg_get_expr prints it: the schema only when not on the search path.
        const QString qualified =
            table.schema == QLatin1String("public")
                ? quoteIdentifier(name)
                : quoteIdentifier(table.schema) + QLatin1Char('.') + quoteIdentifier(name);
        column.defaultExpr = QStringLiteral("nextval('%1'::regclass)").arg(qualified);
        column.nullable = false;
    }
}

std::optional<QString> PgApplier::storedDefault(const JsonValue &expression,
                                                const QString &columnType) const
{
    // NULL, bare or cast to the column's own type, is a NULL constant once coerced and is
    // not stored. A type with a typmod or a domain needs a coercion step: then PostgreSQL
    // keeps it (NULL::character varying on a varchar(5) column).
    JsonValue node = expression;
    bool nullConstant = false;
    while (true) {
        const JsonObject o = node.toObject();
        const QString kind = nodeType(o);
        const JsonObject body = nodeBody(o);
        if (kind == QLatin1String("TypeCast")) {
            if (formatType(obj(body, "typeName")) != columnType)
                break;
            node = body.value(QLatin1String("arg"));
            continue;
        }
        nullConstant = kind == QLatin1String("A_Const") && flag(body, "isnull");
        break;
    }
    if (nullConstant && !columnType.contains(QLatin1Char('('))) {
        bool domain = false;
        for (const OtherType &t : m_schema.otherTypes)
            if (t.kind == QLatin1String("domain") &&
                (columnType == quoteIdentifier(t.name) ||
                 columnType ==
                     quoteIdentifier(t.schema) + QLatin1Char('.') + quoteIdentifier(t.name)))
                domain = true;
        if (!domain)
            return std::nullopt;
    }
    return sqlText(expression);
}

void PgApplier::setNotNull(Table &table, const QStringList &columns)
{
    for (const QString &name : columns)
        if (Column *c = table.column(name))
            c->nullable = false;
}

void PgApplier::copyLike(Table &table, const JsonObject &like)
{
    const Table *source = resolveTable(obj(like, "relation"));
    const qint64 options = integer(like, "options");
    // CREATE_TABLE_LIKE_* bits from parsenodes.h.
    const bool defaults = options & (1 << 3);
    const bool constraints = options & (1 << 2);
    const bool indexes = options & (1 << 6);
    const bool identity = options & (1 << 5);
    const bool generated = options & (1 << 4);
    const bool comments = options & (1 << 0);
    const Table copy = *source; // the source may move when tables are appended later
    for (const Column &sourceColumn : copy.columns) {
        if (table.column(sourceColumn.name))
            fail(Tr::tr("column \"%1\" specified more than once").arg(sourceColumn.name));
        Column c;
        c.name = sourceColumn.name;
        c.type = sourceColumn.type;
        c.nullable = sourceColumn.nullable;
        c.collation = sourceColumn.collation;
        if (defaults && sourceColumn.identity.isEmpty() &&
            !(sourceColumn.defaultExpr &&
              sourceColumn.defaultExpr->startsWith(QLatin1String("nextval("))))
            c.defaultExpr = sourceColumn.defaultExpr;
        if (defaults && sourceColumn.defaultExpr &&
            sourceColumn.defaultExpr->startsWith(QLatin1String("nextval(")))
            c.defaultExpr = sourceColumn.defaultExpr; // shares the source's sequence
        if (identity)
            c.identity = sourceColumn.identity;
        if (generated)
            c.generated = sourceColumn.generated;
        if (comments)
            c.comment = sourceColumn.comment;
        c.origin = table.origin;
        c.lastChange = table.origin;
        table.columns.append(c);
    }
    if (constraints)
        for (const CheckConstraint &check : copy.checks) {
            CheckConstraint c = check;
            c.origin = table.origin;
            table.checks.append(c);
        }
    if (indexes) {
        if (copy.primaryKey) {
            KeyConstraint pk = *copy.primaryKey;
            pk.name = chooseRelationName(table.schema, table.name, {}, QStringLiteral("pkey"));
            pk.origin = table.origin;
            table.primaryKey = pk;
            setNotNull(table, pk.columns);
        }
        for (const KeyConstraint &unique : copy.uniques) {
            KeyConstraint k = unique;
            k.name = chooseRelationName(table.schema, table.name, k.columns, QStringLiteral("key"));
            k.origin = table.origin;
            table.uniques.append(k);
        }
        for (const Index &index : copy.indexes) {
            if (!index.constraint.isEmpty())
                continue;
            Index i = index;
            QStringList names;
            for (const IndexElement &e : i.elements)
                names.append(e.column.isEmpty() ? QStringLiteral("expr") : e.column);
            i.name = chooseRelationName(table.schema, table.name, names, QStringLiteral("idx"));
            m_relationNames[table.schema].insert(i.name);
            i.origin = table.origin;
            table.indexes.append(i);
        }
    }
}

void PgApplier::addConstraint(Table &table, const ConstraintSpec &spec)
{
    const JsonObject &c = spec.node;
    const QString type = str(c, "contype");
    if (type == QLatin1String("CONSTR_PRIMARY")) {
        addKey(table, spec, true);
    } else if (type == QLatin1String("CONSTR_UNIQUE")) {
        addKey(table, spec, false);
    } else if (type == QLatin1String("CONSTR_FOREIGN")) {
        addForeignKey(table, spec);
    } else if (type == QLatin1String("CONSTR_CHECK")) {
        CheckConstraint check;
        const JsonValue expr = c.value(QLatin1String("raw_expr"));
        check.expression = sqlText(expr);
        check.noInherit = flag(c, "is_no_inherit");
        check.validated =
            !flag(c, "skip_validation") && c.value(QLatin1String("initially_valid")).toBool(true);
        check.origin = originAt(integer(c, "location", -1));
        check.columns = columnRefs(expr);
        for (const QString &column : check.columns)
            if (!table.column(column))
                fail(Tr::tr("column \"%1\" does not exist").arg(column),
                     integer(c, "location", -1));
        check.name = str(c, "conname");
        if (check.name.isEmpty()) {
            const QString column = checkConstraintColumn(expr);
            check.name = chooseConstraintName(
                table.schema, table.name, column.isEmpty() ? QStringList() : QStringList{column},
                QStringLiteral("check"));
        } else {
            requireUnusedConstraintName(table, check.name);
        }
        m_constraintNames[table.schema].insert(check.name);
        table.checks.append(check);
    } else if (type == QLatin1String("CONSTR_EXCLUSION")) {
        ExclusionConstraint x;
        x.method = str(c, "access_method");
        if (x.method.isEmpty())
            x.method = QStringLiteral("gist");
        QStringList names;
        for (const JsonValue &pair : arr(c, "exclusions")) {
            const JsonArray items = arr(obj(pair.toObject(), "List"), "items");
            const JsonObject elem = obj(items.at(0).toObject(), "IndexElem");
            ExclusionElement e;
            e.column = str(elem, "name");
            if (e.column.isEmpty())
                e.expression = sqlText(elem.value(QLatin1String("expr")));
            e.opclass = stringList(arr(elem, "opclass")).join(QLatin1Char('.'));
            e.op = stringList(arr(obj(items.at(1).toObject(), "List"), "items"))
                       .join(QLatin1Char('.'));
            names.append(e.column.isEmpty() ? figureIndexColname(elem.value(QLatin1String("expr")))
                                            : e.column);
            x.elements.append(e);
        }
        x.include = stringList(arr(c, "including"));
        x.predicate = c.contains(QLatin1String("where_clause"))
                          ? sqlText(c.value(QLatin1String("where_clause")))
                          : QString();
        x.name = str(c, "conname");
        if (x.name.isEmpty())
            x.name = chooseRelationName(table.schema, table.name, names, QStringLiteral("excl"));
        x.origin = originAt(integer(c, "location", -1));
        m_constraintNames[table.schema].insert(x.name);
        m_relationNames[table.schema].insert(x.name);
        table.exclusions.append(x);
    }
}

void PgApplier::requireUnusedConstraintName(const Table &table, const QString &name) const
{
    // Constraint names are unique per table across all kinds (ConstraintNameIsUsed).
    const auto named = [&](const auto &list) {
        return std::any_of(list.cbegin(), list.cend(),
                           [&](const auto &constraint) { return constraint.name == name; });
    };
    if ((table.primaryKey && table.primaryKey->name == name) || named(table.uniques) ||
        named(table.checks) || named(table.foreignKeys) || named(table.exclusions))
        fail(Tr::tr("constraint \"%1\" for relation \"%2\" already exists").arg(name, table.name));
}

void PgApplier::addKey(Table &table, const ConstraintSpec &spec, bool primary)
{
    const JsonObject &c = spec.node;
    KeyConstraint key;
    key.columns = spec.columns.isEmpty() ? stringList(arr(c, "keys")) : spec.columns;
    key.include = stringList(arr(c, "including"));
    key.nullsNotDistinct = flag(c, "nulls_not_distinct");
    key.deferrable = flag(c, "deferrable") || spec.deferrable;
    key.initiallyDeferred = flag(c, "initdeferred") || spec.initiallyDeferred;
    key.origin = originAt(integer(c, "location", -1));
    const QString usingIndex = str(c, "indexname");
    if (!usingIndex.isEmpty()) {
        // ADD CONSTRAINT ... USING INDEX: the index becomes the constraint's, renamed.
        Index *index = table.index(usingIndex);
        if (!index)
            fail(Tr::tr("index \"%1\" does not exist").arg(usingIndex), integer(c, "location", -1));
        // transformIndexConstraint(): only a plain unique b-tree index can become a key.
        if (!index->unique)
            fail(Tr::tr("\"%1\" is not a unique index").arg(usingIndex),
                 integer(c, "location", -1));
        if (std::any_of(index->elements.cbegin(), index->elements.cend(),
                        [](const IndexElement &e) { return e.column.isEmpty(); }))
            fail(Tr::tr("index \"%1\" contains expressions").arg(usingIndex),
                 integer(c, "location", -1));
        if (!index->predicate.isEmpty())
            fail(Tr::tr("\"%1\" is a partial index").arg(usingIndex), integer(c, "location", -1));
        if (index->method != QLatin1String("btree"))
            fail(Tr::tr("index \"%1\" is not a btree").arg(usingIndex), integer(c, "location", -1));
        key.columns = index->columns();
        key.include = index->include;
        table.indexes.removeIf([&](const Index &i) { return i.name == usingIndex; });
        m_relationNames[table.schema].remove(usingIndex);
    }
    for (const QString &column : key.columns + key.include)
        if (!table.column(column))
            fail(Tr::tr("column \"%1\" named in key does not exist").arg(column),
                 integer(c, "location", -1));
    key.name = str(c, "conname");
    if (key.name.isEmpty())
        key.name = usingIndex.isEmpty()
                       ? chooseRelationName(
                             table.schema, table.name, primary ? QStringList() : key.columns,
                             primary ? QStringLiteral("pkey") : QStringLiteral("key"))
                       : usingIndex;
    else if (relationExists(table.schema, key.name) && key.name != usingIndex)
        fail(Tr::tr("relation \"%1\" already exists").arg(key.name), integer(c, "location", -1));
    if (primary) {
        if (table.primaryKey)
            fail(Tr::tr("multiple primary keys for table \"%1\" are not allowed").arg(table.name),
                 integer(c, "location", -1));
        setNotNull(table, key.columns);
        table.primaryKey = key;
    } else {
        table.uniques.append(key);
    }
    m_relationNames[table.schema].insert(key.name);
    m_constraintNames[table.schema].insert(key.name);
}

void PgApplier::addForeignKey(Table &table, const ConstraintSpec &spec)
{
    const JsonObject &c = spec.node;
    ForeignKey fk;
    fk.columns = spec.columns.isEmpty() ? stringList(arr(c, "fk_attrs")) : spec.columns;
    fk.origin = originAt(integer(c, "location", -1));
    const JsonObject pkVar = obj(c, "pktable");
    const QualifiedName target = qualifiedName(pkVar);
    // A table may reference itself while it is being created.
    Table *referenced = nullptr;
    if ((target.schema.isEmpty() || target.schema == table.schema) && target.name == table.name &&
        (target.schema == table.schema || !resolveTable(target, true) ||
         resolveTable(target, true)->schema == table.schema))
        referenced = &table;
    else
        referenced = resolveTable(pkVar);
    fk.refSchema = referenced->schema;
    fk.refTable = referenced->name;
    fk.refColumns = stringList(arr(c, "pk_attrs"));

    for (const QString &column : fk.columns)
        if (!table.column(column))
            fail(Tr::tr("column \"%1\" referenced in foreign key constraint does not exist")
                     .arg(column),
                 integer(c, "location", -1));
    if (referenced->external)
        completeExternalTable(*referenced, fk.refColumns, table, fk.columns);
    if (fk.refColumns.isEmpty()) {
        if (!referenced->primaryKey)
            fail(
                Tr::tr("there is no primary key for referenced table \"%1\"").arg(referenced->name),
                integer(pkVar, "location", -1));
        fk.refColumns = referenced->primaryKey->columns;
    }
    for (const QString &column : fk.refColumns)
        if (!referenced->column(column))
            fail(Tr::tr("column \"%1\" referenced in foreign key constraint does not exist")
                     .arg(column),
                 integer(pkVar, "location", -1));
    if (fk.columns.size() != fk.refColumns.size())
        fail(Tr::tr("number of referencing and referenced columns for foreign key disagree"),
             integer(c, "location", -1));
    if (!hasUniqueKey(*referenced, fk.refColumns))
        fail(Tr::tr("there is no unique constraint matching given keys for referenced table \"%1\"")
                 .arg(referenced->name),
             integer(pkVar, "location", -1));

    fk.onDelete = fkAction(str(c, "fk_del_action"));
    fk.onUpdate = fkAction(str(c, "fk_upd_action"));
    fk.onDeleteColumns = stringList(arr(c, "fk_del_set_cols"));
    // "ON DELETE NO ACTION" and no clause at all parse the same; only other actions count
    // as stated.
    fk.onDeleteExplicit =
        !str(c, "fk_del_action").isEmpty() && str(c, "fk_del_action") != QLatin1String("a");
    const QString match = str(c, "fk_matchtype");
    fk.match = match == QLatin1String("f")   ? QStringLiteral("full")
               : match == QLatin1String("p") ? QStringLiteral("partial")
                                             : QStringLiteral("simple");
    fk.deferrable = flag(c, "deferrable") || spec.deferrable;
    fk.initiallyDeferred = flag(c, "initdeferred") || spec.initiallyDeferred;
    fk.validated = !flag(c, "skip_validation");
    fk.name = str(c, "conname");
    if (fk.name.isEmpty())
        fk.name =
            chooseConstraintName(table.schema, table.name, fk.columns, QStringLiteral("fkey"));
    else
        requireUnusedConstraintName(table, fk.name);
    m_constraintNames[table.schema].insert(fk.name);
    table.foreignKeys.append(fk);
}

} // namespace schemalens::load::pg
