ALTER TABLE counters ADD COLUMN c97 integer;
