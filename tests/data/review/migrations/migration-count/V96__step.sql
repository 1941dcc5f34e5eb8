ALTER TABLE counters ADD COLUMN c96 integer;
