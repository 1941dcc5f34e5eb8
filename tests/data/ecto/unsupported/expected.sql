-- priv/repo/migrations/20240101000000_dynamic.exs
CREATE TABLE "kept" ( "id" bigserial PRIMARY KEY,
"amount" "Money.Ecto.Amount.Type",
"label" varchar(255),
"ok" boolean DEFAULT true);
CREATE TABLE "alpha" ( "id" bigserial PRIMARY KEY); CREATE TABLE "beta" ( "id" bigserial PRIMARY KEY);
CREATE TABLE "audits" ( "id" bigserial PRIMARY KEY);
