ALTER TABLE counters ADD COLUMN c72 integer;
