ALTER TABLE counters ADD COLUMN c15 integer;
