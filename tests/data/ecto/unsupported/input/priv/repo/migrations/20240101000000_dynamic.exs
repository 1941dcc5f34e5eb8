defmodule App.Repo.Migrations.Dynamic do
  use Ecto.Migration
  import Ecto.Query

  @tables ~w(alpha beta)a

  def change do
    create table(:kept) do
      add :amount, Money.Ecto.Amount.Type
      add :label, :string, default: Application.get_env(:app, :label)
      add :ok, :boolean, default: true
    end

    for t <- @tables do
      create table(t)
    end

    if System.get_env("WITH_EXTRA") do
      create table(:extra)
    end

    Enum.each(@tables, fn t -> create index(t, [:id]) end)
    repo().update_all(from(k in "kept"), set: [ok: false])
    create_audit_tables()
    execute(&execute_up/0, &execute_down/0)
    IO.puts("done")
  end

  defp create_audit_tables do
    create table(:audits)
  end

  defp execute_up, do: repo().query!("select 1")
  defp execute_down, do: :ok
end
