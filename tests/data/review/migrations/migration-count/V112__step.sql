ALTER TABLE counters ADD COLUMN c112 integer;
