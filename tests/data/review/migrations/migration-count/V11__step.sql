ALTER TABLE counters ADD COLUMN c11 integer;
