-- alembic/versions/1a2b3c_schema_and_types.py (1a2b3c)
CREATE SCHEMA app;
CREATE TYPE status AS ENUM ('draft', 'live');
CREATE TABLE "app"."documents" (
"id" BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
"status" "status" DEFAULT 'draft' NOT NULL,
"body" JSONB,
"title" VARCHAR(200) NOT NULL,
"size" INTEGER DEFAULT 0 NOT NULL,
"stamp" TIMESTAMP WITH TIME ZONE DEFAULT now(),
"ip" INET,
"words" TSVECTOR,
"matrix" INTEGER[][],
"code" CHAR(3),
"ratio" FLOAT(53),
"valid" BOOLEAN DEFAULT false NOT NULL); COMMENT ON TABLE "app"."documents" IS 'documents of the app';
CREATE INDEX "ix_documents_words" ON "app"."documents" USING gin ("words");
CREATE UNIQUE INDEX "ix_documents_lower_title" ON "app"."documents" (lower(title));
-- alembic/versions/4d5e6f_constraints.py (4d5e6f)
CREATE TABLE "bookings" (
"id" INTEGER NOT NULL PRIMARY KEY,
"doc_id" BIGINT NOT NULL,
"room" INTEGER NOT NULL,
"during" TSRANGE NOT NULL,
CONSTRAINT "fk_bookings_doc" FOREIGN KEY("doc_id") REFERENCES "app"."documents" ("id") ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED);
ALTER TABLE "bookings" ADD CONSTRAINT "no_double_booking" EXCLUDE USING gist ("room" WITH =, "during" WITH &&);
ALTER TABLE "bookings" ALTER COLUMN "room" TYPE BIGINT USING room::bigint;
COMMENT ON COLUMN "bookings"."during" IS 'when it is booked';
COMMENT ON TABLE "bookings" IS 'room bookings';
COMMENT ON TABLE "bookings" IS NULL;
ALTER TABLE "bookings" ADD UNIQUE ("room", "during");
DROP INDEX "app"."ix_documents_words";
DROP TABLE "bookings";
CREATE TABLE "legacy" (   "id" SMALLSERIAL NOT NULL PRIMARY KEY);
ALTER TABLE "legacy" RENAME TO "archive";
