#pragma once

#include "core/model/origin.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace schemalens::model {

// PostgreSQL's table-level lock modes, weakest first (the order of the conflict table in
// "Explicit Locking"). A mode blocks ordinary writes from ShareUpdateExclusive's successor,
// Share, upwards, and ordinary reads only at AccessExclusive.
enum class LockMode {
    None,
    AccessShare,
    RowShare,
    RowExclusive,
    ShareUpdateExclusive,
    Share,
    ShareRowExclusive,
    Exclusive,
    AccessExclusive,
};

QString lockModeName(LockMode mode); // "ACCESS EXCLUSIVE", ...

// One thing a statement does, as the migration-safety rules need to know it: what it works
// on, how it locks it, and the state it found (was the table there before this migration, is
// there a validated CHECK that proves a column not null...). A statement has one operation
// per ALTER TABLE sub-command, one per inline constraint of an added column, one otherwise.
struct Operation {
    enum class Kind {
        CreateTable,
        CreateTableAs,
        DropTable,
        RenameTable,
        AddColumn,
        DropColumn,
        RenameColumn,
        AlterColumnType,
        SetNotNull,
        DropNotNull,
        AddConstraint,
        ValidateConstraint,
        DropConstraint,
        CreateIndex,
        DropIndex,
        Reindex,
        AttachPartition,
        DetachPartition,
        AlterTable, // any other ALTER TABLE sub-command (RLS, triggers, options…)
        Vacuum,
        Cluster,
        Truncate,
        Lock,
        RefreshMaterializedView,
        Data,  // INSERT, UPDATE, DELETE, MERGE, COPY
        Set,   // SET / RESET of a setting
        Begin, // BEGIN / START TRANSACTION
        Commit,
        Rollback,
        Savepoint,
        CreateDomain,
        AlterDomain,
        AddEnumValue,
        CreateObject, // CREATE of a type, view, function, sequence, schema, extension…
        DropObject,
        Comment,
        DropDatabase,
        Other,
    };
    enum Flag : quint32 {
        Concurrently = 1u << 0,
        IfExists = 1u << 1,        // IF [NOT] EXISTS, OR REPLACE: safe to run twice
        NotValid = 1u << 2,        // ADD CONSTRAINT … NOT VALID
        UsingIndex = 1u << 3,      // ADD PRIMARY KEY/UNIQUE … USING INDEX
        NotNull = 1u << 4,         // ADD COLUMN … NOT NULL
        HasDefault = 1u << 5,      // ADD COLUMN … DEFAULT (or identity, or generated)
        VolatileDefault = 1u << 6, // the default is evaluated per row: the table is rewritten
        GeneratedStored = 1u << 7,
        Serial = 1u << 8,         // serial/bigserial/smallserial column
        Full = 1u << 9,           // VACUUM FULL
        Cascade = 1u << 10,       // … CASCADE
        ProvenNotNull = 1u << 11, // SET NOT NULL with a validated CHECK (col IS NOT NULL)
        Temporary = 1u << 12,     // a temporary table
        Ordered = 1u << 13,       // ADD VALUE … BEFORE/AFTER
        Finalize = 1u << 14,      // DETACH PARTITION … FINALIZE
        Local = 1u << 15,         // SET LOCAL
        Unique = 1u << 16,        // CREATE UNIQUE INDEX
        Unqualified = 1u << 17,   // the relation was named without its schema
        WithCheck = 1u << 18,     // CREATE DOMAIN … CHECK / ALTER DOMAIN ADD CONSTRAINT
        Rewrite = 1u << 19,       // ALTER COLUMN TYPE that rewrites the table
    };

    Kind kind = Kind::Other;
    QString schema; // the relation worked on, as resolved (empty when there is none)
    QString table;
    QString object;   // column, constraint, index, setting…
    QString detail;   // constraint kind ("foreign", "check"…), type, setting value, lock mode…
    QString oldValue; // previous type, previous name
    quint32 flags = 0;
    LockMode lock = LockMode::None; // on schema.table
    // schema.table existed before this migration (so it may hold rows and traffic).
    bool existingTable = false;

    bool has(Flag flag) const { return (flags & flag) != 0; }
};

// One top-level statement of a migration, in applied order, with its transaction context.
struct Statement {
    QString type; // libpg_query node type ("AlterTableStmt")
    Origin origin;
    int lastLine = 0; // the line of its end (inline suppressions cover the whole statement)
    // Inside a transaction block when it ran: the file's own BEGIN, or the transaction the
    // migration tool wraps the file in.
    bool inTransaction = false;
    bool explicitTransaction = false; // inside the file's own BEGIN … COMMIT
    bool failed = false;              // rejected: nothing it did is in the model
    QStringList truncatedIdentifiers; // written longer than 63 bytes (PostgreSQL cuts them)
    QList<Operation> operations;
    // Its changes: History::changes[firstChange, firstChange + changeCount).
    int firstChange = 0;
    int changeCount = 0;
};

// How one migration file ran: the tool's transaction around it.
struct MigrationRun {
    QString file;
    int ordinal = -1;
    // The tool wraps the file in one transaction (or, for tools that send the whole file as
    // one multi-statement query, PostgreSQL runs it as one implicit transaction).
    bool toolTransaction = false;
    bool implicitTransaction = false; // the multi-statement-query case
    bool toolKnown = true;            // false: a plain folder, whose tool may wrap it after all
    QString why;                      // "goose: -- +goose NO TRANSACTION", "prisma: …"
};

} // namespace schemalens::model
