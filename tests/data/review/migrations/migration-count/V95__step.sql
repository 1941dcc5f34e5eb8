ALTER TABLE counters ADD COLUMN c95 integer;
