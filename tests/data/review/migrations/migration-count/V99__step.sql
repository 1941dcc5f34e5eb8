ALTER TABLE counters ADD COLUMN c99 integer;
