defmodule App.Repo.Migrations.Tables do
  use Ecto.Migration

  def change do
    execute "CREATE SCHEMA billing", "DROP SCHEMA billing"

    create table(:accounts, prefix: "billing", comment: "paying customers") do
      add :name, :string, null: false, comment: "legal name"
      add :balance, :decimal, precision: 12, scale: 2, default: 0
      add :flags, {:array, :string}, default: ["new"]
      timestamps(type: :utc_datetime_usec)
    end

    create table(:events, primary_key: [name: :event_id, type: :identity]) do
      add :account_id, references(:accounts, prefix: "billing", on_delete: :delete_all)
      add :payload, :map, null: false
      add :at, :naive_datetime, default: fragment("now()")
      timestamps(updated_at: false, inserted_at: :created_at)
    end

    create_if_not_exists table(:settings, primary_key: false, options: "WITH (fillfactor = 70)") do
      add :key, :string, primary_key: true
      add :value, :text
    end

    create unique_index(:accounts, [:id, :name], prefix: "billing")

    create table(:groups, primary_key: false) do
      add :uuid, :uuid, primary_key: true
      add :parent_uuid, references(:groups, type: :uuid, column: :uuid, on_delete: :nilify_all)
      add :tenant_id, :string
      add :owner_id, references(:accounts, prefix: "billing", with: [tenant_id: :name],
                                on_delete: :restrict)
    end

    create table(:memberships, primary_key: false, modifiers: "UNLOGGED") do
      add :user_id, :bigint, primary_key: true
      add :group_id, references(:groups, type: :uuid, column: :uuid, name: :memberships_group_fk,
                                on_update: :update_all, match: :full, validate: false),
        primary_key: true
      add :role, :string, size: 16, default: "member", null: false
    end

    create table(:empty)
  end
end
