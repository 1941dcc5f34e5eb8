ALTER TABLE counters ADD COLUMN c6 integer;
