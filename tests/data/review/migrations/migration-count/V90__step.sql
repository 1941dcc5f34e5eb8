ALTER TABLE counters ADD COLUMN c90 integer;
