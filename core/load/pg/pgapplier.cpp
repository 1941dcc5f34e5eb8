#include "core/load/pg/pgapplier.h"

#include "core/load/bookkeeping.h"

#include "core/load/pg/pgexpr.h"
#include "core/load/pg/pgjson.h"
#include "core/load/pg/pgnodes.h"

#include <QCoreApplication>

namespace schemalens::load::pg {

using namespace schemalens::model;

namespace {

QString key(const QString &schema, const QString &name)
{
    return schema + QChar(0x1f) + name;
}

// Statements that change nothing a schema diagram shows; counted as skipped.
bool isIgnoredStatement(const QString &type)
{
    static const QSet<QString> ignored{
        QStringLiteral("TransactionStmt"),
        QStringLiteral("GrantStmt"),
        QStringLiteral("GrantRoleStmt"),
        QStringLiteral("InsertStmt"),
        QStringLiteral("UpdateStmt"),
        QStringLiteral("DeleteStmt"),
        QStringLiteral("CopyStmt"),
        QStringLiteral("SelectStmt"),
        QStringLiteral("AlterOwnerStmt"),
        QStringLiteral("CreateRoleStmt"),
        QStringLiteral("AlterRoleStmt"),
        QStringLiteral("AlterRoleSetStmt"),
        QStringLiteral("DropRoleStmt"),
        QStringLiteral("AlterDefaultPrivilegesStmt"),
        QStringLiteral("CreateEventTrigStmt"),
        QStringLiteral("AlterEventTrigStmt"),
        QStringLiteral("CreatedbStmt"),
        QStringLiteral("DropdbStmt"),
        QStringLiteral("AlterDatabaseStmt"),
        QStringLiteral("AlterDatabaseSetStmt"),
        QStringLiteral("VariableSetStmt"),
        QStringLiteral("VariableShowStmt"),
        QStringLiteral("RuleStmt"),
        QStringLiteral("LockStmt"),
        QStringLiteral("VacuumStmt"),
        QStringLiteral("ExplainStmt"),
        QStringLiteral("RefreshMatViewStmt"),
        QStringLiteral("NotifyStmt"),
        QStringLiteral("CallStmt"),
        QStringLiteral("MergeStmt"),
        QStringLiteral("TruncateStmt"),
        QStringLiteral("ReindexStmt"),
        QStringLiteral("ClusterStmt"),
        QStringLiteral("CheckPointStmt"),
        QStringLiteral("DiscardStmt"),
        QStringLiteral("ConstraintsSetStmt"),
        QStringLiteral("CreatePublicationStmt"),
        QStringLiteral("AlterPublicationStmt"),
        QStringLiteral("CreateSubscriptionStmt"),
        QStringLiteral("SecLabelStmt"),
        QStringLiteral("AlterSystemStmt"),
        QStringLiteral("CreateCastStmt"),
        QStringLiteral("CreateOpClassStmt"),
        QStringLiteral("CreateOpFamilyStmt"),
        QStringLiteral("AlterOpFamilyStmt"),
        QStringLiteral("DefineStmt"),
        QStringLiteral("CreateConversionStmt"),
        QStringLiteral("CreateTransformStmt"),
        QStringLiteral("CreatePLangStmt"),
        QStringLiteral("AlterExtensionStmt"),
        QStringLiteral("AlterExtensionContentsStmt"),
        QStringLiteral("CreateFdwStmt"),
        QStringLiteral("CreateForeignServerStmt"),
        QStringLiteral("CreateUserMappingStmt"),
        QStringLiteral("ImportForeignSchemaStmt"),
        QStringLiteral("AlterFunctionStmt"),
        QStringLiteral("AlterSeqStmt"),
        QStringLiteral("AlterDomainStmt"),
        QStringLiteral("AlterTypeStmt"),
        QStringLiteral("CreateStatsStmt"),
        QStringLiteral("AlterTableSpaceOptionsStmt"),
        QStringLiteral("CreateTableSpaceStmt"),
        QStringLiteral("AlterCollationStmt"),
        QStringLiteral("DeallocateStmt"),
        QStringLiteral("PrepareStmt"),
        QStringLiteral("ExecuteStmt"),
        QStringLiteral("DeclareCursorStmt"),
        QStringLiteral("ClosePortalStmt"),
        QStringLiteral("FetchStmt"),
        QStringLiteral("ListenStmt"),
        QStringLiteral("UnlistenStmt"),
        QStringLiteral("LoadStmt"),
        QStringLiteral("DropOwnedStmt"),
        QStringLiteral("ReassignOwnedStmt"),
        QStringLiteral("AlterObjectDependsStmt"),
        QStringLiteral("CreateAmStmt"),
        QStringLiteral("AlterTSConfigurationStmt"),
        QStringLiteral("AlterTSDictionaryStmt"),
        QStringLiteral("DropUserMappingStmt"),
        QStringLiteral("AlterOperatorStmt"),
        QStringLiteral("AlterStatsStmt"),
        QStringLiteral("AlterForeignServerStmt"),
        QStringLiteral("AlterFdwStmt"),
        QStringLiteral("AlterUserMappingStmt"),
        QStringLiteral("AlterSubscriptionStmt"),
        QStringLiteral("DropSubscriptionStmt"),
        QStringLiteral("DropTableSpaceStmt"),
        QStringLiteral("ReplicaIdentityStmt"),
    };
    return ignored.contains(type);
}

} // namespace

PgApplier::PgApplier(LoadResult &result)
    : m_result(result)
    , m_schema(result.schema)
{
    // A fresh PostgreSQL database has the public schema.
    Namespace publicSchema;
    publicSchema.name = QStringLiteral("public");
    m_schema.namespaces.append(publicSchema);
    rebuildLookups();
}

void PgApplier::applyUnit(const MigrationUnit &unit)
{
    m_unit = &unit;
    m_text.emplace(unit.sql);
    m_result.stats.bytes += unit.sql.size();
    m_policy = transactionPolicy(m_result.source.layout, unit, m_transactionOverride);
    using Mode = TransactionPolicy::Mode;
    if (m_policy.mode == Mode::Detect || m_policy.mode == Mode::Implicit) {
        // Whether the tool (or PostgreSQL) opens a transaction depends on the whole file:
        // parse it first (migration files are small; dumps run statement by statement).
        QList<ParsedStatement> statements = parseScript(unit.sql);
        startUnitTransaction(statements);
        for (ParsedStatement &statement : statements)
            applyParsed(statement, 0, false);
    } else {
        startUnitTransaction({});
        applyStatements(unit.sql, 0, false);
    }
    finishUnitTransaction();
    // Each migration runs in its own session: its temporary tables end with it.
    if (m_schema.tables.removeIf(
            [](const Table &t) { return t.persistence == Table::Persistence::Temporary; }) > 0)
        rebuildLookups();
    m_unit = nullptr;
}

void PgApplier::applyStatements(const QByteArray &sql, qsizetype baseOffset, bool suppressErrors)
{
    ScriptParser parser(sql);
    while (!parser.atEnd()) {
        QList<ParsedStatement> batch = parser.next(2048);
        for (ParsedStatement &statement : batch)
            applyParsed(statement, baseOffset, suppressErrors);
    }
}

void PgApplier::applyParsed(ParsedStatement &statement, qsizetype baseOffset, bool suppressErrors)
{
    statement.offset += baseOffset;
    statement.parseOffset += baseOffset;
    if (statement.errorOffset >= 0)
        statement.errorOffset += baseOffset;
    if (!statement.error.isEmpty()) {
        ++m_result.stats.statements;
        if (suppressErrors)
            return;
        Diagnostic d;
        d.rule = QStringLiteral("parse-error");
        d.message = statement.error;
        d.location = Origin{m_unit->path, m_text->line(statement.errorOffset),
                            m_text->column(statement.errorOffset), m_unit->ordinal};
        m_result.diagnostics.append(d);
        return;
    }
    if (suppressErrors) {
        // Inside a guarded DO block: a failure is what the guard or handler expects.
        const qsizetype before = m_result.diagnostics.size();
        applyStatement(statement);
        m_result.diagnostics.resize(before);
    } else {
        applyStatement(statement);
    }
}

bool PgApplier::runStatement(const ParsedStatement &statement)
{
    ++m_result.stats.statements;
    m_statementOffset = statement.offset;
    m_parseOffset = statement.parseOffset;
    m_statementEnd = statement.parseOffset + statement.length;
    m_statementType = statement.nodeType;
    m_source = statement.source;
    m_pendingChanges.clear();
    m_changed = false;

    // Copying the whole model per statement would cost O(tables) each time. Instead the
    // handlers check everything PostgreSQL checks before they change the model; only ALTER
    // TABLE, whose sub-commands apply one after another, snapshots its one table.
    m_tableSnapshot.reset();
    // Handlers hold Table references while they resolve others, and resolving may append an
    // external stub: spare capacity keeps those references valid for the whole statement
    // (externalTable() refuses to grow the list).
    if (m_schema.tables.capacity() - m_schema.tables.size() < kExternalTablesPerStatement)
        m_schema.tables.reserve(m_schema.tables.size() * 2 + kExternalTablesPerStatement);
    // Creating handlers only append to these lists; on failure they are cut back.
    const qsizetype sequences = m_schema.sequences.size();
    const qsizetype enums = m_schema.enums.size();
    const qsizetype otherTypes = m_schema.otherTypes.size();
    const qsizetype views = m_schema.views.size();
    const qsizetype namespaces = m_schema.namespaces.size();
    try {
        if (m_statementDepth == 1)
            checkTransactionBlock(statement.nodeType, statement.node);
        checkDuplicateAssignments(statement.nodeType, statement.node);
        const bool handled = dispatch(statement.nodeType, statement.node);
        if (!handled) {
            skip(statement.nodeType);
            return true;
        }
        for (Change &c : m_pendingChanges) {
            c.statement = int(m_currentStatement);
            m_schema.history.record(std::move(c));
        }
        m_pendingChanges.clear();
        ++m_result.stats.applied;
    } catch (const StatementError &error) {
        if (m_tableSnapshot) {
            if (Table *t = findTable(m_tableSnapshot->schema, m_tableSnapshot->name))
                *t = *m_tableSnapshot;
            m_tableSnapshot.reset();
        }
        m_schema.sequences.resize(qMin(sequences, m_schema.sequences.size()));
        m_schema.enums.resize(qMin(enums, m_schema.enums.size()));
        m_schema.otherTypes.resize(qMin(otherTypes, m_schema.otherTypes.size()));
        m_schema.views.resize(qMin(views, m_schema.views.size()));
        m_schema.namespaces.resize(qMin(namespaces, m_schema.namespaces.size()));
        rebuildLookups();
        Diagnostic d;
        d.rule = QStringLiteral("migration-error");
        d.message = error.message;
        const Origin where = originAt(error.location);
        d.location = where;
        m_result.diagnostics.append(d);
        return false;
    }
    return true;
}

bool PgApplier::dispatch(const QString &type, const JsonObject &node)
{
    // clang-format off
    if (type == QLatin1String("CreateStmt")) { createTable(node); return true; }
    if (type == QLatin1String("AlterTableStmt")) { alterTable(node); return true; }
    if (type == QLatin1String("IndexStmt")) { createIndex(node); return true; }
    if (type == QLatin1String("DropStmt")) { drop(node); return true; }
    if (type == QLatin1String("RenameStmt")) { rename(node); return true; }
    if (type == QLatin1String("AlterObjectSchemaStmt")) { setSchema(node); return true; }
    if (type == QLatin1String("CreateEnumStmt")) { createEnum(node); return true; }
    if (type == QLatin1String("AlterEnumStmt")) { alterEnum(node); return true; }
    if (type == QLatin1String("CompositeTypeStmt")) { createCompositeType(node); return true; }
    if (type == QLatin1String("CreateRangeStmt")) {
        createRange(node);
        return true;
    }
    if (type == QLatin1String("AlterSeqStmt")) {
        alterSequence(node);
        return true;
    }
    if (type == QLatin1String("CreateDomainStmt")) { createDomain(node); return true; }
    if (type == QLatin1String("ViewStmt")) { createView(node); return true; }
    if (type == QLatin1String("CreateTableAsStmt")) { createTableAs(node); return true; }
    if (type == QLatin1String("CreateSchemaStmt")) { createSchema(node); return true; }
    if (type == QLatin1String("CreateFunctionStmt")) { createFunction(node); return true; }
    if (type == QLatin1String("CreateTrigStmt")) { createTrigger(node); return true; }
    if (type == QLatin1String("CreatePolicyStmt")) { createPolicy(node); return true; }
    if (type == QLatin1String("AlterPolicyStmt")) { alterPolicy(node); return true; }
    if (type == QLatin1String("CreateSeqStmt")) { createSequence(node); return true; }
    if (type == QLatin1String("CreateExtensionStmt")) { createExtension(node); return true; }
    if (type == QLatin1String("CommentStmt")) { comment(node); return true; }
    if (type == QLatin1String("DoStmt")) { applyDo(node); return true; }
    if (type == QLatin1String("VariableSetStmt")) return setVariable(node);
    if (type == QLatin1String("SelectStmt")) return selectSetConfig(node);
    if (type == QLatin1String("CreateForeignTableStmt")) {
        createTable(obj(node, "base"));
        return true;
    }
    // clang-format on
    return false;
}

void PgApplier::skip(const QString &type)
{
    // Data, privileges, sessions and the like change nothing the model holds; anything else
    // that is skipped is a statement kind the loader does not understand yet, counted apart
    // so that users (and we) see what the model may be missing.
    const QString kind = type.isEmpty() ? QStringLiteral("unknown") : type;
    if (isIgnoredStatement(kind))
        ++m_result.stats.skipped[kind];
    else
        ++m_result.stats.unsupported[kind];
}

void PgApplier::ignore(const QString &type)
{
    ++m_result.stats.skipped[type];
}

Origin PgApplier::originAt(qsizetype relativeLocation) const
{
    const qsizetype offset =
        relativeLocation < 0 ? m_statementOffset : m_parseOffset + relativeLocation;
    if (!m_unit)
        return {};
    return Origin{m_unit->path, m_text->line(offset), m_text->column(offset), m_unit->ordinal};
}

QString PgApplier::sqlText(const JsonValue &expression) const
{
    return deparseExpr(expression, m_source);
}

QString PgApplier::statementText() const
{
    return QString::fromUtf8(
               m_text->text().mid(m_statementOffset, m_statementEnd - m_statementOffset))
        .trimmed();
}

void PgApplier::fail(const QString &message, qsizetype location) const
{
    throw StatementError{message, location};
}

void PgApplier::notice(const QString &) const
{
    // PostgreSQL only prints a NOTICE (IF NOT EXISTS on an existing object): nothing to
    // report as a finding.
}

void PgApplier::record(Change change)
{
    if (!change.origin.isValid())
        change.origin = statementOrigin();
    m_pendingChanges.append(std::move(change));
}

void PgApplier::record(Change::Kind kind, const QString &schema, const QString &table,
                       const QString &object, const QString &oldValue, const QString &newValue)
{
    Change change;
    change.kind = kind;
    change.schema = schema;
    change.table = table;
    change.object = object;
    change.oldValue = oldValue;
    change.newValue = newValue;
    record(std::move(change));
}

QualifiedName PgApplier::qualifiedName(const JsonObject &rangeVar) const
{
    return QualifiedName{str(rangeVar, "schemaname"), str(rangeVar, "relname")};
}

QualifiedName PgApplier::nameFromList(const JsonArray &names) const
{
    QStringList parts = stringList(names);
    if (parts.isEmpty())
        return {};
    QualifiedName q;
    q.name = parts.takeLast();
    if (!parts.isEmpty())
        q.schema = parts.takeLast();
    return q;
}

bool PgApplier::assumeExternalSchema(const QString &schema)
{
    if (schema.isEmpty() || m_schema.hasNamespace(schema) || m_droppedSchemas.contains(schema))
        return m_schema.hasNamespace(schema);
    Namespace ns;
    ns.name = schema;
    ns.external = true;
    ns.origin = statementOrigin();
    m_schema.namespaces.append(ns);
    Diagnostic d;
    d.rule = QStringLiteral("source-warning");
    d.severity = Diagnostic::Severity::Info;
    d.message = QCoreApplication::translate(
                    "schemalens", "schema \"%1\" is used but not created by this source; assumed "
                                  "to exist (created by the platform or by hand)")
                    .arg(schema);
    d.location = statementOrigin();
    m_result.diagnostics.append(d);
    return true;
}

Table *PgApplier::externalTable(const QualifiedName &name)
{
    // Only names in a schema the source never creates itself: a missing table in one of
    // the source's own schemas is a real error.
    if (name.schema.isEmpty() || name.schema == QLatin1String("public"))
        return nullptr;
    const auto ns = std::find_if(m_schema.namespaces.cbegin(), m_schema.namespaces.cend(),
                                 [&](const Namespace &n) { return n.name == name.schema; });
    if (ns != m_schema.namespaces.cend() && !ns->external)
        return nullptr;
    if (ns == m_schema.namespaces.cend() && !assumeExternalSchema(name.schema))
        return nullptr;
    if (m_schema.tables.size() >= m_schema.tables.capacity())
        return nullptr; // would move the tables that callers hold references to
    Table stub;
    stub.schema = name.schema;
    stub.name = name.name;
    stub.external = true;
    stub.origin = statementOrigin();
    stub.lastChange = stub.origin;
    m_schema.tables.append(stub);
    indexTable(m_schema.tables.size() - 1);
    Diagnostic d;
    d.rule = QStringLiteral("source-warning");
    d.severity = Diagnostic::Severity::Info;
    d.message = QCoreApplication::translate(
                    "schemalens", "table %1.%2 is referenced but not created by this source; "
                                  "shown as an external table")
                    .arg(name.schema, name.name);
    d.location = statementOrigin();
    m_result.diagnostics.append(d);
    return &m_schema.tables.last();
}

Table *PgApplier::bookkeepingTable(const QualifiedName &name)
{
    const QList<BookkeepingTable> &tables = m_result.source.bookkeeping;
    if (tables.isEmpty())
        return nullptr;
    // An unqualified name would be created in the first schema of search_path that exists.
    QString defaultSchema;
    for (const QString &schema : m_searchPath) {
        if (m_schema.hasNamespace(schema)) {
            defaultSchema = schema;
            break;
        }
    }
    const BookkeepingTable *entry =
        findBookkeepingTable(tables, name.schema, name.name, defaultSchema);
    if (!entry)
        return nullptr;
    const QString schema = entry->schema.isEmpty() ? defaultSchema : entry->schema;
    if (schema.isEmpty() || m_droppedSchemas.contains(schema))
        return nullptr;
    if (Table *existing = findTable(schema, entry->name))
        return existing;
    if (m_schema.tables.size() >= m_schema.tables.capacity())
        return nullptr; // would move the tables that callers hold references to
    if (!m_schema.hasNamespace(schema)) {
        Namespace ns;
        ns.name = schema;
        ns.external = true;
        ns.origin = statementOrigin();
        m_schema.namespaces.append(ns);
    }
    Table stub;
    stub.schema = schema;
    stub.name = entry->name;
    stub.external = true;
    stub.origin = statementOrigin();
    stub.lastChange = stub.origin;
    for (const BookkeepingColumn &c : entry->columns) {
        Column column;
        column.name = c.name;
        column.type = c.type;
        column.nullable = !c.notNull;
        column.origin = stub.origin;
        stub.columns.append(column);
    }
    if (!entry->primaryKey.isEmpty()) {
        KeyConstraint key;
        key.name = entry->name + QLatin1String("_pkey");
        key.columns = entry->primaryKey;
        key.origin = stub.origin;
        stub.primaryKey = key;
    }
    m_schema.tables.append(stub);
    indexTable(m_schema.tables.size() - 1);
    Diagnostic d;
    d.rule = QStringLiteral("source-warning");
    d.severity = Diagnostic::Severity::Info;
    d.message = QCoreApplication::translate(
                    "schemalens", "table %1.%2 is %3's own bookkeeping table, created by the tool "
                                  "before the first migration; shown as an external table")
                    .arg(schema, entry->name, entry->tool);
    d.location = statementOrigin();
    m_result.diagnostics.append(d);
    return &m_schema.tables.last();
}

void PgApplier::completeExternalTable(Table &stub, QStringList &refColumns,
                                      const Table &referencing, const QStringList &columns)
{
    if (refColumns.isEmpty())
        refColumns = stub.primaryKey ? stub.primaryKey->columns : QStringList{QStringLiteral("id")};
    for (qsizetype i = 0; i < refColumns.size(); ++i) {
        if (stub.column(refColumns.at(i)))
            continue;
        Column c;
        c.name = refColumns.at(i);
        const Column *source = referencing.column(columns.value(i));
        c.type = source ? source->type : QString();
        c.nullable = false;
        c.origin = statementOrigin();
        stub.columns.append(c);
    }
    if (hasUniqueKey(stub, refColumns))
        return;
    KeyConstraint key;
    key.columns = refColumns;
    key.origin = statementOrigin();
    if (!stub.primaryKey) {
        key.name = stub.name + QLatin1String("_pkey");
        stub.primaryKey = key;
    } else {
        key.name = stub.name + QLatin1Char('_') + refColumns.join(QLatin1Char('_')) +
                   QLatin1String("_key");
        stub.uniques.append(key);
    }
}

QString PgApplier::creationSchema(const QString &written)
{
    if (!written.isEmpty()) {
        if (!m_schema.hasNamespace(written) && !assumeExternalSchema(written))
            fail(QCoreApplication::translate("schemalens", "schema \"%1\" does not exist")
                     .arg(written));
        return written;
    }
    for (const QString &candidate : m_searchPath)
        if (m_schema.hasNamespace(candidate))
            return candidate;
    fail(QCoreApplication::translate("schemalens", "no schema has been selected to create in"));
}

Table *PgApplier::findTable(const QString &schema, const QString &name)
{
    const auto it = m_tableIndex.constFind(key(schema, name));
    return it == m_tableIndex.constEnd() ? nullptr : &m_schema.tables[*it];
}

Table *PgApplier::resolveTable(const QualifiedName &name, bool missingOk)
{
    if (!name.schema.isEmpty()) {
        if (Table *t = findTable(name.schema, name.name))
            return t;
        if (!missingOk) {
            if (Table *t = bookkeepingTable(name))
                return t;
            if (Table *t = externalTable(name))
                return t;
        }
    } else {
        // The session's temporary schema is searched first, implicitly.
        if (Table *t = findTable(QStringLiteral("pg_temp"), name.name))
            return t;
        for (const QString &schema : m_searchPath)
            if (Table *t = findTable(schema, name.name))
                return t;
        if (!missingOk)
            if (Table *t = bookkeepingTable(name))
                return t;
    }
    if (!missingOk)
        fail(QCoreApplication::translate("schemalens", "relation \"%1\" does not exist")
                 .arg(name.schema.isEmpty() ? name.name
                                            : name.schema + QLatin1Char('.') + name.name));
    return nullptr;
}

Table *PgApplier::resolveTable(const JsonObject &rangeVar, bool missingOk)
{
    const QualifiedName name = qualifiedName(rangeVar);
    Table *t = resolveTable(name, true);
    if (!t && !missingOk)
        t = bookkeepingTable(name);
    if (!t && !missingOk)
        t = externalTable(name);
    if (!t && !missingOk)
        fail(QCoreApplication::translate("schemalens", "relation \"%1\" does not exist")
                 .arg(str(rangeVar, "relname")),
             integer(rangeVar, "location", -1));
    return t;
}

View *PgApplier::resolveView(const QualifiedName &name)
{
    if (!name.schema.isEmpty())
        return m_schema.view(name.schema, name.name);
    for (const QString &schema : m_searchPath)
        if (View *v = m_schema.view(schema, name.name))
            return v;
    return nullptr;
}

EnumType *PgApplier::resolveEnum(const QualifiedName &name)
{
    if (!name.schema.isEmpty())
        return m_schema.enumType(name.schema, name.name);
    for (const QString &schema : m_searchPath)
        if (EnumType *e = m_schema.enumType(schema, name.name))
            return e;
    return nullptr;
}

bool PgApplier::relationExists(const QString &schema, const QString &name) const
{
    const auto it = m_relationNames.constFind(schema);
    return it != m_relationNames.constEnd() && it->contains(name);
}

bool PgApplier::constraintExists(const QString &schema, const QString &name) const
{
    const auto it = m_constraintNames.constFind(schema);
    return it != m_constraintNames.constEnd() && it->contains(name);
}

QString PgApplier::chooseConstraintName(const QString &schema, const QString &table,
                                        const QStringList &columns, const QString &label) const
{
    return chooseName(table, columnNamesPart(columns), label,
                      [&](const QString &n) { return constraintExists(schema, n); });
}

QString PgApplier::chooseRelationName(const QString &schema, const QString &table,
                                      const QStringList &columns, const QString &label) const
{
    return chooseName(table, columnNamesPart(columns), label,
                      [&](const QString &n) { return relationExists(schema, n); });
}

void PgApplier::indexTable(qsizetype i)
{
    const Table &t = m_schema.tables.at(i);
    m_tableIndex.insert(key(t.schema, t.name), i);
    QSet<QString> &relations = m_relationNames[t.schema];
    QSet<QString> &constraints = m_constraintNames[t.schema];
    relations.insert(t.name);
    for (const Index &index : t.indexes)
        relations.insert(index.name);
    if (t.primaryKey) {
        constraints.insert(t.primaryKey->name);
        relations.insert(t.primaryKey->name);
    }
    for (const KeyConstraint &k : t.uniques) {
        constraints.insert(k.name);
        relations.insert(k.name);
    }
    for (const CheckConstraint &c : t.checks)
        constraints.insert(c.name);
    for (const ForeignKey &fk : t.foreignKeys)
        constraints.insert(fk.name);
    for (const ExclusionConstraint &x : t.exclusions) {
        constraints.insert(x.name);
        relations.insert(x.name);
    }
}

void PgApplier::rebuildLookups()
{
    m_tableIndex.clear();
    m_relationNames.clear();
    m_constraintNames.clear();
    for (qsizetype i = 0; i < m_schema.tables.size(); ++i)
        indexTable(i);
    for (const View &v : m_schema.views) {
        m_relationNames[v.schema].insert(v.name);
        for (const Index &index : v.indexes)
            m_relationNames[v.schema].insert(index.name);
    }
    for (const Sequence &s : m_schema.sequences)
        m_relationNames[s.schema].insert(s.name);
}

bool PgApplier::setVariable(const JsonObject &node)
{
    if (str(node, "name") != QLatin1String("search_path"))
        return false;
    if (str(node, "kind") == QLatin1String("VAR_RESET") ||
        str(node, "kind") == QLatin1String("VAR_SET_DEFAULT")) {
        m_searchPath = {QStringLiteral("public")};
        return true;
    }
    QStringList path;
    for (const JsonValue &arg : arr(node, "args")) {
        const JsonObject c = obj(arg.toObject(), "A_Const");
        QString value = str(obj(c, "sval"), "sval");
        if (value.isEmpty())
            continue;
        // SET search_path = "$user", public: $user names no schema in a fresh database.
        if (value == QLatin1String("$user"))
            continue;
        path.append(value.split(QLatin1Char(','), Qt::SkipEmptyParts));
    }
    for (QString &p : path)
        p = p.trimmed();
    m_searchPath = path;
    return true;
}

bool PgApplier::selectSetConfig(const JsonObject &node)
{
    // pg_dump writes: SELECT pg_catalog.set_config('search_path', '', false);
    const JsonArray targets = arr(node, "targetList");
    if (targets.size() != 1 || !node.value(QLatin1String("fromClause")).isUndefined())
        return false;
    const JsonObject call =
        obj(obj(obj(targets.first().toObject(), "ResTarget"), "val"), "FuncCall");
    const QStringList fn = stringList(arr(call, "funcname"));
    if (fn.isEmpty() || fn.last() != QLatin1String("set_config"))
        return false;
    const JsonArray args = arr(call, "args");
    if (args.size() < 2)
        return false;
    const auto sval = [](const JsonValue &v) {
        return str(obj(obj(v.toObject(), "A_Const"), "sval"), "sval");
    };
    if (sval(args.at(0)) != QLatin1String("search_path"))
        return false;
    QStringList path;
    for (const QString &p : sval(args.at(1)).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = p.trimmed().remove(QLatin1Char('"'));
        if (!t.isEmpty() && t != QLatin1String("$user"))
            path.append(t);
    }
    m_searchPath = path;
    return true;
}

} // namespace schemalens::load::pg
