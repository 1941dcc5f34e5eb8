defmodule Shop.Repo.Migrations.CreateOrders do
  use Ecto.Migration

  def up do
    create table(:orders) do
      add :user_id, references(:users, type: :binary_id, on_delete: :nilify_all)
      add :org_id, references(:orgs, on_delete: :restrict, on_update: :update_all), null: false
      add :total, :integer, null: false, default: 0
      add :status, :string, default: "open"
      timestamps(updated_at: false)
    end

    create index(:orders, [:user_id])

    create index(:orders, [:org_id, desc: :inserted_at],
             where: "status = 'open'",
             name: "open_orders_by_org"
           )
  end

  def down do
    drop table(:orders)
  end
end
