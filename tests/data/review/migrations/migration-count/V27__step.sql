ALTER TABLE counters ADD COLUMN c27 integer;
