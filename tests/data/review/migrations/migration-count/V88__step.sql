ALTER TABLE counters ADD COLUMN c88 integer;
