#pragma once

#include "core/load/diagnostic.h"
#include "core/load/ecto/ectosql.h"
#include "core/load/treesitter/customtypes.h"

#include <QByteArray>
#include <QMap>

namespace schemalens::load::ecto {

// One Ecto migration (.exs) turned into the PostgreSQL statements ecto_sql would run.
struct Translation {
    // The statements, each on the line and column of the DSL call that makes it (see
    // treesitter::PlacedSql), so that the PostgreSQL loader pins everything to the .exs.
    QByteArray sql;
    bool noTransaction = false;     // @disable_ddl_transaction true
    bool isMigration = false;       // a module with `use Ecto.Migration` was found
    Diagnostics diagnostics;        // parse-error, unsupported, custom-type, source-warning
    QMap<QString, int> unsupported; // by construct ("ecto: for", ...), for LoadStats
    QList<treesitter::CustomTypeUse> customTypes; // reported once per type by the loader
};

// Reads the migration with tree-sitter-elixir and translates `change/0` (or `up/0`; `down/0`
// is never applied). `path` and `ordinal` go into diagnostics.
Translation translateMigration(const QByteArray &source, const QString &path, int ordinal,
                               const RepoConfig &config);

} // namespace schemalens::load::ecto
