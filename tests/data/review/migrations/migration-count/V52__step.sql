ALTER TABLE counters ADD COLUMN c52 integer;
