-- Prisma's enum swap: the new type takes the old one's name.
CREATE TYPE "Role_new" AS ENUM ('MEMBER', 'ADMIN');
ALTER TABLE members ALTER COLUMN role DROP DEFAULT;
ALTER TABLE members ALTER COLUMN role TYPE "Role_new" USING (role::text::"Role_new");
ALTER TABLE members ALTER COLUMN roles TYPE "Role_new"[] USING (roles::text[]::"Role_new"[]);
ALTER TYPE "Role" RENAME TO "Role_old";
ALTER TYPE "Role_new" RENAME TO "Role";
ALTER TABLE members ALTER COLUMN role SET DEFAULT 'MEMBER';
ALTER TABLE defaults DROP COLUMN g;
DROP TYPE "Role_old";

ALTER TYPE status SET SCHEMA archive;
ALTER TYPE mood RENAME VALUE 'ok' TO 'fine';

ALTER TABLE members RENAME COLUMN score TO "Points";
ALTER TABLE members RENAME COLUMN email TO address;

ALTER SEQUENCE ticket_numbers RENAME TO ticket_ids;
ALTER TABLE other_numbers RENAME TO other_ids;

ALTER TABLE posts SET SCHEMA archive;
