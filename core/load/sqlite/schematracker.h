#pragma once

#include "core/load/sqlite/readback.h"
#include "core/load/sqlite/sqlitedb.h"
#include "core/load/sqlite/sqltokenizer.h"
#include "core/model/history.h"

#include <QHash>

#include <functional>

namespace schemalens::load::sqlite {

// The statement that just ran, as the replay saw it.
struct StatementContext {
    QByteArrayView text; // the statement as written, from its first token
    qsizetype base = 0;  // offset of `text` in the unit's SQL
    const LineIndex *lines = nullptr;
    QString file;
    int ordinal = -1;
    // Which rows of sqlite_schema the statement can have changed, from what SQLite's
    // authorizer reported while it was prepared and run.
    enum class Scope {
        Everything,  // DROP, RENAME, virtual tables, transactions, PRAGMAs, schema writes
        CreatesOnly, // CREATE TABLE/INDEX/VIEW/TRIGGER: new rows only
        AddColumn,   // ALTER TABLE … ADD COLUMN: the altered table's row only
    };
    Scope scope = Scope::Everything;
    QString alteredTable; // for AddColumn
    bool isAlter = false;

    // The origin of a byte offset inside `text`.
    model::Origin at(qsizetype offset) const;
    model::Origin origin() const { return at(0); }
};

// Follows sqlite_schema across a replay and turns each change into History entries:
// after every statement the schema cookie (PRAGMA schema_version) tells whether anything
// changed; if so, only the rows the statement created are read (the common case, which
// keeps 2,000-table replays close to linear), or the whole of sqlite_schema is diffed against
// the previous snapshot for ALTER/DROP and anything unusual. Tables whose SQL changed get
// their PRAGMA table_xinfo compared column by column. It also remembers where each object,
// column and constraint was created, for the read-back.
class SchemaTracker : public OriginLookup {
public:
    explicit SchemaTracker(Database &db);

    bool start(QString *error);
    // Records what `statement` changed; true when the schema changed.
    bool afterStatement(const StatementContext &statement);
    // Takes in what the loader itself created (a migration tool's bookkeeping table) without
    // recording it in the History; origins point at `statement`, the one that needed it.
    void adopt(const StatementContext &statement);
    model::History takeHistory() { return std::move(m_history); }
    qsizetype changeCount() const { return m_history.changes.size(); }

    model::Origin object(const QString &name) const override;
    model::Origin objectLastChange(const QString &name) const override;
    model::Origin column(const QString &table, const QString &name) const override;
    model::Origin columnLastChange(const QString &table, const QString &name) const override;
    model::Origin constraint(const QString &table, const QString &key) const override;

private:
    // One row of sqlite_schema. The raw UTF-8 columns let a full diff skip unchanged rows
    // with a memcmp, without building strings for thousands of them per statement.
    struct Entry {
        qint64 rowid = 0;
        QString type;
        QString name;
        QString table;
        QByteArray raw[4]; // type, name, tbl_name, sql as stored
        quint64 seen = 0;  // the diff generation that last saw this row
        const QByteArray &sql() const { return raw[3]; }
    };
    struct ColumnState {
        QString name;
        QString type;
        bool notNull = false;
        std::optional<QString> defaultExpr;
        model::Origin origin;
        model::Origin lastChange;
    };
    struct TableState {
        qint64 rowid = 0; // in sqlite_schema; kept across a rename
        QList<ColumnState> columns;
        model::Origin origin;
        model::Origin lastChange;
        int ordinal = -1;
        QHash<QString, model::Origin> constraints; // ddlparser.h keys
    };
    struct ObjectState {
        model::Origin origin;
        model::Origin lastChange;
    };

    qint64 schemaVersion();
    Entry readEntry(const Statement &row) const;
    static bool unchanged(const Statement &row, const Entry &entry);
    QList<ColumnState> readColumns(const QString &table);
    void record(model::Change::Kind kind, const StatementContext &s, const QString &table,
                const QString &object = {});
    void tableCreated(const Entry &entry, const StatementContext &s);
    void readRows(Statement &rows, const std::function<void(const Statement &)> &compare);
    void tableChanged(TableState &state, const QString &name, const StatementContext &s);
    // After a table took the name of one dropped earlier (a rebuild: CREATE new_t, copy,
    // DROP t, RENAME new_t TO t): the foreign keys the old table had and the new one lacks
    // were dropped, and the History says so.
    void recordDroppedForeignKeys(const QString &name, const StatementContext &s);

    Database &m_db;
    Statement m_version, m_all, m_newRows, m_row, m_xinfo;
    qint64 m_schemaVersion = -1;
    QHash<qint64, Entry> m_snapshot; // by rowid: renames keep it
    quint64 m_generation = 0;
    qint64 m_maxRowid = 0;
    QHash<QString, TableState> m_tables;
    QHash<QString, ObjectState> m_objects; // indexes, views, triggers
    // The constraints of dropped tables, by name, until a table takes the name again.
    QHash<QString, QHash<QString, model::Origin>> m_droppedConstraints;
    model::History m_history;
};

} // namespace schemalens::load::sqlite
