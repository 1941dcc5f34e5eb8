ALTER TABLE counters ADD COLUMN c43 integer;
