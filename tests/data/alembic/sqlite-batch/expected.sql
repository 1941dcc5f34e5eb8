-- migrations/versions/0001_initial.py (0001)
CREATE TABLE "authors" (
"id" INTEGER NOT NULL,
"name" VARCHAR(80) NOT NULL,
PRIMARY KEY ("id"));
CREATE TABLE "books" (
"id" INTEGER NOT NULL PRIMARY KEY,
"author_id" INTEGER NOT NULL REFERENCES "authors" ("id"),
"title" VARCHAR(200),
"isbn" VARCHAR(13) UNIQUE,
"kind" VARCHAR(5),
"price" NUMERIC(8, 2) DEFAULT '0',
"added" DATETIME DEFAULT CURRENT_TIMESTAMP,
CONSTRAINT "ck_books_price" CHECK (price >= 0));
CREATE INDEX "ix_books_title" ON "books" ("title");
-- migrations/versions/0002_batch.py (0002)
ALTER TABLE "books" ADD COLUMN "pages" INTEGER;
CREATE INDEX "ix_books_pages" ON "books" ("pages");
CREATE TABLE "_alembic_tmp_books" ("id" INTEGER NOT NULL, "author_id" INTEGER NOT NULL, "title" VARCHAR(200) NOT NULL, "isbn13" VARCHAR(13), "price" NUMERIC(8, 2) DEFAULT '0', "added" DATETIME DEFAULT CURRENT_TIMESTAMP, "pages" INTEGER, PRIMARY KEY ("id"), UNIQUE ("isbn13"), FOREIGN KEY("author_id") REFERENCES "authors" ("id"), CONSTRAINT "uq_books_author_title" UNIQUE ("author_id", "title"), CONSTRAINT "ck_books_pages" CHECK (pages > 0)); INSERT INTO "_alembic_tmp_books" ("id", "author_id", "title", "isbn13", "price", "added", "pages") SELECT "id", "author_id", "title", "isbn", "price", "added", "pages" FROM "books"; DROP TABLE "books"; ALTER TABLE "_alembic_tmp_books" RENAME TO "books"; CREATE INDEX "ix_books_title" ON "books" ("title"); CREATE INDEX "ix_books_pages" ON "books" ("pages");
CREATE TABLE "_alembic_tmp_authors" ("id" INTEGER NOT NULL, "name" VARCHAR(80) NOT NULL, "born" DATE, "mentor_id" INTEGER, PRIMARY KEY ("id"), CONSTRAINT "fk_authors_mentor" FOREIGN KEY("mentor_id") REFERENCES "authors" ("id")); INSERT INTO "_alembic_tmp_authors" ("id", "name") SELECT "id", "name" FROM "authors"; DROP TABLE "authors"; ALTER TABLE "_alembic_tmp_authors" RENAME TO "authors";
ALTER TABLE "authors" ADD COLUMN "email" VARCHAR(120) DEFAULT '';
ALTER TABLE "authors" RENAME TO "writers";
DROP INDEX "ix_books_title";
