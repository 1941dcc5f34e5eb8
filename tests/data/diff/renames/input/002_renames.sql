-- A chain collapses to one rename: a -> a2 -> a3, x -> x2 -> x3; y renamed and back is no change.
ALTER TABLE a RENAME TO a2;
ALTER TABLE a2 RENAME TO a3;
ALTER TABLE a3 RENAME COLUMN x TO x2;
ALTER TABLE a3 RENAME COLUMN x2 TO x3;
ALTER TABLE a3 RENAME COLUMN y TO tmp;
ALTER TABLE a3 RENAME COLUMN tmp TO y;

-- b is renamed, and a new b takes its old name.
ALTER TABLE b RENAME TO b_old;
CREATE TABLE b (id integer PRIMARY KEY, w text);

-- Prisma's table rebuild: a new table under a temporary name takes c's place; c changed.
CREATE TABLE "new_c" (id integer PRIMARY KEY, z integer);
DROP TABLE c;
ALTER TABLE "new_c" RENAME TO c;

-- Prisma's enum swap: a new type, the column moved to it, the old one dropped, the new renamed.
CREATE TYPE "Role_new" AS ENUM ('USER', 'OWNER');
ALTER TABLE members ALTER COLUMN role DROP DEFAULT;
ALTER TABLE members ALTER COLUMN role TYPE "Role_new" USING (role::text::"Role_new");
DROP TYPE "Role";
ALTER TYPE "Role_new" RENAME TO "Role";
ALTER TABLE members ALTER COLUMN role SET DEFAULT 'USER';
