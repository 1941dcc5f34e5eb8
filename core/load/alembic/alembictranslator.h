#pragma once

#include "core/load/alembic/satypes.h"
#include "core/load/alembic/sqlitebatch.h"
#include "core/load/diagnostic.h"
#include "core/load/treesitter/customtypes.h"

#include <QByteArray>
#include <QMap>

#include <optional>

namespace schemalens::load::alembic {

// The SQLite database a revision is replayed into while it is translated: batch mode must
// see the table as the earlier statements left it.
class SqliteSession {
public:
    virtual ~SqliteSession() = default;
    // Replays the part of `sqlSoFar` (the translation up to now) not replayed yet.
    virtual void sync(const QByteArray &sqlSoFar) = 0;
    virtual std::optional<TableShape> reflect(const QString &table) = 0;
};

struct Translation {
    // The statements, each on the line and column of the op call that makes it (see
    // treesitter::PlacedSql).
    QByteArray sql;
    Diagnostics diagnostics;        // parse-error, unsupported, custom-type, migration-error
    QMap<QString, int> unsupported; // by construct ("alembic: for", ...)
    QMap<QString, int> skipped;     // data operations (bulk_insert)
    QList<treesitter::CustomTypeUse> customTypes; // reported once per type by the loader
};

// Reads the revision with tree-sitter-python and translates upgrade() into the DDL Alembic
// emits on `dialect` (downgrade() is never applied). For SQLite, `session` is synced before
// each batch_alter_table block that rebuilds a table.
Translation translateRevision(const QByteArray &source, const QString &path, int ordinal,
                              SqlDialect dialect, SqliteSession *session);

} // namespace schemalens::load::alembic
