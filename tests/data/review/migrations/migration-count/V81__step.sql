ALTER TABLE counters ADD COLUMN c81 integer;
