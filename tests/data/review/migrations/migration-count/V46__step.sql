ALTER TABLE counters ADD COLUMN c46 integer;
