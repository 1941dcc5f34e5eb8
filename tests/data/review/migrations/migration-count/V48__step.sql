ALTER TABLE counters ADD COLUMN c48 integer;
