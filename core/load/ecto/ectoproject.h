#pragma once

#include "core/load/ecto/ectosql.h"

#include <QString>
#include <QStringList>

namespace schemalens::load::ecto {

// The Mix project around a migrations folder: the folder holding mix.exs, found by walking
// up from priv/<repo>/migrations (at most five levels); empty when there is none.
QString mixProjectRoot(const QString &migrationsFolder);

// The repository settings that change what migrations create, read from the project's
// config/config.exs: `config :app, App.Repo, migration_primary_key: ..., migration_timestamps:
// ..., migration_foreign_key: ..., migration_default_prefix: ...` for the repository whose
// priv folder holds the migrations (App.Repo -> priv/repo, App.ReadRepo -> priv/read_repo,
// or its :priv option). Values the config computes are left out.
RepoConfig readRepoConfig(const QString &migrationsFolder);

// The database adapters mix.exs depends on: "postgrex", "ecto_sqlite3", "myxql", "tds".
QStringList adapterDependencies(const QString &projectRoot);

} // namespace schemalens::load::ecto
