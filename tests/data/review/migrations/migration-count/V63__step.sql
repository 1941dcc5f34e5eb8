ALTER TABLE counters ADD COLUMN c63 integer;
