defmodule Shop.Repo.Migrations.AlterUsers do
  use Ecto.Migration

  def change do
    alter table(:users) do
      add :nickname, :string, size: 40
      modify :name, :text, from: :string
      remove :born_on
      add_if_not_exists :locale, :string, default: "en"
    end

    rename table(:users), :score, to: :karma

    execute """
    CREATE INDEX users_tags_gin ON users USING gin (tags);
    """
  end
end
