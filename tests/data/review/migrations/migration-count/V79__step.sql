ALTER TABLE counters ADD COLUMN c79 integer;
