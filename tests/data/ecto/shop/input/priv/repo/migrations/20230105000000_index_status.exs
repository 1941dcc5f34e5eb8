defmodule Shop.Repo.Migrations.IndexStatus do
  use Ecto.Migration
  @disable_ddl_transaction true
  @disable_migration_lock true

  def change do
    create index(:orders, [:status], concurrently: true, using: :hash)
  end
end
