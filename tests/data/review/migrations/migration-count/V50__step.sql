ALTER TABLE counters ADD COLUMN c50 integer;
