ALTER TABLE users DROP COLUMN nickname;
-- Added and dropped within one migration: no deployed code knew it.
ALTER TABLE users ADD COLUMN scratch text;
ALTER TABLE users DROP COLUMN scratch;
