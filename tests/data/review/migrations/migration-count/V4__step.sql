ALTER TABLE counters ADD COLUMN c4 integer;
