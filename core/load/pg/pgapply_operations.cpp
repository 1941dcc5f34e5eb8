// The operations of a statement (model::Operation) for the migration-safety rules: what
// each statement or ALTER TABLE sub-command works on, the lock it takes
// (AlterTableGetLockLevel and the lock of each command, PostgreSQL 15) and the state it found
// (did the table exist before this migration, is a default volatile, does a validated CHECK
// already prove a column not null). Facts only: the rules judge.

#include "core/load/pg/pgapplier.h"

#include "core/load/pg/pgexpr.h"
#include "core/load/pg/pgjson.h"
#include "core/load/pg/pgsafety_p.h"

#include <functional>

namespace schemalens::load::pg {

using namespace schemalens::model;
using Op = Operation;

namespace {

// LockStmt's mode numbers (lockdefs.h) to lock modes.
LockMode lockModeFromNumber(qsizetype mode)
{
    switch (mode) {
    case 1:
        return LockMode::AccessShare;
    case 2:
        return LockMode::RowShare;
    case 3:
        return LockMode::RowExclusive;
    case 4:
        return LockMode::ShareUpdateExclusive;
    case 5:
        return LockMode::Share;
    case 6:
        return LockMode::ShareRowExclusive;
    case 7:
        return LockMode::Exclusive;
    default:
        return LockMode::AccessExclusive;
    }
}

// The lock ALTER TABLE takes for one sub-command (AlterTableGetLockLevel, PostgreSQL 15).
LockMode alterTableLock(const QString &subtype, const JsonObject &cmd)
{
    static const QSet<QString> shareUpdateExclusive{
        QStringLiteral("AT_ValidateConstraint"), QStringLiteral("AT_SetStatistics"),
        QStringLiteral("AT_SetOptions"),         QStringLiteral("AT_ResetOptions"),
        QStringLiteral("AT_ClusterOn"),          QStringLiteral("AT_DropCluster"),
        QStringLiteral("AT_AttachPartition"),    QStringLiteral("AT_DetachPartitionFinalize"),
        QStringLiteral("AT_SetRelOptions"),      QStringLiteral("AT_ResetRelOptions"),
    };
    static const QSet<QString> shareRowExclusive{
        QStringLiteral("AT_EnableTrig"),        QStringLiteral("AT_EnableAlwaysTrig"),
        QStringLiteral("AT_EnableReplicaTrig"), QStringLiteral("AT_EnableTrigAll"),
        QStringLiteral("AT_EnableTrigUser"),    QStringLiteral("AT_DisableTrig"),
        QStringLiteral("AT_DisableTrigAll"),    QStringLiteral("AT_DisableTrigUser"),
        QStringLiteral("AT_AlterConstraint"),
    };
    if (shareUpdateExclusive.contains(subtype))
        return LockMode::ShareUpdateExclusive;
    if (shareRowExclusive.contains(subtype))
        return LockMode::ShareRowExclusive;
    if (subtype == QLatin1String("AT_DetachPartition"))
        return flag(obj(obj(cmd, "def"), "PartitionCmd"), "concurrent")
                   ? LockMode::ShareUpdateExclusive
                   : LockMode::AccessExclusive;
    if (subtype.startsWith(QLatin1String("AT_AddConstraint")) &&
        str(obj(obj(cmd, "def"), "Constraint"), "contype") == QLatin1String("CONSTR_FOREIGN"))
        return LockMode::ShareRowExclusive;
    return LockMode::AccessExclusive;
}

QString constraintKind(const QString &contype)
{
    return contype.startsWith(QLatin1String("CONSTR_")) ? contype.mid(7).toLower() : contype;
}

// Functions PostgreSQL marks VOLATILE that migrations use in defaults: a column added with one
// of these as its default is filled row by row, rewriting the table.
bool isVolatileBuiltin(const QString &name)
{
    static const QSet<QString> names{
        QStringLiteral("random"),           QStringLiteral("random_normal"),
        QStringLiteral("setseed"),          QStringLiteral("gen_random_uuid"),
        QStringLiteral("uuidv4"),           QStringLiteral("uuidv7"),
        QStringLiteral("uuid_generate_v1"), QStringLiteral("uuid_generate_v1mc"),
        QStringLiteral("uuid_generate_v4"), QStringLiteral("uuid_generate_v7"),
        QStringLiteral("gen_random_bytes"), QStringLiteral("gen_salt"),
        QStringLiteral("clock_timestamp"),  QStringLiteral("timeofday"),
        QStringLiteral("nextval"),          QStringLiteral("currval"),
        QStringLiteral("lastval"),          QStringLiteral("setval"),
        QStringLiteral("txid_current"),     QStringLiteral("pg_current_xact_id"),
    };
    return names.contains(name);
}

// Built-in functions that are IMMUTABLE or STABLE (evaluated once when a column is added),
// with the number of arguments they take (-1: any). A function that is neither built in nor
// created by the migrations is VOLATILE as far as PostgreSQL's default goes.
int nonVolatileBuiltinArity(const QString &name)
{
    static const QHash<QString, int> arity{
        {QStringLiteral("now"), 0},
        {QStringLiteral("statement_timestamp"), 0},
        {QStringLiteral("transaction_timestamp"), 0},
        {QStringLiteral("pg_backend_pid"), 0},
        {QStringLiteral("version"), 0},
        {QStringLiteral("pi"), 0},
        {QStringLiteral("inet_client_addr"), 0},
        {QStringLiteral("txid_current_snapshot"), 0},
    };
    static const QSet<QString> any{
        QStringLiteral("to_timestamp"),
        QStringLiteral("to_char"),
        QStringLiteral("to_date"),
        QStringLiteral("to_number"),
        QStringLiteral("date_trunc"),
        QStringLiteral("date_part"),
        QStringLiteral("extract"),
        QStringLiteral("timezone"),
        QStringLiteral("make_date"),
        QStringLiteral("make_time"),
        QStringLiteral("make_timestamp"),
        QStringLiteral("make_timestamptz"),
        QStringLiteral("make_interval"),
        QStringLiteral("age"),
        QStringLiteral("justify_interval"),
        QStringLiteral("lower"),
        QStringLiteral("upper"),
        QStringLiteral("btrim"),
        QStringLiteral("ltrim"),
        QStringLiteral("rtrim"),
        QStringLiteral("length"),
        QStringLiteral("char_length"),
        QStringLiteral("substr"),
        QStringLiteral("substring"),
        QStringLiteral("replace"),
        QStringLiteral("concat"),
        QStringLiteral("concat_ws"),
        QStringLiteral("format"),
        QStringLiteral("md5"),
        QStringLiteral("sha256"),
        QStringLiteral("encode"),
        QStringLiteral("decode"),
        QStringLiteral("jsonb_build_object"),
        QStringLiteral("jsonb_build_array"),
        QStringLiteral("json_build_object"),
        QStringLiteral("json_build_array"),
        QStringLiteral("to_json"),
        QStringLiteral("to_jsonb"),
        QStringLiteral("array_to_json"),
        QStringLiteral("row_to_json"),
        QStringLiteral("jsonb_object"),
        QStringLiteral("json_object"),
        QStringLiteral("array_fill"),
        QStringLiteral("array_length"),
        QStringLiteral("cardinality"),
        QStringLiteral("abs"),
        QStringLiteral("round"),
        QStringLiteral("floor"),
        QStringLiteral("ceil"),
        QStringLiteral("ceiling"),
        QStringLiteral("trunc"),
        QStringLiteral("power"),
        QStringLiteral("sqrt"),
        QStringLiteral("mod"),
        QStringLiteral("current_setting"),
        QStringLiteral("inet"),
        QStringLiteral("int4range"),
        QStringLiteral("int8range"),
        QStringLiteral("tstzrange"),
        QStringLiteral("tsrange"),
        QStringLiteral("daterange"),
        QStringLiteral("numrange"),
        QStringLiteral("to_tsvector"),
        QStringLiteral("array_remove"),
        QStringLiteral("array_append"),
        QStringLiteral("array_prepend"),
        QStringLiteral("array_cat"),
        QStringLiteral("string_to_array"),
        QStringLiteral("array_to_string"),
        QStringLiteral("left"),
        QStringLiteral("right"),
        QStringLiteral("lpad"),
        QStringLiteral("rpad"),
        QStringLiteral("repeat"),
        QStringLiteral("split_part"),
        QStringLiteral("regexp_replace"),
        QStringLiteral("translate"),
        QStringLiteral("initcap"),
        QStringLiteral("point"),
        QStringLiteral("box"),
    };
    if (const auto it = arity.constFind(name); it != arity.cend())
        return *it;
    return any.contains(name) ? -1 : -2;
}

void forEachNode(const JsonValue &value,
                 const std::function<void(const QString &, const JsonObject &)> &visit,
                 int depth = 0)
{
    if (depth > 200)
        return;
    if (value.isArray()) {
        for (const JsonValue &item : value.toArray())
            forEachNode(item, visit, depth + 1);
    } else if (value.isObject()) {
        const JsonObject o = value.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            const JsonValue child = it.value();
            if (child.isObject())
                visit(it.key(), child.toObject());
            forEachNode(child, visit, depth + 1);
        }
    }
}

// "x IS NOT NULL" as deparsed, without quotes or parentheses, in lower case.
QString normalizedCheck(QString expression)
{
    expression = expression.simplified().toLower();
    expression.remove(QLatin1Char('"'));
    while (expression.startsWith(QLatin1Char('(')) && expression.endsWith(QLatin1Char(')')))
        expression = expression.mid(1, expression.size() - 2).trimmed();
    return expression;
}

} // namespace

