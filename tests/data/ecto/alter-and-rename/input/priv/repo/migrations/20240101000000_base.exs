defmodule App.Repo.Migrations.Base do
  use Ecto.Migration

  def change do
    create table(:teams) do
      add :name, :string
    end

    create table(:users) do
      add :email, :string
      add :score, :integer
      add :team_id, references(:teams)
      add :old, :text
    end

    create index(:users, [:email])
  end
end
