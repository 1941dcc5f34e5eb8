ALTER TABLE counters ADD COLUMN c9 integer;
