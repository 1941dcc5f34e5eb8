import Config

config :shop, ecto_repos: [Shop.Repo]

config :shop, Shop.Repo,
  migration_timestamps: [type: :utc_datetime]

import_config "#{config_env()}.exs"
