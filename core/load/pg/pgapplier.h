#pragma once

#include "core/load/pg/pgnode.h"

#include "core/load/loadresult.h"
#include "core/load/pg/pgparser.h"
#include "core/load/sourcetext.h"
#include "core/load/transactions.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace schemalens::load::pg {

// Raised by a statement handler when PostgreSQL would reject the statement. The applier
// turns it into a migration-error and restores what the statement had changed.
struct StatementError {
    QString message;
    qsizetype location = -1; // relative to the statement's parse offset, -1 = statement start
};

// A constraint to add: its parse node, plus what a column definition implies for it (the
// column it sits on, DEFERRABLE written after it).
struct ConstraintSpec {
    JsonObject node;
    QStringList columns; // a column constraint's column; empty: the node's own list
    bool deferrable = false;
    bool initiallyDeferred = false;
};

// A schema-qualified name as written (schema may be empty).
struct QualifiedName {
    QString schema;
    QString name;
};

// Applies parsed PostgreSQL statements to a model, one migration unit at a time, the way
// the server would: names resolve through search_path, unnamed constraints get
// PostgreSQL's names, and a statement the server would reject changes nothing.
class PgApplier {
public:
    // At most this many external stub tables are created by one statement.
    static constexpr qsizetype kExternalTablesPerStatement = 64;

    explicit PgApplier(LoadResult &result);

    void applyUnit(const MigrationUnit &unit);
    // The review file's "migrationsInTransaction", which overrides each layout's default.
    void setTransactionOverride(std::optional<bool> override) { m_transactionOverride = override; }

private:
    friend class StatementScope;

    // pgapplier.cpp: dispatch, names, errors
    void applyStatements(const QByteArray &sql, qsizetype baseOffset, bool suppressErrors);
    void applyParsed(ParsedStatement &statement, qsizetype baseOffset, bool suppressErrors);
    void applyStatement(const ParsedStatement &statement);
    bool runStatement(const ParsedStatement &statement); // false: PostgreSQL rejects it
    bool dispatch(const QString &type, const JsonObject &node);
    model::Origin originAt(qsizetype relativeLocation) const;
    model::Origin statementOrigin() const { return originAt(-1); }
    QString statementText() const;
    // Deparses an expression of the current statement. libpg_query writes negative and
    // zero integer constants as "ival":{}; the source text restores them.
    QString sqlText(const JsonValue &expression) const;
    QualifiedName qualifiedName(const JsonObject &rangeVar) const;
    QualifiedName nameFromList(const JsonArray &names) const;
    QString creationSchema(const QString &written);
    // A schema or table the source uses but never creates is provided by the platform
    // (Supabase's auth and storage, GoTrue's auth schema): it is assumed, once, with a
    // source-warning, instead of failing every statement that names it.
    bool assumeExternalSchema(const QString &schema);
    model::Table *externalTable(const QualifiedName &name);
    // The migration tool's own bookkeeping table (bookkeeping.h) when `name` is one and the
    // source never created it: an external stub with the tool's columns.
    model::Table *bookkeepingTable(const QualifiedName &name);
    // Gives an external stub the key columns a foreign key references (typed like the
    // referencing columns; "id" when the reference names none).
    void completeExternalTable(model::Table &stub, QStringList &refColumns,
                               const model::Table &referencing, const QStringList &columns);
    model::Table *findTable(const QString &schema, const QString &name);
    model::Table *resolveTable(const JsonObject &rangeVar, bool missingOk = false);
    model::Table *resolveTable(const QualifiedName &name, bool missingOk = false);
    model::View *resolveView(const QualifiedName &name);
    model::EnumType *resolveEnum(const QualifiedName &name);
    bool relationExists(const QString &schema, const QString &name) const;
    bool constraintExists(const QString &schema, const QString &name) const;
    QString chooseConstraintName(const QString &schema, const QString &table,
                                 const QStringList &columns, const QString &label) const;
    QString chooseRelationName(const QString &schema, const QString &table,
                               const QStringList &columns, const QString &label) const;
    void rebuildLookups();
    void indexTable(qsizetype index); // adds one table's names to the lookups
    void record(model::Change change);
    void record(model::Change::Kind kind, const QString &schema, const QString &table,
                const QString &object = QString(), const QString &oldValue = QString(),
                const QString &newValue = QString());
    [[noreturn]] void fail(const QString &message, qsizetype location = -1) const;
    void notice(const QString &message) const;
    void skip(const QString &type);   // not applied: ignored or unsupported by kind
    void ignore(const QString &type); // not applied, and nothing the model holds

