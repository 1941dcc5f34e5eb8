-- db/migrations/versions/aaa_first.py (aaa)
CREATE TABLE "kept" (
"id" SERIAL NOT NULL PRIMARY KEY,
"uid" "apptypes.UUID" NOT NULL,
"link" "sqlalchemy_utils.types.url.URLType",
"state" "state");
CREATE TABLE "red" ( "id" SERIAL NOT NULL PRIMARY KEY); CREATE TABLE "green" ( "id" SERIAL NOT NULL PRIMARY KEY);
CREATE TABLE "blue" ( "id" SERIAL NOT NULL PRIMARY KEY);
CREATE INDEX "ix_kept_uid" ON "kept" ("uid");
ALTER TABLE "kept" ADD COLUMN "after" INTEGER;
-- db/migrations/versions/bbb_second.py (bbb)
ALTER TABLE "kept" ADD COLUMN "orphan" INTEGER;
