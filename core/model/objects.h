#pragma once

#include "core/model/origin.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace schemalens::model {

// Type names are normalized the way PostgreSQL's format_type() prints them
// ("character varying(255)", "timestamp(6) without time zone", "integer[]"); SQLite keeps
// the declared type as written.
struct Column {
    QString name;
    QString type;
    bool nullable = true;
    std::optional<QString> defaultExpr;
    QString identity;  // "", "always", "by default"
    QString generated; // generation expression of a GENERATED ALWAYS AS (...) STORED column
    bool generatedStored = true;
    QString collation;
    QString comment;
    QString affinity;           // SQLite only: INTEGER, TEXT, BLOB, REAL, NUMERIC
    bool autoincrement = false; // SQLite only: INTEGER PRIMARY KEY AUTOINCREMENT
    Origin origin;
    Origin lastChange;

    bool operator==(const Column &) const = default;
};

// Primary key or unique constraint.
struct KeyConstraint {
    QString name;
    QStringList columns;
    QStringList include;
    bool nullsNotDistinct = false;
    bool deferrable = false;
    bool initiallyDeferred = false;
    Origin origin;

    bool operator==(const KeyConstraint &) const = default;
};

struct CheckConstraint {
    QString name;
    QString expression;
    QStringList columns; // columns the expression references, in source order
    bool noInherit = false;
    bool validated = true;
    Origin origin;

    bool operator==(const CheckConstraint &) const = default;
};

// ON DELETE / ON UPDATE actions use the lower-case words of DESIGN.md: "no action",
// "restrict", "cascade", "set null", "set default".
struct ForeignKey {
    QString name;
    QStringList columns;
    QString refSchema;
    QString refTable;
    QStringList refColumns;
    QString onDelete = QStringLiteral("no action");
    // ON DELETE SET NULL (col, ...) / SET DEFAULT (col, ...) (PostgreSQL 15): only these
    // columns change; empty means every column of the key.
    QStringList onDeleteColumns;
    QString onUpdate = QStringLiteral("no action");
    bool onDeleteExplicit = false; // written in the source, not defaulted
    QString match = QStringLiteral("simple");
    bool deferrable = false;
    bool initiallyDeferred = false;
    bool validated = true;
    Origin origin;

    bool operator==(const ForeignKey &) const = default;
};

struct ExclusionElement {
    QString column;     // plain column, or empty when expression is set
    QString expression; // indexed expression
    QString opclass;
    QString op; // the WITH operator, e.g. "&&"

    bool operator==(const ExclusionElement &) const = default;
};

struct ExclusionConstraint {
    QString name;
    QString method = QStringLiteral("gist");
    QList<ExclusionElement> elements;
    QStringList include;
    QString predicate;
    Origin origin;

    bool operator==(const ExclusionConstraint &) const = default;
};

struct IndexElement {
    QString column;     // plain column name, empty for an expression
    QString expression; // deparsed expression
    QString opclass;
    QString collation;
    bool descending = false;
    QString nulls; // "", "first", "last"

    // The column name, or the expression in parentheses.
    QString display() const
    {
        return column.isEmpty() ? QLatin1Char('(') + expression + QLatin1Char(')') : column;
    }

    bool operator==(const IndexElement &) const = default;
};

struct Index {
    QString name;
    QList<IndexElement> elements;
    QStringList include;
    bool unique = false;
    bool nullsNotDistinct = false;
    QString method = QStringLiteral("btree");
    QString predicate;
    // Set when the index backs a constraint (primary key, unique, exclusion).
    QString constraint;
    // Live PostgreSQL only: pg_stat_user_indexes.idx_scan since the statistics were reset.
    std::optional<qint64> scans;
    Origin origin;

    QStringList columns() const;

    bool operator==(const Index &) const = default;
};

struct Trigger {
    QString name;
    QString timing;     // "before", "after", "instead of"
    QStringList events; // "insert", "update", "delete", "truncate"
    QStringList updateColumns;
    bool forEachRow = false;
    QString function; // called function (schema-qualified when written so)
    QString when;
    bool constraint = false;
    QString sql; // SQLite: the trigger's SQL
    Origin origin;

    bool operator==(const Trigger &) const = default;
};

struct Policy {
    QString name;
    QString command = QStringLiteral("all"); // all, select, insert, update, delete
    bool permissive = true;
    QStringList roles;
    QString usingExpr;
    QString withCheck;
    Origin origin;

    bool operator==(const Policy &) const = default;
};

} // namespace schemalens::model
