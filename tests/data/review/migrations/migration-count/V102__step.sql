ALTER TABLE counters ADD COLUMN c102 integer;
