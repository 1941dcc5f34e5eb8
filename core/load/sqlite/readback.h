#pragma once

#include "core/load/diagnostic.h"
#include "core/model/schema.h"
#include "core/util/result.h"

namespace schemalens::load::sqlite {

class Database;

// Where the objects read back from the engine come from. A replay knows the statement of
// each object (SchemaTracker); a database file only knows the file.
class OriginLookup {
public:
    explicit OriginLookup(model::Origin fallback = {})
        : m_fallback(std::move(fallback))
    {}
    virtual ~OriginLookup() = default;

    // Table, index, view or trigger by name (case-insensitive, as in SQLite).
    virtual model::Origin object(const QString &) const { return m_fallback; }
    virtual model::Origin objectLastChange(const QString &name) const { return object(name); }
    virtual model::Origin column(const QString &table, const QString &) const
    {
        return object(table);
    }
    virtual model::Origin columnLastChange(const QString &table, const QString &name) const
    {
        return column(table, name);
    }
    // A constraint by the keys of ddlparser.h; falls back to the table.
    virtual model::Origin constraint(const QString &table, const QString &) const
    {
        return object(table);
    }

protected:
    model::Origin m_fallback;
};

// SQLite's type affinity of a declared type (datatype3.html §3.1): INTEGER, TEXT, BLOB,
// REAL or NUMERIC. In a STRICT table, ANY has no affinity and is reported as BLOB.
QString affinityOf(const QString &declaredType, bool strict);

// Reads the model of the "main" schema back from the engine: sqlite_schema in creation
// order, PRAGMA table_list (WITHOUT ROWID, STRICT, virtual and shadow tables), table_xinfo,
// foreign_key_list, index_list/index_xinfo, and the CREATE statements for what the
// PRAGMAs do not report. Internal tables (sqlite_*) and the shadow tables of virtual
// tables are left out. An Error only when sqlite_schema itself cannot be read; a table
// that cannot be read (e.g. a virtual table whose module is missing) becomes a warning.
//
// SQLite does not name unnamed constraints; we name them like PostgreSQL does so that
// findings and diagrams can refer to them: "<table>_pkey", "<table>_<cols>_key",
// "<table>_<cols>_fkey", "<table>_<column>_check" for a column CHECK and "<table>_check"
// for a table CHECK, with 1, 2, … appended when a name is already taken.
Result<model::Schema> readSchema(Database &db, const OriginLookup &origins,
                                 Diagnostics &diagnostics);

} // namespace schemalens::load::sqlite
