defmodule App.Repo.Migrations.Drop do
  use Ecto.Migration

  def up do
    alter table(:users) do
      remove :team_id, references(:squads)
    end

    drop table(:squads), mode: :cascade
    drop_if_exists table(:never_existed)
  end

  def down do
    create table(:squads)
  end
end
