ALTER TABLE counters ADD COLUMN c120 integer;
