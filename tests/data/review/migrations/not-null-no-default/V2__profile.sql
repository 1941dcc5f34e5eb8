-- email fails on a non-empty users; the others are fine (a default, nullable, or a table
-- created in this very migration).
ALTER TABLE users ADD COLUMN email text NOT NULL;
ALTER TABLE users ADD COLUMN locale text NOT NULL DEFAULT 'en';
ALTER TABLE users ADD COLUMN bio text;
ALTER TABLE users ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY;
CREATE TABLE teams (id bigint PRIMARY KEY);
ALTER TABLE teams ADD COLUMN slug text NOT NULL;
