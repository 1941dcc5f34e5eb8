ALTER TABLE counters ADD COLUMN c69 integer;
