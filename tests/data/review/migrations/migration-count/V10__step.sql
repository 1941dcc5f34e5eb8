ALTER TABLE counters ADD COLUMN c10 integer;
