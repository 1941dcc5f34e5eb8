ALTER TABLE counters ADD COLUMN c5 integer;
