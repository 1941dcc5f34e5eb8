ALTER TABLE counters ADD COLUMN c24 integer;
