defmodule App.Repo.Migrations.Indexes do
  use Ecto.Migration
  @disable_ddl_transaction true

  def change do
    create table(:posts) do
      add :title, :string
      add :body, :text
      add :author_id, :bigint
      add :published_at, :utc_datetime
      add :deleted_at, :utc_datetime
      add :tags, {:array, :string}
      add :starts, :integer
      add :ends, :integer
    end

    create index(:posts, [:author_id, desc: :published_at], where: "deleted_at IS NULL")
    create unique_index(:posts, [:title], name: :posts_title_uniq, nulls_distinct: false)
    create index(:posts, [:tags], using: "GIN", concurrently: true)
    create index(:posts, ["lower(title)"], include: [:author_id], comment: "search")
    create index(:posts, :published_at, prefix: "public", options: "fillfactor = 50")
    create_if_not_exists index(:posts, [:body], using: :hash)
    create constraint(:posts, :valid_range, check: "starts <= ends")
    create constraint(:posts, :no_overlap, exclude: ~s|gist (int4range("starts", "ends") WITH &&)|)
    create constraint(:posts, :title_len, check: "char_length(title) > 0", validate: false,
             comment: "not validated yet")
    drop index(:posts, [:body])
    drop_if_exists index(:posts, [:missing])
    drop constraint(:posts, :title_len)
    drop_if_exists constraint(:posts, :nope)
  end
end
