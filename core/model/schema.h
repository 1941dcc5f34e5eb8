#pragma once

#include "core/model/history.h"
#include "core/model/table.h"

namespace schemalens::model {

struct Namespace {
    QString name;
    QString comment;
    bool external = false; // used by the source but never created by it
    Origin origin;
};

struct EnumType {
    QString schema;
    QString name;
    QStringList values;
    QString comment;
    Origin origin;
    Origin lastChange;
};

// A domain or composite type: recorded so references resolve; not drawn.
struct OtherType {
    QString schema;
    QString name;
    QString kind; // "domain", "composite", "range"
    QString baseType;
    Origin origin;
};

struct View {
    QString schema;
    QString name;
    bool materialized = false;
    QString definition;
    QStringList columns;         // explicit column aliases, if any
    QList<Column> outputColumns; // what the query returns (types where they can be known)
    QStringList dependsOn;       // "schema.name" of the tables and views the query reads
    QString comment;
    QList<Index> indexes; // materialized views can be indexed
    QString sql;          // SQLite: the view's SQL
    Origin origin;
};

struct Function {
    QString schema;
    QString name;
    QString arguments; // "(integer, text)"
    QString returns;
    QString language;
    bool isProcedure = false;
    QString comment;
    Origin origin;
};

struct Sequence {
    QString schema;
    QString name;
    QString ownedBy; // "table.column"
    Origin origin;
};

struct Extension {
    QString name;
    QString schema;
    Origin origin;
};

// Set when the schema was read from a live PostgreSQL server: what the statistics-based
// rules (unused-index) need to say how much history the counters cover.
struct LiveInfo {
    QString serverVersion;        // "15.18"
    QDateTime statisticsSince;    // pg_stat_database.stats_reset, else the postmaster start
    bool statisticsReset = false; // true when statisticsSince is a stats reset
    QDateTime readAt;             // the server's now() when the catalogs were read
    int queries = 0;              // statements sent while loading (constant, not per table)
};

// The normalized schema: what the database would contain after loading the source.
struct Schema {
    QList<Namespace> namespaces;
    QList<Table> tables;
    QList<EnumType> enums;
    QList<OtherType> otherTypes;
    QList<View> views;
    QList<Function> functions;
    QList<Sequence> sequences;
    QList<Extension> extensions;
    History history;
    std::optional<LiveInfo> live;

    Table *table(const QString &schema, const QString &name);
    const Table *table(const QString &schema, const QString &name) const;
    EnumType *enumType(const QString &schema, const QString &name);
    const EnumType *enumType(const QString &schema, const QString &name) const;
    View *view(const QString &schema, const QString &name);
    bool hasNamespace(const QString &name) const;
};

} // namespace schemalens::model
