ALTER TABLE counters ADD COLUMN c140 integer;
