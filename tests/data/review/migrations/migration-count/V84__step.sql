ALTER TABLE counters ADD COLUMN c84 integer;
