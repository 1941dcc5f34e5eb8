ALTER TABLE counters ADD COLUMN c2 integer;
