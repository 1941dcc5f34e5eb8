ALTER TABLE counters ADD COLUMN c78 integer;
