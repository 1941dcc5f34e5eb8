ALTER TABLE counters ADD COLUMN c80 integer;
