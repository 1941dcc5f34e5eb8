ALTER TABLE counters ADD COLUMN c121 integer;
