ALTER TABLE counters ADD COLUMN c35 integer;
