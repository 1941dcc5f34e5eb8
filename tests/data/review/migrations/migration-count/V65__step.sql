ALTER TABLE counters ADD COLUMN c65 integer;
