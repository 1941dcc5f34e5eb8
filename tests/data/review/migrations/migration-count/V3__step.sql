ALTER TABLE counters ADD COLUMN c3 integer;
