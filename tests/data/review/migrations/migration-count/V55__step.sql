ALTER TABLE counters ADD COLUMN c55 integer;
