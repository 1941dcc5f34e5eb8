#pragma once

// Alembic's batch mode on SQLite ("move and copy"): the table as SQLAlchemy reflects it from
// the replayed database, changed by the batch operations, then rebuilt: CREATE TABLE
// _alembic_tmp_<t>, INSERT ... SELECT, DROP TABLE <t>, ALTER TABLE ... RENAME TO <t>, and the
// indexes again (alembic/operations/batch.py, ApplyBatchImpl).

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace schemalens::load::sqlite {
class Database;
}

namespace schemalens::load::alembic {

struct ShapeColumn {
    QString name;
    QString oldName; // the column it is copied from; empty for a new column
    QString type;
    bool notNull = false;
    std::optional<QString> defaultSql;
};

struct ShapeConstraint {
    enum class Kind { PrimaryKey, Unique, Check, ForeignKey };
    Kind kind = Kind::Unique;
    QString name; // empty: unnamed
    QStringList columns;
    QString expression; // CHECK
    QString refTable;
    QStringList refColumns;
    QString onDelete;
    QString onUpdate;
    QString deferrable; // "DEFERRABLE INITIALLY DEFERRED" etc. as written
};

struct ShapeIndex {
    QString name;
    bool unique = false;
    QStringList columns; // empty for an expression index (then `sql` is used as written)
    QString where;
    QString sql;
};

struct TableShape {
    QString name;
    QList<ShapeColumn> columns;
    QList<ShapeConstraint> constraints;
    QList<ShapeIndex> indexes;

    qsizetype column(const QString &name) const; // -1 when absent
    // A column renamed: constraints and indexes follow.
    void renameColumn(const QString &from, const QString &to);
    // A column dropped: constraints and indexes that name it go with it.
    void dropColumn(const QString &name);
};

// The table as SQLAlchemy's reflection sees it (PRAGMA table_xinfo, foreign_key_list,
// index_list, and the CREATE statements for constraint names and CHECKs).
std::optional<TableShape> reflectTable(sqlite::Database &db, const QString &table);

// The statements of the rebuild, in Alembic's order.
QStringList rebuildStatements(const TableShape &shape);

} // namespace schemalens::load::alembic
