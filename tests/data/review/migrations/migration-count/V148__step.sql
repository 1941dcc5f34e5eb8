ALTER TABLE counters ADD COLUMN c148 integer;
