ALTER TABLE counters ADD COLUMN c22 integer;
