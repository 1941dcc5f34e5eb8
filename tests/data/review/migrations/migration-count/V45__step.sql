ALTER TABLE counters ADD COLUMN c45 integer;
