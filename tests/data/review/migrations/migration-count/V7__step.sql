ALTER TABLE counters ADD COLUMN c7 integer;
