ALTER TABLE counters ADD COLUMN c62 integer;
