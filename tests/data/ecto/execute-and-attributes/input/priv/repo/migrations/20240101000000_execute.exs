defmodule App.Repo.Migrations.Execute do
  use Ecto.Migration

  @table "audit"
  @schema_name :public
  @columns [:a, :b]

  def up do
    execute "CREATE EXTENSION IF NOT EXISTS pgcrypto"

    execute """
    CREATE TABLE #{@table} (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      note text
    );
    CREATE INDEX audit_note ON #{@table} (note);
    """

    execute ~S"""
    CREATE FUNCTION touch() RETURNS trigger AS $$
    BEGIN NEW.note := 'x\n'; RETURN NEW; END
    $$ LANGUAGE plpgsql
    """

    name = "pairs"

    create table(name, prefix: @schema_name) do
      add :a, :integer
      add :b, :integer
    end

    create unique_index(name, @columns)
    execute("ALTER TABLE pairs ADD COLUMN c text", "ALTER TABLE pairs DROP COLUMN c")
    execute ~s|COMMENT ON TABLE pairs IS 'it''s "quoted"'|
    flush()
  end

  def down do
    execute "DROP TABLE audit"
  end
end
