ALTER TABLE counters ADD COLUMN c150 integer;
