-- priv/repo/migrations/20240101000000_indexes.exs (no transaction)
CREATE TABLE "posts" ( "id" bigserial PRIMARY KEY,
"title" varchar(255),
"body" text,
"author_id" bigint,
"published_at" timestamp(0),
"deleted_at" timestamp(0),
"tags" varchar(255)[],
"starts" integer,
"ends" integer);
CREATE INDEX "posts_author_id_published_at_index" ON "posts" ("author_id", "published_at" DESC) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX "posts_title_uniq" ON "posts" ("title") NULLS NOT DISTINCT;
CREATE INDEX CONCURRENTLY "posts_tags_index" ON "posts" USING GIN ("tags");
CREATE INDEX "posts_lower_title_index" ON "posts" (lower(title)) INCLUDE ("author_id"); COMMENT ON INDEX "posts_lower_title_index" IS 'search';
CREATE INDEX "posts_published_at_index" ON "public"."posts" ("published_at") WITH (fillfactor = 50);
CREATE INDEX IF NOT EXISTS "posts_body_index" ON "posts" USING hash ("body");
ALTER TABLE "posts" ADD CONSTRAINT "valid_range" CHECK (starts <= ends);
ALTER TABLE "posts" ADD CONSTRAINT "no_overlap" EXCLUDE USING gist (int4range("starts", "ends") WITH &&);
ALTER TABLE "posts" ADD CONSTRAINT "title_len" CHECK (char_length(title) > 0) NOT VALID; COMMENT ON CONSTRAINT "title_len" ON "posts" IS 'not validated yet';
DROP INDEX "posts_body_index";
DROP INDEX IF EXISTS "posts_missing_index";
ALTER TABLE "posts" DROP CONSTRAINT "title_len";
ALTER TABLE "posts" DROP CONSTRAINT IF EXISTS "nope";
