#pragma once

#include "core/model/objects.h"

#include <QDateTime>

namespace schemalens::model {

struct Table {
    enum class Kind { Table, PartitionedTable, ForeignTable, VirtualTable };
    enum class Persistence { Permanent, Unlogged, Temporary };

    QString schema;
    QString name;
    Kind kind = Kind::Table;
    Persistence persistence = Persistence::Permanent;

    QList<Column> columns;
    std::optional<KeyConstraint> primaryKey;
    QList<KeyConstraint> uniques;
    QList<CheckConstraint> checks;
    QList<ForeignKey> foreignKeys;
    QList<ExclusionConstraint> exclusions;
    QList<Index> indexes;
    QList<Trigger> triggers;
    QList<Policy> policies;

    bool rowSecurity = false;
    bool forceRowSecurity = false;

    QString partitionStrategy; // "range", "list", "hash" for a partitioned table
    QStringList partitionKey;
    QString partitionOfSchema; // set for a partition
    QString partitionOf;
    QString partitionBound; // "FOR VALUES FROM (...) TO (...)", "DEFAULT"
    QStringList inherits;   // qualified names of parent tables

    bool withoutRowid = false; // SQLite
    bool strict = false;       // SQLite
    // Referenced by the source but created elsewhere (a platform's auth.users, say): a stub
    // with only the columns that references name.
    bool external = false;
    std::optional<qint64> rowCount;
    bool rowCountEstimated = false; // SQLite: rowCount is sqlite_stat1's estimate, not count(*)
    // Live PostgreSQL only: the latest of last_analyze/last_autoanalyze (invalid: never).
    QDateTime lastAnalyzed;

    QString comment;
    Origin origin;
    Origin lastChange;

    QString qualifiedName() const;
    Column *column(const QString &name);
    const Column *column(const QString &name) const;
    Index *index(const QString &name);
    bool isPartition() const { return !partitionOf.isEmpty(); }

    // Member by member (the snapshots of a load keep only the tables a migration changed).
    bool operator==(const Table &) const = default;
};

} // namespace schemalens::model