    // pgapply_safety.cpp: the statement log the migration-safety rules read (locks, the
    // state each statement found), transaction blocks (what PostgreSQL refuses inside or
    // outside one) and the checks of statements that change no schema (duplicate column
    // assignments in DML).
    void startUnitTransaction(const QList<ParsedStatement> &statements);
    void finishUnitTransaction();
    void openStatementRecord(const ParsedStatement &statement);
    void closeStatementRecord(bool failed);
    void checkTransactionBlock(const QString &type, const JsonObject &node);
    void afterTransactionControl(const QString &type, const JsonObject &node, bool failed);
    QList<model::Operation> operationsOf(const QString &type, const JsonObject &node);
    void alterTableOperations(const JsonObject &node, QList<model::Operation> &ops);
    model::Operation relationOperation(model::Operation::Kind kind, const QualifiedName &name,
                                       model::LockMode lock);
    bool isExistingTable(const model::Table &table) const;
    bool isVolatileExpression(const JsonValue &expression) const;
    bool provenNotNull(const model::Table &table, const QString &column) const;
    QStringList truncatedIdentifiers() const;
    void checkDuplicateAssignments(const QString &type, const JsonObject &node);
    void checkOutputColumnNames(const QStringList &aliases, const JsonObject &select);
    void checkGeneratedColumns(const model::Table &table, const QStringList &columns,
                               const QList<JsonValue> &expressions);

    // pgapplier_plpgsql.cpp: DO blocks
    void applyDo(const JsonObject &node);
    void applyPlpgsqlBody(const JsonArray &body, const QByteArray &blockText, qsizetype blockOffset,
                          bool guarded);

    // pgapply_table.cpp: CREATE TABLE and its parts
    void createTable(const JsonObject &node);
    void createTableAs(const JsonObject &node);
    model::Column columnFromDef(model::Table &table, const JsonObject &def,
                                QList<ConstraintSpec> &constraints);
    void addConstraint(model::Table &table, const ConstraintSpec &constraint);
    void addForeignKey(model::Table &table, const ConstraintSpec &constraint);
    void addKey(model::Table &table, const ConstraintSpec &constraint, bool primary);
    void copyLike(model::Table &table, const JsonObject &like);
    void inheritFrom(model::Table &table, const model::Table &parent, bool partition);
    void setNotNull(model::Table &table, const QStringList &columns);
    void requireUnusedConstraintName(const model::Table &table, const QString &name) const;
    void createSerialSequence(model::Table &table, model::Column &column, bool identity);
    // The default PostgreSQL stores for `expression` on a column of `columnType`: none for a
    // NULL that needs no coercion to the column's type (AddRelationNewConstraints()).
    std::optional<QString> storedDefault(const JsonValue &expression,
                                         const QString &columnType) const;
    // Rewrites the nextval() defaults of every column that names the sequence, after a
    // RENAME or SET SCHEMA of the sequence (PostgreSQL stores its oid, not its name).
    bool renameSequence(const QualifiedName &name, const QString &newName);
    void retargetSequence(const QString &oldSchema, const QString &oldName,
                          const QString &newSchema, const QString &newName);
    // Renames a column inside the table's stored expressions (CHECKs, index expressions and
    // predicates, generated columns), which PostgreSQL keeps as parsed trees.
    void renameColumnInExpressions(model::Table &table, const QString &oldName,
                                   const QString &newName);

