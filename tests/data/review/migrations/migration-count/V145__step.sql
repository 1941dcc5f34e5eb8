ALTER TABLE counters ADD COLUMN c145 integer;
