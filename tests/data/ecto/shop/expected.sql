-- priv/repo/migrations/20230101000000_create_orgs.exs
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE "orgs" ( "id" bigserial PRIMARY KEY,
"name" varchar(255) NOT NULL,
"slug" citext NOT NULL,
"settings" jsonb DEFAULT '{}',
"plan" varchar(20) DEFAULT 'free',
"inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL); COMMENT ON TABLE "orgs" IS 'Tenants';
CREATE UNIQUE INDEX "orgs_slug_index" ON "orgs" ("slug");
-- priv/repo/migrations/20230102000000_create_users.exs
CREATE TABLE "users" (
"id" uuid PRIMARY KEY,
"org_id" bigint NOT NULL, CONSTRAINT "users_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE CASCADE,
"email" citext NOT NULL,
"name" varchar(255),
"role" varchar(255) DEFAULT 'member' NOT NULL,
"score" decimal(10,2),
"tags" varchar(255)[] DEFAULT ARRAY[]::varchar[],
"last_seen_at" timestamp,
"born_on" date,
"active" boolean DEFAULT true NOT NULL,
"inserted_at" timestamp(0) NOT NULL, "updated_at" timestamp(0) NOT NULL); COMMENT ON COLUMN "users"."name" IS 'Display name';
CREATE UNIQUE INDEX "users_org_id_email_index" ON "users" ("org_id", "email");
CREATE INDEX "users_lower_name_index" ON "users" (lower(name));
ALTER TABLE "users" ADD CONSTRAINT "role_must_be_known" CHECK (role IN ('member', 'admin'));
-- priv/repo/migrations/20230103000000_create_orders.exs
CREATE TABLE "orders" ( "id" bigserial PRIMARY KEY,
"user_id" uuid, CONSTRAINT "orders_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL,
"org_id" bigint NOT NULL, CONSTRAINT "orders_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "orgs"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
"total" integer DEFAULT 0 NOT NULL,
"status" varchar(255) DEFAULT 'open',
"inserted_at" timestamp(0) NOT NULL);
CREATE INDEX "orders_user_id_index" ON "orders" ("user_id");
CREATE INDEX "open_orders_by_org" ON "orders" ("org_id", "inserted_at" DESC) WHERE status = 'open';
-- priv/repo/migrations/20230104000000_alter_users.exs
ALTER TABLE "users" ADD COLUMN "nickname" varchar(40);
ALTER TABLE "users" ALTER COLUMN "name" TYPE text;
ALTER TABLE "users" DROP COLUMN "born_on";
ALTER TABLE "users" ADD COLUMN IF NOT EXISTS "locale" varchar(255) DEFAULT 'en';
ALTER TABLE "users" RENAME "score" TO "karma";
CREATE INDEX users_tags_gin ON users USING gin (tags);
;
-- priv/repo/migrations/20230105000000_index_status.exs (no transaction)
CREATE INDEX CONCURRENTLY "orders_status_index" ON "orders" USING hash ("status");
-- priv/repo/migrations/20230106000000_audit.exs
CREATE TABLE "audit_logs" (PRIMARY KEY ("org_id", "seq"),
"org_id" bigint, CONSTRAINT "audit_logs_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "orgs"("id"),
"seq" bigint,
"payload" jsonb NOT NULL,
"at" timestamp(0) DEFAULT now());
ALTER TABLE "audit_logs" RENAME TO "audit_events";
DROP INDEX IF EXISTS "orders_user_id_index";
ALTER TABLE "orders" DROP CONSTRAINT "orders_user_id_fkey", ALTER COLUMN "user_id" TYPE uuid, ADD CONSTRAINT "orders_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE;