    // pgapply_alter.cpp: ALTER TABLE, RENAME, SET SCHEMA, DROP
    void alterTable(const JsonObject &node);
    void alterTableCommand(model::Table &table, const JsonObject &cmd);
    void rename(const JsonObject &node);
    void setSchema(const JsonObject &node);
    void drop(const JsonObject &node);
    void dropTable(const QualifiedName &name, bool cascade, bool missingOk);
    void dropColumn(model::Table &table, const QString &column, bool cascade, bool missingOk);
    void dropConstraint(model::Table &table, const QString &name, bool missingOk, bool cascade);
    void dropDependentForeignKeys(const model::Table &table, const QStringList &keyColumns,
                                  bool cascade, const QString &what);
    void dropIndex(const QualifiedName &name, bool missingOk, bool cascade);
    void attachPartition(model::Table &parent, const JsonObject &partitionCmd);

    // pgapply_views.cpp: view output columns and dependencies
    QList<model::Column> relationColumns(const QualifiedName &name, QString *qualified);
    QList<model::Column> inferSelectColumns(const JsonObject &select, QStringList *dependsOn,
                                            int depth = 0);
    void dropDependentViews(const QString &qualified, bool cascade, const QString &what);
    bool isCatalogRelation(const QualifiedName &name) const;
    void renameDependency(const QString &from, const QString &to);

    // pgapply_objects.cpp: indexes, types, views, functions, triggers, policies, ...
    void createIndex(const JsonObject &node);
    model::Index indexFromStmt(const JsonObject &node, const QString &tableName);
    void createSchema(const JsonObject &node);
    void createEnum(const JsonObject &node);
    void alterEnum(const JsonObject &node);
    void requireUnusedTypeName(const QString &schema, const QString &name) const;
    void addOtherType(model::OtherType type); // domain, composite or range type
    void createCompositeType(const JsonObject &node);
    void createDomain(const JsonObject &node);
    void createRange(const JsonObject &node);
    void alterSequence(const JsonObject &node);
    void createView(const JsonObject &node);
    void createFunction(const JsonObject &node);
    void createTrigger(const JsonObject &node);
    void createPolicy(const JsonObject &node);
    void alterPolicy(const JsonObject &node);
    void createSequence(const JsonObject &node);
    void createExtension(const JsonObject &node);
    void comment(const JsonObject &node);
    bool setVariable(const JsonObject &node);
    bool selectSetConfig(const JsonObject &node);

    LoadResult &m_result;
    model::Schema &m_schema;
    QStringList m_searchPath{QStringLiteral("public")};

    // Current unit and statement.
    const MigrationUnit *m_unit = nullptr;
    std::optional<SourceText> m_text;
    qsizetype m_statementOffset = 0; // first token
    qsizetype m_parseOffset = 0;     // base of node locations
    qsizetype m_statementEnd = 0;    // end of the statement text (before the ';')
    QString m_statementType;
    QByteArray m_source; // the statement's text as parsed
    QList<model::Change> m_pendingChanges;
    bool m_changed = false;
    std::optional<model::Table> m_tableSnapshot; // ALTER TABLE's table before the statement
    QSet<QString> m_droppedSchemas;              // dropped by the source: not assumed again
    QStringList m_cteNames;                      // WITH names in scope while a query is inferred

    // Transaction state of the current unit (pgapply_safety.cpp).
    std::optional<bool> m_transactionOverride;
    TransactionPolicy m_policy;
    bool m_toolTransaction = false;     // inside the tool's BEGIN … COMMIT around the file
    bool m_implicitTransaction = false; // the file is one multi-statement query
    bool m_explicitTransaction = false; // inside the file's own BEGIN
    int m_statementDepth = 0;           // > 0 while a DO block's statements run
    qsizetype m_currentStatement = -1;  // index in history.statements
    QHash<QString, QString> m_functionVolatility; // lower-case name -> "i", "s", "v"

    // Lookups kept in step with the model; rebuilt after drops and renames.
    QHash<QString, qsizetype> m_tableIndex;          // "schema\x1fname" -> index in tables
    QHash<QString, QSet<QString>> m_relationNames;   // schema -> tables, indexes, views, seqs
    QHash<QString, QSet<QString>> m_constraintNames; // schema -> constraint names
};

} // namespace schemalens::load::pg
