ALTER TABLE counters ADD COLUMN c149 integer;
