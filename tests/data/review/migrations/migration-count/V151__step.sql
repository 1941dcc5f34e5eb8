ALTER TABLE counters ADD COLUMN c151 integer;
