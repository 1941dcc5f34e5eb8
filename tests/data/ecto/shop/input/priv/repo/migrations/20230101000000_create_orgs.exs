defmodule Shop.Repo.Migrations.CreateOrgs do
  use Ecto.Migration

  def change do
    execute "CREATE EXTENSION IF NOT EXISTS citext", "DROP EXTENSION IF EXISTS citext"

    create table(:orgs, comment: "Tenants") do
      add :name, :string, null: false
      add :slug, :citext, null: false
      add :settings, :map, default: %{}
      add :plan, :string, size: 20, default: "free"
      timestamps()
    end

    create unique_index(:orgs, [:slug])
  end
end
