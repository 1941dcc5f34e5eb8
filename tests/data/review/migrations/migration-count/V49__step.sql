ALTER TABLE counters ADD COLUMN c49 integer;
