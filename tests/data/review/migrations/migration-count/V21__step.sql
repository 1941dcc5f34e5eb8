ALTER TABLE counters ADD COLUMN c21 integer;
