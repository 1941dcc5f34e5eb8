-- priv/repo/migrations/20240101000000_base.exs
CREATE TABLE "teams" ( "id" bigserial PRIMARY KEY,
"name" varchar(255));
CREATE TABLE "users" ( "id" bigserial PRIMARY KEY,
"email" varchar(255),
"score" integer,
"team_id" bigint, CONSTRAINT "users_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id"),
"old" text);
CREATE INDEX "users_email_index" ON "users" ("email");
-- priv/repo/migrations/20240102000000_alter.exs
ALTER TABLE "users" ADD COLUMN "nickname" varchar(30) DEFAULT '' NOT NULL;
ALTER TABLE "users" ADD COLUMN IF NOT EXISTS "email" varchar(255);
ALTER TABLE "users" ALTER COLUMN "score" TYPE bigint, ALTER COLUMN "score" SET NOT NULL, ALTER COLUMN "score" SET DEFAULT 0;
ALTER TABLE "users" DROP CONSTRAINT "users_team_id_fkey", ALTER COLUMN "team_id" TYPE bigint, ADD CONSTRAINT "users_team_id_fkey" FOREIGN KEY ("team_id") REFERENCES "teams"("id") ON DELETE CASCADE;
ALTER TABLE "users" DROP COLUMN "old";
ALTER TABLE "users" DROP COLUMN IF EXISTS "ghost";
ALTER TABLE "teams" ADD COLUMN "id2" uuid;
ALTER TABLE "teams" ALTER COLUMN "name" TYPE text; COMMENT ON COLUMN "teams"."name" IS 'display name';
ALTER TABLE "teams" RENAME TO "squads";
ALTER TABLE "users" RENAME "email" TO "mail";
ALTER INDEX "users_email_index" RENAME TO "users_mail_index";
-- priv/repo/migrations/20240103000000_drop.exs
ALTER TABLE "users" DROP CONSTRAINT "users_team_id_fkey", DROP COLUMN "team_id";
DROP TABLE "squads" CASCADE;
DROP TABLE IF EXISTS "never_existed";
