#pragma once

// The SQL that ecto_sql's PostgreSQL adapter (Ecto.Adapters.Postgres.Connection) writes for
// the pieces of a migration: column types, defaults, column options and foreign keys.

#include "core/load/treesitter/dslvalue.h"

#include <QString>

namespace schemalens::load::ecto {

using treesitter::Value;

// A piece of SQL, or why there is none. `customType` is set when the type is a module of
// the project (`MyApp.Types.Money`): the SQL then uses the name as written.
struct Fragment {
    QString sql;
    QString error;
    QString customType;

    bool ok() const { return error.isEmpty(); }
};

// What the repository configuration changes (`config :app, App.Repo, migration_*: ...`).
struct RepoConfig {
    Value primaryKey;      // migration_primary_key: Unknown when not set, false, or a keyword list
    Value timestamps;      // migration_timestamps: a keyword list (or Unknown)
    Value foreignKey;      // migration_foreign_key: a keyword list (or Unknown)
    QString defaultPrefix; // migration_default_prefix
    QString source;        // "config/config.exs:12", for messages
};

// A `references(...)` value with the repository defaults applied.
struct Reference {
    QString table;
    QString column = QStringLiteral("id");
    Value type; // an Ecto type (default :bigserial, or the repository's primary key type)
    QString name;
    bool hasPrefix = false;
    QString prefix;
    Value onDelete;
    Value onUpdate;
    QString match;
    bool validate = true;
    QList<std::pair<QString, QString>> with; // extra (column, referenced column) pairs
};

Reference referenceFrom(const Value &call, const RepoConfig &config, QString *error);

// Ecto's type -> PostgreSQL type (column_type/2 with ecto_to_db/1 and the :size, :precision,
// :scale and :generated options).
Fragment columnType(const Value &type, const Value &options);
// The type a reference column gets (serial -> integer, bigserial/identity -> bigint).
Fragment referenceColumnType(const Value &type, const Value &options);
// " DEFAULT ...", " NOT NULL" / " NULL", " COLLATE ..." in the adapter's order.
Fragment columnOptions(const Value &type, const Value &options);
Fragment defaultExpression(const Value &value, const Value &type);
// CONSTRAINT "t_c_fkey" FOREIGN KEY ("c") REFERENCES "p"."t"("id") ...
QString referenceConstraint(const Reference &ref, const QString &table, const QString &tablePrefix,
                            const QString &column);
QString referenceName(const Reference &ref, const QString &table, const QString &column);

// The name Ecto gives an index that has none: table, columns and "index" joined by '_',
// with non-word characters of each column turned into '_' and trailing '_' removed.
QString defaultIndexName(const QString &table, const QList<Value> &columns);

// A name (atom or string) as text; empty for anything else.
QString nameOf(const Value &value);

} // namespace schemalens::load::ecto
