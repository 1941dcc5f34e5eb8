ALTER TABLE counters ADD COLUMN c13 integer;
