ALTER TABLE counters ADD COLUMN c87 integer;
