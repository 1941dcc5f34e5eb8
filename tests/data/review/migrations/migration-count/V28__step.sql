ALTER TABLE counters ADD COLUMN c28 integer;
