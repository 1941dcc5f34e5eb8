ALTER TABLE counters ADD COLUMN c8 integer;
