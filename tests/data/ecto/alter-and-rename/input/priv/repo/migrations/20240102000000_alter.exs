defmodule App.Repo.Migrations.Alter do
  use Ecto.Migration

  def change do
    alter table(:users) do
      add :nickname, :string, size: 30, null: false, default: ""
      add_if_not_exists :email, :string
      modify :score, :bigint, null: false, default: 0
      modify :team_id, references(:teams, on_delete: :delete_all), from: references(:teams)
      remove :old
      remove_if_exists :ghost, :string
    end

    alter table(:teams) do
      add :id2, :uuid, primary_key: false
      modify :name, :text, comment: "display name"
    end

    rename table(:teams), to: table(:squads)
    rename table(:users), :email, to: :mail
    rename index(:users, [:email]), to: "users_mail_index"
  end
end
