-- priv/repo/migrations/20240101000000_execute.exs
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE TABLE audit (
id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
note text
);
CREATE INDEX audit_note ON audit (note);
;
CREATE FUNCTION touch() RETURNS trigger AS $$
BEGIN NEW.note := 'x\n'; RETURN NEW; END
$$ LANGUAGE plpgsql
;
CREATE TABLE "public"."pairs" ( "id" bigserial PRIMARY KEY,
"a" integer,
"b" integer);
CREATE UNIQUE INDEX "pairs_a_b_index" ON "pairs" ("a", "b");
ALTER TABLE pairs ADD COLUMN c text;
COMMENT ON TABLE pairs IS 'it''s "quoted"';
