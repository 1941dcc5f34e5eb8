ALTER TABLE counters ADD COLUMN c85 integer;
