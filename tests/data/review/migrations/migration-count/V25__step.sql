ALTER TABLE counters ADD COLUMN c25 integer;
