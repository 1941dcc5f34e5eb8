defmodule Shop.Repo.Migrations.CreateUsers do
  use Ecto.Migration

  @table :users

  def change do
    create table(@table, primary_key: false) do
      add :id, :binary_id, primary_key: true
      add :org_id, references(:orgs, on_delete: :delete_all), null: false
      add :email, :citext, null: false
      add :name, :string, comment: "Display name"
      add :role, :string, null: false, default: "member"
      add :score, :decimal, precision: 10, scale: 2
      add :tags, {:array, :string}, default: []
      add :last_seen_at, :utc_datetime_usec
      add :born_on, :date
      add :active, :boolean, default: true, null: false
      timestamps()
    end

    create unique_index(@table, [:org_id, :email])
    create index(@table, ["lower(name)"], name: :users_lower_name_index)
    create constraint(@table, :role_must_be_known, check: "role IN ('member', 'admin')")
  end
end
