defmodule Shop.Repo.Migrations.Audit do
  use Ecto.Migration

  def change do
    name = "audit_logs"

    create table(name, primary_key: false) do
      add :org_id, references(:orgs), primary_key: true
      add :seq, :bigint, primary_key: true
      add :payload, :map, null: false
      add :at, :naive_datetime, default: fragment("now()")
    end

    rename table(name), to: table(:audit_events)
    drop_if_exists index(:orders, [:user_id])

    alter table(:orders) do
      modify :user_id, references(:users, type: :binary_id, on_delete: :delete_all),
        from: references(:users, type: :binary_id, on_delete: :nilify_all)
    end
  end
end
