ALTER TABLE counters ADD COLUMN c23 integer;
