ALTER TABLE counters ADD COLUMN c74 integer;
