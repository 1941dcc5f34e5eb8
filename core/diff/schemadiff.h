#pragma once

#include "core/diff/renames.h"
#include "core/model/schema.h"

#include <QList>
#include <QString>

namespace schemalens::diff {

// What a difference is about.
enum class ObjectKind {
    Schema,
    Table,
    Column,
    PrimaryKey,
    Unique,
    Check,
    ForeignKey,
    Exclusion,
    Index,
    RowSecurity,
    Policy,
    Trigger,
    Enum,
    EnumValue,
    View,
};

enum class ChangeKind { Added, Dropped, Changed, Renamed };

QString objectKindName(ObjectKind kind); // "table", "column", "primary-key", ... (JSON)
QString changeKindName(ChangeKind kind); // "added", "dropped", "changed", "renamed"

// One property of an object that differs: "type", "nullable", "default", "onDelete", ...
struct PropertyChange {
    QString property;
    QString oldValue;
    QString newValue;
};

// One difference between the old and the new schema.
//   schema, table: the relation (table, view or enum type) the object belongs to, by its new
//                  name (its old name when dropped); for a Schema entry only `schema`.
//   name:          the object inside it (column, constraint, index, policy, trigger, enum
//                  value); empty for the relation itself.
// A Renamed entry keeps the old names in oldSchema/oldTable/oldName and may carry property
// changes too (a column renamed and retyped is one entry).
struct Entry {
    ChangeKind change = ChangeKind::Changed;
    ObjectKind kind = ObjectKind::Table;
    QString schema;
    QString table;
    QString name;
    QString oldSchema;
    QString oldTable;
    QString oldName;
    // Added/Dropped: the object in one line ("integer NOT NULL DEFAULT 0", "(customer_id) ->
    // public.customers (id) ON DELETE CASCADE"); for a table, its size ("4 columns").
    QString definition;
    QList<PropertyChange> properties;
    // Renamed: true when the History says so (ALTER ... RENAME); false when only the
    // definitions match (a constraint or index under another name).
    bool renameFromHistory = false;
    // Where the new state comes from (Added, Changed, Renamed: the object's origin or last
    // change on the new side); for Dropped, the statement that dropped it when the new side's
    // History has it. Invalid when unknown (a live database).
    model::Origin origin;

    QString objectName() const; // "public.orders", "public.orders.total", "public.mood 'sad'"
};

struct SchemaDiff {
    QList<Entry> entries; // ordered by relation, then by kind, then by name
    bool isEmpty() const { return entries.isEmpty(); }
};

struct DiffOptions {
    // Renames known from a History (renames.h); without them a renamed table is a drop and
    // an add.
    Renames renames;
    // Comparing migrations with a live database: a constraint or index whose definition is
    // the same under another name is equal (its name was generated), and views are compared
    // by their columns, not their text (the server prints its own form of the query).
    bool drift = false;
    // Expressions (defaults, CHECKs, predicates, policies) parsed as PostgreSQL to compare
    // them; false compares SQLite expressions by their text.
    bool pgExpressions = true;
    // The changes that lead from OLD to NEW, when known: what dropped an object (its origin).
    model::History history;
};

// The differences from OLD to NEW. External stub tables (created by the loader for objects a
// platform provides) are left out on both sides; column order, an explicit DEFAULT NULL and
// the backing index of a key constraint are not differences.
SchemaDiff diffSchemas(const model::Schema &oldSchema, const model::Schema &newSchema,
                       const DiffOptions &options = {});

// Counts per (change, kind), and the one-line summary the timeline shows:
// "+2 tables, ~3 columns, −1 index" (translated).
struct DiffCounts {
    int added[int(ObjectKind::View) + 1] = {};
    int dropped[int(ObjectKind::View) + 1] = {};
    int changed[int(ObjectKind::View) + 1] = {}; // changed or renamed
};
DiffCounts countEntries(const SchemaDiff &diff);
QString summaryLine(const SchemaDiff &diff);

} // namespace schemalens::diff