bool PgApplier::isExistingTable(const Table &table) const
{
    if (table.external)
        return true; // provided by the platform, with its rows
    if (table.persistence == Table::Persistence::Temporary)
        return false;
    return m_unit && table.origin.ordinal < m_unit->ordinal;
}

Op PgApplier::relationOperation(Op::Kind kind, const QualifiedName &name, LockMode lock)
{
    Op op;
    op.kind = kind;
    op.lock = lock;
    if (name.schema.isEmpty())
        op.flags |= Op::Unqualified;
    if (const Table *t = resolveTable(name, true)) {
        op.schema = t->schema;
        op.table = t->name;
        op.existingTable = isExistingTable(*t);
    } else if (const View *v = resolveView(name)) {
        op.schema = v->schema;
        op.table = v->name;
        op.existingTable = m_unit && v->origin.ordinal < m_unit->ordinal;
    } else {
        op.schema = name.schema;
        op.table = name.name;
    }
    return op;
}

bool PgApplier::isVolatileExpression(const JsonValue &expression) const
{
    bool isVolatile = false;
    forEachNode(expression, [&](const QString &key, const JsonObject &body) {
        if (isVolatile || key != QLatin1String("FuncCall"))
            return;
        const QStringList name = stringList(arr(body, "funcname"));
        if (name.isEmpty())
            return;
        const QString function = name.last().toLower();
        const auto declared = m_functionVolatility.constFind(function);
        if (declared != m_functionVolatility.cend()) {
            isVolatile = *declared == QLatin1String("v");
            return;
        }
        if (isVolatileBuiltin(function)) {
            isVolatile = true;
            return;
        }
        const int arity = nonVolatileBuiltinArity(function);
        const qsizetype arguments = arr(body, "args").size();
        // Unknown functions are VOLATILE (CREATE FUNCTION's default), and so is a call
        // PostgreSQL would not resolve to the built-in (now(123)).
        isVolatile = arity == -2 || (arity >= 0 && arguments != arity);
    });
    return isVolatile;
}

