ALTER TABLE counters ADD COLUMN c17 integer;
