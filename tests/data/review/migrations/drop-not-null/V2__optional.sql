ALTER TABLE users ALTER COLUMN email DROP NOT NULL;
-- nickname takes NULL already: nothing changes for its readers.
ALTER TABLE users ALTER COLUMN nickname TYPE varchar(80), ALTER COLUMN nickname DROP NOT NULL;
CREATE TABLE teams (id bigint PRIMARY KEY, slug text NOT NULL);
ALTER TABLE teams ALTER COLUMN slug DROP NOT NULL;
