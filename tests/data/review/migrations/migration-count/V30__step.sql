ALTER TABLE counters ADD COLUMN c30 integer;
