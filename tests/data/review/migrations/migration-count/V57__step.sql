ALTER TABLE counters ADD COLUMN c57 integer;
