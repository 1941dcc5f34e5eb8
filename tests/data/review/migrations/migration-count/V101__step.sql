ALTER TABLE counters ADD COLUMN c101 integer;
