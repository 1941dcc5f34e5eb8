ALTER TABLE counters ADD COLUMN c37 integer;
