#pragma once

// SQLAlchemy types and server defaults rendered the way SQLAlchemy 1.4's PostgreSQL and
// SQLite DDL compilers write them, for Alembic revisions read statically.

#include "core/load/treesitter/dslvalue.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace schemalens::load::alembic {

using treesitter::Value;

enum class SqlDialect { PostgreSQL, SQLite };

// Where the names of a revision come from: `import sqlalchemy as sa`,
// `from sqlalchemy.dialects import postgresql`, `from sqlalchemy import Column`, ...
class Imports {
public:
    void add(const QString &localName, const QString &qualified)
    {
        m_names.insert(localName, qualified);
    }
    // "sa.types.Integer" -> "sqlalchemy.Integer"; "postgresql.JSONB" ->
    // "sqlalchemy.dialects.postgresql.JSONB"; unknown first parts stay as written.
    QString qualify(const QString &dotted) const;

private:
    QHash<QString, QString> m_names;
};

// Is `qualified` the SQLAlchemy (or Alembic) object `name`? ("sqlalchemy.Column", "Column").
bool isSa(const QString &qualified, const char *name);

struct TypeSql {
    QString sql;
    QString error;             // not a type we can render (the reason)
    QString customType;        // a type of the project's own code, named as written
    QString unsupportedReason; // rendered, but something about it is unknown (enum values)
    // PostgreSQL enum to create (CREATE TYPE) with a create_table
    QString enumName;
    QStringList enumValues;
    bool createEnum = false;
    // 0 = not an integer; 1 SMALLINT, 2 INTEGER, 3 BIGINT (for SERIAL)
    int integerRank = 0;

    bool ok() const { return error.isEmpty(); }
};

TypeSql renderType(const Value &type, const Imports &imports, SqlDialect dialect);

// A server_default (or alter_column's server_default): a string is a literal, sa.text(...)
// and sa.literal_column(...) are SQL, sa.func.name(...) a function call. nullopt + error.
std::optional<QString> renderServerDefault(const Value &value, const Imports &imports,
                                           SqlDialect dialect, QString *error);

// SQL text of sa.text("..."), a plain string, sa.literal_column("..."): for op.execute,
// CheckConstraint, postgresql_where, index expressions. nullopt when it is not one.
std::optional<Value> sqlTextOf(const Value &value, const Imports &imports);

} // namespace schemalens::load::alembic
