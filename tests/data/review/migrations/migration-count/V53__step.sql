ALTER TABLE counters ADD COLUMN c53 integer;
