#pragma once

#include "core/model/origin.h"
#include "core/model/statements.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace schemalens::model {

// One change a migration made to the schema, in applied order.
struct Change {
    enum class Kind {
        CreateSchema,
        DropSchema,
        CreateTable,
        DropTable,
        RenameTable,
        SetTableSchema,
        AddColumn,
        DropColumn,
        RenameColumn,
        AlterColumnType,
        SetNotNull,
        DropNotNull,
        SetDefault,
        DropDefault,
        AddConstraint,
        DropConstraint,
        RenameConstraint,
        CreateIndex,
        DropIndex,
        RenameIndex,
        EnableRowSecurity,
        DisableRowSecurity,
        ForceRowSecurity,
        NoForceRowSecurity,
        CreatePolicy,
        DropPolicy,
        CreateType,
        DropType,
        AddEnumValue,
        RenameEnumValue,
        CreateView,
        DropView,
        CreateTrigger,
        DropTrigger,
        CreateFunction,
        DropFunction,
        CreateSequence,
        DropSequence,
        AttachPartition,
        DetachPartition,
        Comment,
    };

    Kind kind = Kind::CreateTable;
    QString schema;
    QString table;    // table, view, type or function the change applies to
    QString object;   // column, constraint, index, policy, trigger or enum value, if any
    QString oldValue; // e.g. previous type, previous name
    QString newValue; // e.g. new type, new name
    // CREATE INDEX CONCURRENTLY, ADD COLUMN ... NOT NULL without DEFAULT and similar
    // facts the migration-history rules need.
    bool concurrently = false;
    bool hasDefault = false;
    bool notNull = false;
    // The table existed before this migration (created by an earlier migration ordinal).
    bool onExistingTable = false;
    // DROP CONSTRAINT of a foreign key: the key's columns and the table it referenced, so
    // the review can tell a reference whose constraint was dropped on purpose from one that
    // never had one.
    QStringList columns;
    QString refSchema;
    QString refTable;
    // Index of the statement that made it in History::statements, -1 when unknown.
    int statement = -1;
    Origin origin;

    static QString kindName(Kind kind); // "create-table", "add-column", ...
};

struct History {
    QList<Change> changes;
    // Every top-level statement of a migration folder, with what the migration-safety rules
    // need (PostgreSQL sources; empty for others), and how each migration file ran.
    QList<Statement> statements;
    QList<MigrationRun> runs;

    void record(Change change) { changes.append(std::move(change)); }
};

} // namespace schemalens::model
