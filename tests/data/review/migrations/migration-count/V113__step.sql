ALTER TABLE counters ADD COLUMN c113 integer;