bool PgApplier::provenNotNull(const Table &table, const QString &column) const
{
    const QString wanted = column.toLower() + QLatin1String(" is not null");
    return std::any_of(table.checks.cbegin(), table.checks.cend(), [&](const CheckConstraint &c) {
        return c.validated && normalizedCheck(c.expression) == wanted;
    });
}

QList<Op> PgApplier::operationsOf(const QString &type, const JsonObject &node)
{
    QList<Op> ops;
    const auto add = [&](Op op) { ops.append(std::move(op)); };
    const auto simple = [&](Op::Kind kind, quint32 flags = 0, const QString &detail = {}) {
        Op op;
        op.kind = kind;
        op.flags = flags;
        op.detail = detail;
        add(op);
    };

    if (type == QLatin1String("CreateStmt") || type == QLatin1String("CreateForeignTableStmt")) {
        const JsonObject base = type == QLatin1String("CreateStmt") ? node : obj(node, "base");
        const JsonObject relation = obj(base, "relation");
        Op op = relationOperation(Op::Kind::CreateTable, qualifiedName(relation), LockMode::None);
        op.existingTable = false;
        if (flag(base, "if_not_exists"))
            op.flags |= Op::IfExists;
        if (str(relation, "relpersistence") == QLatin1String("t"))
            op.flags |= Op::Temporary;
        op.detail = str(base, "oncommit");
        add(op);
        // A partition attached by CREATE TABLE … PARTITION OF takes SHARE UPDATE EXCLUSIVE on
        // its parent.
        if (!obj(base, "partbound").isEmpty())
            for (const JsonValue &parent : arr(base, "inhRelations"))
                add(relationOperation(Op::Kind::AttachPartition,
                                      qualifiedName(obj(parent.toObject(), "RangeVar")),
                                      LockMode::ShareUpdateExclusive));
    } else if (type == QLatin1String("CreateTableAsStmt")) {
        const JsonObject rel = obj(obj(node, "into"), "rel");
        Op op = relationOperation(Op::Kind::CreateTableAs, qualifiedName(rel), LockMode::None);
        op.existingTable = false;
        if (flag(node, "if_not_exists"))
            op.flags |= Op::IfExists;
        if (str(rel, "relpersistence") == QLatin1String("t"))
            op.flags |= Op::Temporary;
        add(op);
    } else if (type == QLatin1String("SelectStmt") && node.contains(QLatin1String("intoClause"))) {
        Op op =
            relationOperation(Op::Kind::CreateTableAs,
                              qualifiedName(obj(obj(node, "intoClause"), "rel")), LockMode::None);
        op.existingTable = false;
        add(op);
    } else if (type == QLatin1String("AlterTableStmt")) {
        const QString objtype = str(node, "objtype");
        if (objtype.isEmpty() || objtype == QLatin1String("OBJECT_TABLE") ||
            objtype == QLatin1String("OBJECT_FOREIGN_TABLE"))
            alterTableOperations(node, ops);
        else
            simple(Op::Kind::Other, 0, objtype);
    } else if (type == QLatin1String("IndexStmt")) {
        const bool concurrent = flag(node, "concurrent");
        Op op = relationOperation(Op::Kind::CreateIndex, qualifiedName(obj(node, "relation")),
                                  concurrent ? LockMode::ShareUpdateExclusive : LockMode::Share);
        op.object = str(node, "idxname");
        op.flags |= (concurrent ? quint32(Op::Concurrently) : 0u) |
                    (flag(node, "unique") ? quint32(Op::Unique) : 0u) |
                    (flag(node, "if_not_exists") ? quint32(Op::IfExists) : 0u);
        // The key it builds, for index-recreated: "unique partial", "a,b".
        QStringList columns;
        for (const JsonValue &value : arr(node, "indexParams")) {
            const JsonObject elem = obj(value.toObject(), "IndexElem");
            const QString column = str(elem, "name");
            columns.append(column.isEmpty()
                               ? QStringLiteral("(") +
                                     figureIndexColname(elem.value(QLatin1String("expr"))) +
                                     QLatin1Char(')')
                               : column);
        }
        op.oldValue = columns.join(QLatin1Char(','));
        op.detail =
            QStringList{flag(node, "unique") ? QStringLiteral("unique") : QString(),
                        node.contains(QLatin1String("whereClause")) ? QStringLiteral("partial")
                                                                    : QString()}
                .join(QLatin1Char(' '))
                .trimmed();
        add(op);
    } else if (type == QLatin1String("DropStmt")) {
        const QString removeType = str(node, "removeType");
        const quint32 flags =
            (flag(node, "missing_ok") ? quint32(Op::IfExists) : 0u) |
            (flag(node, "concurrent") ? quint32(Op::Concurrently) : 0u) |
            (str(node, "behavior") == QLatin1String("DROP_CASCADE") ? quint32(Op::Cascade) : 0u);
        for (const JsonValue &value : arr(node, "objects")) {
            const JsonObject object = value.toObject();
            if (removeType == QLatin1String("OBJECT_TABLE") ||
                removeType == QLatin1String("OBJECT_FOREIGN_TABLE")) {
                Op op = relationOperation(Op::Kind::DropTable,
                                          nameFromList(arr(obj(object, "List"), "items")),
                                          LockMode::AccessExclusive);
                op.flags |= flags;
                add(op);
            } else if (removeType == QLatin1String("OBJECT_INDEX")) {
                const QualifiedName name = nameFromList(arr(obj(object, "List"), "items"));
                Op op;
                op.kind = Op::Kind::DropIndex;
                op.object = name.name;
                op.flags = flags | (name.schema.isEmpty() ? quint32(Op::Unqualified) : 0u);
                op.lock = flags & Op::Concurrently ? LockMode::ShareUpdateExclusive
                                                   : LockMode::AccessExclusive;
                for (Table &t : m_schema.tables) {
                    if ((!name.schema.isEmpty() && t.schema != name.schema) ||
                        (name.schema.isEmpty() && !m_searchPath.contains(t.schema)))
                        continue;
                    if (const Index *index = t.index(name.name)) {
                        op.schema = t.schema;
                        op.table = t.name;
                        op.existingTable = isExistingTable(t);
                        op.detail =
                            QStringList{index->unique ? QStringLiteral("unique") : QString(),
                                        index->predicate.isEmpty() ? QString()
                                                                   : QStringLiteral("partial")}
                                .join(QLatin1Char(' '))
                                .trimmed();
                        QStringList columns;
                        for (const IndexElement &e : index->elements)
                            columns.append(e.column.isEmpty() ? QStringLiteral("(expr)")
                                                              : e.column);
                        op.oldValue = columns.join(QLatin1Char(','));
                        break;
                    }
                }
                add(op);
            } else {
                Op op;
                op.kind = Op::Kind::DropObject;
                op.detail = removeType;
                op.flags = flags;
                add(op);
            }
        }
    } else if (type == QLatin1String("RenameStmt")) {
        const QString renameType = str(node, "renameType");
        const JsonObject relation = obj(node, "relation");
        if (renameType == QLatin1String("OBJECT_TABLE")) {
            Op op = relationOperation(Op::Kind::RenameTable, qualifiedName(relation),
                                      LockMode::AccessExclusive);
            op.detail = str(node, "newname");
            add(op);
        } else if (renameType == QLatin1String("OBJECT_COLUMN") && !relation.isEmpty()) {
            Op op = relationOperation(Op::Kind::RenameColumn, qualifiedName(relation),
                                      LockMode::AccessExclusive);
            op.object = str(node, "subname");
            op.detail = str(node, "newname");
            add(op);
        } else if (!relation.isEmpty()) {
            Op op = relationOperation(Op::Kind::AlterTable, qualifiedName(relation),
                                      renameType == QLatin1String("OBJECT_INDEX")
                                          ? LockMode::ShareUpdateExclusive
                                          : LockMode::AccessExclusive);
            op.detail = renameType;
            add(op);
        } else {
            simple(Op::Kind::Other, 0, renameType);
        }
    } else if (type == QLatin1String("ReindexStmt")) {
        const bool concurrent = hasOption(arr(node, "params"), "concurrently");
        const QString kind = str(node, "kind");
        const JsonObject relation = obj(node, "relation");
        Op op;
        if (!relation.isEmpty() && kind == QLatin1String("REINDEX_OBJECT_TABLE")) {
            op = relationOperation(Op::Kind::Reindex, qualifiedName(relation),
                                   LockMode::AccessExclusive);
        } else {
            op.kind = Op::Kind::Reindex;
            op.lock = LockMode::AccessExclusive;
            op.object = relation.isEmpty() ? str(node, "name") : str(relation, "relname");
            if (kind == QLatin1String("REINDEX_OBJECT_INDEX"))
                for (Table &t : m_schema.tables)
                    if (t.index(op.object)) {
                        op.schema = t.schema;
                        op.table = t.name;
                        op.existingTable = isExistingTable(t);
                        break;
                    }
        }
        if (concurrent) {
            op.flags |= Op::Concurrently;
            op.lock = LockMode::ShareUpdateExclusive;
        }
        op.detail = kind.mid(15).toLower(); // "table", "index", "schema", "database", "system"
        add(op);
    } else if (type == QLatin1String("VacuumStmt")) {
        if (!flag(node, "is_vacuumcmd")) {
            simple(Op::Kind::Other, 0, QStringLiteral("ANALYZE"));
        } else {
            const bool full = hasOption(arr(node, "options"), "full");
            const LockMode lock = full ? LockMode::AccessExclusive : LockMode::ShareUpdateExclusive;
            const JsonArray rels = arr(node, "rels");
            if (rels.isEmpty())
                simple(Op::Kind::Vacuum, full ? quint32(Op::Full) : 0u);
            for (const JsonValue &value : rels) {
                Op op = relationOperation(
                    Op::Kind::Vacuum,
                    qualifiedName(obj(obj(value.toObject(), "VacuumRelation"), "relation")), lock);
                op.flags |= full ? quint32(Op::Full) : 0u;
                add(op);
            }
        }
    } else if (type == QLatin1String("ClusterStmt")) {
        const JsonObject relation = obj(node, "relation");
        if (relation.isEmpty())
            simple(Op::Kind::Cluster);
        else
            add(relationOperation(Op::Kind::Cluster, qualifiedName(relation),
                                  LockMode::AccessExclusive));
    } else if (type == QLatin1String("TruncateStmt")) {
        const bool cascade = str(node, "behavior") == QLatin1String("DROP_CASCADE");
        for (const JsonValue &value : arr(node, "relations")) {
            Op op = relationOperation(Op::Kind::Truncate,
                                      qualifiedName(obj(value.toObject(), "RangeVar")),
                                      LockMode::AccessExclusive);
            op.flags |= cascade ? quint32(Op::Cascade) : 0u;
            add(op);
        }
    } else if (type == QLatin1String("LockStmt")) {
        const LockMode mode = lockModeFromNumber(integer(node, "mode", 8));
        for (const JsonValue &value : arr(node, "relations")) {
            Op op = relationOperation(Op::Kind::Lock,
                                      qualifiedName(obj(value.toObject(), "RangeVar")), mode);
            op.detail = lockModeName(mode);
            add(op);
        }
    } else if (type == QLatin1String("RefreshMatViewStmt")) {
        const bool concurrent = flag(node, "concurrent");
        Op op = relationOperation(Op::Kind::RefreshMaterializedView,
                                  qualifiedName(obj(node, "relation")),
                                  concurrent ? LockMode::Exclusive : LockMode::AccessExclusive);
        op.flags |= concurrent ? quint32(Op::Concurrently) : 0u;
        add(op);
    } else if (type == QLatin1String("InsertStmt") || type == QLatin1String("UpdateStmt") ||
               type == QLatin1String("DeleteStmt") || type == QLatin1String("MergeStmt")) {
        Op op = relationOperation(Op::Kind::Data, qualifiedName(obj(node, "relation")),
                                  LockMode::RowExclusive);
        // DELETE without WHERE leaves the table empty, like TRUNCATE.
        if (type == QLatin1String("DeleteStmt") && !node.contains(QLatin1String("whereClause")))
            op.detail = QStringLiteral("delete-all");
        add(op);
    } else if (type == QLatin1String("CopyStmt")) {
        add(relationOperation(Op::Kind::Data, qualifiedName(obj(node, "relation")),
                              flag(node, "is_from") ? LockMode::RowExclusive
                                                    : LockMode::AccessShare));
    } else if (type == QLatin1String("VariableSetStmt")) {
        Op op;
        op.kind = Op::Kind::Set;
        op.object = str(node, "name").toLower();
        QStringList values;
        for (const JsonValue &arg : arr(node, "args")) {
            const JsonObject c = obj(arg.toObject(), "A_Const");
            if (c.contains(QLatin1String("sval")))
                values.append(str(obj(c, "sval"), "sval"));
            else if (c.contains(QLatin1String("ival")))
                values.append(QString::number(integer(obj(c, "ival"), "ival")));
            else
                values.append(sqlText(arg));
        }
        op.detail = values.join(QStringLiteral(", "));
        if (str(node, "kind") != QLatin1String("VAR_SET_VALUE"))
            op.detail.clear(); // RESET / SET … TO DEFAULT
        op.flags |= flag(node, "is_local") ? quint32(Op::Local) : 0u;
        add(op);
    } else if (type == QLatin1String("TransactionStmt")) {
        const QString kind = str(node, "kind");
        if (kind == QLatin1String("TRANS_STMT_BEGIN") || kind == QLatin1String("TRANS_STMT_START"))
            simple(Op::Kind::Begin);
        else if (kind == QLatin1String("TRANS_STMT_COMMIT") ||
                 kind == QLatin1String("TRANS_STMT_COMMIT_PREPARED"))
            simple(Op::Kind::Commit);
        else if (kind == QLatin1String("TRANS_STMT_ROLLBACK") ||
                 kind == QLatin1String("TRANS_STMT_ROLLBACK_PREPARED"))
            simple(Op::Kind::Rollback);
        else if (kind == QLatin1String("TRANS_STMT_PREPARE"))
            simple(Op::Kind::Commit, 0, QStringLiteral("PREPARE TRANSACTION"));
        else
            simple(Op::Kind::Savepoint, 0, kind);
    } else if (type == QLatin1String("CreateDomainStmt")) {
        bool check = false;
        for (const JsonValue &value : arr(node, "constraints"))
            check = check || str(obj(value.toObject(), "Constraint"), "contype") ==
                                 QLatin1String("CONSTR_CHECK");
        Op op;
        op.kind = Op::Kind::CreateDomain;
        op.object = nameFromList(arr(node, "domainname")).name;
        op.flags = check ? quint32(Op::WithCheck) : 0u;
        add(op);
    } else if (type == QLatin1String("AlterDomainStmt")) {
        Op op;
        op.kind = Op::Kind::AlterDomain;
        op.object = nameFromList(arr(node, "typeName")).name;
        op.detail = str(node, "subtype");
        if (op.detail == QLatin1String("C"))
            op.flags |= Op::WithCheck;
        add(op);
    } else if (type == QLatin1String("AlterEnumStmt")) {
        Op op;
        op.kind = str(node, "newVal").isEmpty() || !str(node, "oldVal").isEmpty()
                      ? Op::Kind::Other
                      : Op::Kind::AddEnumValue;
        op.object = nameFromList(arr(node, "typeName")).name;
        op.detail = str(node, "newVal");
        op.flags = (str(node, "newValNeighbor").isEmpty() ? 0u : quint32(Op::Ordered)) |
                   (flag(node, "skipIfNewValExists") ? quint32(Op::IfExists) : 0u);
        add(op);
    } else if (type == QLatin1String("CommentStmt")) {
        const QString objtype = str(node, "objtype");
        QStringList names = stringList(arr(obj(obj(node, "object"), "List"), "items"));
        if (objtype == QLatin1String("OBJECT_COLUMN") && !names.isEmpty())
            names.removeLast();
        if ((objtype == QLatin1String("OBJECT_TABLE") ||
             objtype == QLatin1String("OBJECT_COLUMN")) &&
            !names.isEmpty()) {
            QualifiedName name;
            name.name = names.takeLast();
            if (!names.isEmpty())
                name.schema = names.takeLast();
            add(relationOperation(Op::Kind::Comment, name, LockMode::ShareUpdateExclusive));
        } else {
            simple(Op::Kind::Comment);
        }
    } else if (type == QLatin1String("DropdbStmt")) {
        simple(Op::Kind::DropDatabase, flag(node, "missing_ok") ? quint32(Op::IfExists) : 0u,
               str(node, "dbname"));
    } else if (type == QLatin1String("CreateTrigStmt")) {
        Op op = relationOperation(Op::Kind::CreateObject, qualifiedName(obj(node, "relation")),
                                  LockMode::ShareRowExclusive);
        op.detail = QStringLiteral("trigger");
        op.flags |= flag(node, "replace") ? quint32(Op::IfExists) : 0u;
        add(op);
    } else if (type == QLatin1String("CreatePolicyStmt") ||
               type == QLatin1String("AlterPolicyStmt")) {
        Op op = relationOperation(Op::Kind::CreateObject, qualifiedName(obj(node, "table")),
                                  LockMode::AccessExclusive);
        op.detail = QStringLiteral("policy");
        add(op);
    } else if (type == QLatin1String("ViewStmt") || type == QLatin1String("CreateFunctionStmt")) {
        simple(Op::Kind::CreateObject, flag(node, "replace") ? quint32(Op::IfExists) : 0u, type);
    } else if (type == QLatin1String("CreateSchemaStmt") ||
               type == QLatin1String("CreateSeqStmt") ||
               type == QLatin1String("CreateExtensionStmt")) {
        simple(Op::Kind::CreateObject, flag(node, "if_not_exists") ? quint32(Op::IfExists) : 0u,
               type);
    } else if (type == QLatin1String("CreateEnumStmt") ||
               type == QLatin1String("CompositeTypeStmt") ||
               type == QLatin1String("CreateRangeStmt") || type == QLatin1String("DefineStmt")) {
        simple(Op::Kind::CreateObject, flag(node, "if_not_exists") ? quint32(Op::IfExists) : 0u,
               type);
    } else if (type == QLatin1String("AlterObjectSchemaStmt")) {
        const JsonObject relation = obj(node, "relation");
        if (!relation.isEmpty())
            add(relationOperation(Op::Kind::AlterTable, qualifiedName(relation),
                                  LockMode::AccessExclusive));
        else
            simple(Op::Kind::Other, 0, type);
    } else if (type == QLatin1String("DoStmt")) {
        // Its statements add their operations as they run (applyStatement).
    } else {
        simple(Op::Kind::Other, 0, type);
    }
    return ops;
}

