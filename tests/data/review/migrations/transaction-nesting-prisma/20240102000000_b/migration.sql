-- Prisma sends the file as one multi-statement query: BEGIN turns its implicit
-- transaction into this one without a warning.
BEGIN;
CREATE TABLE b (id bigint PRIMARY KEY);
COMMIT;
