ALTER TABLE counters ADD COLUMN c29 integer;