void PgApplier::alterTableOperations(const JsonObject &node, QList<Op> &ops)
{
    const QualifiedName name = qualifiedName(obj(node, "relation"));
    const bool missingOk = flag(node, "missing_ok");
    const Table *table = resolveTable(name, true);
    for (const JsonValue &value : arr(node, "cmds")) {
        const JsonObject cmd = obj(value.toObject(), "AlterTableCmd");
        const QString subtype = str(cmd, "subtype");
        Op op = relationOperation(Op::Kind::AlterTable, name, alterTableLock(subtype, cmd));
        op.object = str(cmd, "name");
        op.detail = subtype;
        if (missingOk || flag(cmd, "missing_ok"))
            op.flags |= Op::IfExists;
        if (str(cmd, "behavior") == QLatin1String("DROP_CASCADE"))
            op.flags |= Op::Cascade;
        const Column *column = table && !op.object.isEmpty() ? table->column(op.object) : nullptr;

        if (subtype == QLatin1String("AT_AddColumn") ||
            subtype == QLatin1String("AT_AddColumnRecurse")) {
            const JsonObject def = obj(obj(cmd, "def"), "ColumnDef");
            op.kind = Op::Kind::AddColumn;
            op.object = str(def, "colname");
            const JsonObject typeName = obj(def, "typeName");
            op.detail = typeName.isEmpty() ? QString() : formatType(typeName);
            if (!typeName.isEmpty() && isSerialType(typeName))
                op.flags |= Op::Serial | Op::HasDefault | Op::VolatileDefault | Op::NotNull;
            QList<Op> constraints;
            for (const JsonValue &cv : arr(def, "constraints")) {
                const JsonObject c = obj(cv.toObject(), "Constraint");
                const QString contype = str(c, "contype");
                if (contype == QLatin1String("CONSTR_NOTNULL")) {
                    op.flags |= Op::NotNull;
                } else if (contype == QLatin1String("CONSTR_DEFAULT")) {
                    op.flags |= Op::HasDefault;
                    const JsonValue expr = c.value(QLatin1String("raw_expr"));
                    // DEFAULT NULL stores no default at all.
                    const bool isNull =
                        obj(expr.toObject(), "A_Const").contains(QLatin1String("isnull"));
                    if (isNull)
                        op.flags &= ~quint32(Op::HasDefault);
                    else if (isVolatileExpression(expr))
                        op.flags |= Op::VolatileDefault;
                } else if (contype == QLatin1String("CONSTR_IDENTITY")) {
                    // Identity values come from a sequence: every row gets its own.
                    op.flags |= Op::HasDefault | Op::NotNull | Op::VolatileDefault;
                } else if (contype == QLatin1String("CONSTR_GENERATED")) {
                    op.flags |= Op::HasDefault | Op::GeneratedStored;
                } else if (contype == QLatin1String("CONSTR_PRIMARY") ||
                           contype == QLatin1String("CONSTR_UNIQUE") ||
                           contype == QLatin1String("CONSTR_FOREIGN") ||
                           contype == QLatin1String("CONSTR_CHECK")) {
                    if (contype == QLatin1String("CONSTR_PRIMARY"))
                        op.flags |= Op::NotNull;
                    Op constraint = op;
                    constraint.kind = Op::Kind::AddConstraint;
                    constraint.flags = (flag(c, "skip_validation") ? quint32(Op::NotValid) : 0u) |
                                       (op.flags & Op::Unqualified);
                    constraint.object = str(c, "conname");
                    constraint.detail = constraintKind(contype);
                    constraint.oldValue = op.object; // the column it sits on
                    constraint.lock = contype == QLatin1String("CONSTR_FOREIGN")
                                          ? LockMode::ShareRowExclusive
                                          : LockMode::AccessExclusive;
                    constraints.append(constraint);
                }
            }
            ops.append(op);
            ops += constraints;
            continue;
        }
        if (subtype == QLatin1String("AT_AddConstraint") ||
            subtype == QLatin1String("AT_AddConstraintRecurse")) {
            const JsonObject c = obj(obj(cmd, "def"), "Constraint");
            op.kind = Op::Kind::AddConstraint;
            op.object = str(c, "conname");
            op.detail = constraintKind(str(c, "contype"));
            op.oldValue = stringList(arr(c, "keys")).join(QLatin1Char(','));
            if (op.oldValue.isEmpty()) // a foreign key names its columns in fk_attrs
                op.oldValue = stringList(arr(c, "fk_attrs")).join(QLatin1Char(','));
            if (flag(c, "skip_validation"))
                op.flags |= Op::NotValid;
            if (!str(c, "indexname").isEmpty())
                op.flags |= Op::UsingIndex;
        } else if (subtype == QLatin1String("AT_ValidateConstraint")) {
            op.kind = Op::Kind::ValidateConstraint;
        } else if (subtype == QLatin1String("AT_DropConstraint") ||
                   subtype == QLatin1String("AT_DropConstraintRecurse")) {
            op.kind = Op::Kind::DropConstraint;
            // The key it removes, for index-recreated.
            if (table && table->primaryKey && table->primaryKey->name == op.object) {
                op.detail = QStringLiteral("primary");
                op.oldValue = table->primaryKey->columns.join(QLatin1Char(','));
            }
            if (table)
                for (const KeyConstraint &k : table->uniques)
                    if (k.name == op.object) {
                        op.detail = QStringLiteral("unique");
                        op.oldValue = k.columns.join(QLatin1Char(','));
                    }
        } else if (subtype == QLatin1String("AT_DropColumn") ||
                   subtype == QLatin1String("AT_DropColumnRecurse")) {
            op.kind = Op::Kind::DropColumn;
        } else if (subtype == QLatin1String("AT_AlterColumnType")) {
            op.kind = Op::Kind::AlterColumnType;
            op.oldValue = column ? column->type : QString();
            op.detail = formatType(obj(obj(obj(cmd, "def"), "ColumnDef"), "typeName"));
        } else if (subtype == QLatin1String("AT_SetNotNull")) {
            op.kind = Op::Kind::SetNotNull;
            if (column && !column->nullable)
                op.detail = QStringLiteral("already");
            if (table && provenNotNull(*table, op.object))
                op.flags |= Op::ProvenNotNull;
        } else if (subtype == QLatin1String("AT_DropNotNull")) {
            op.kind = Op::Kind::DropNotNull;
            // A column that already takes NULL: nothing changes for its readers.
            if (column && column->nullable)
                op.detail = QStringLiteral("already");
        } else if (subtype == QLatin1String("AT_AttachPartition")) {
            op.kind = Op::Kind::AttachPartition;
            op.object = str(obj(obj(obj(cmd, "def"), "PartitionCmd"), "name"), "relname");
        } else if (subtype == QLatin1String("AT_DetachPartition") ||
                   subtype == QLatin1String("AT_DetachPartitionFinalize")) {
            const JsonObject partition = obj(obj(cmd, "def"), "PartitionCmd");
            op.kind = Op::Kind::DetachPartition;
            op.object = str(obj(partition, "name"), "relname");
            if (flag(partition, "concurrent"))
                op.flags |= Op::Concurrently;
            if (subtype == QLatin1String("AT_DetachPartitionFinalize"))
                op.flags |= Op::Finalize;
        }
        ops.append(op);
    }
}

} // namespace schemalens::load::pg
