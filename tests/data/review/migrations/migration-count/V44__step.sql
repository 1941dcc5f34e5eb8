ALTER TABLE counters ADD COLUMN c44 integer;
