ALTER TABLE counters ADD COLUMN c20 integer;
