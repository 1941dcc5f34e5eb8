ALTER TABLE counters ADD COLUMN c119 integer;
