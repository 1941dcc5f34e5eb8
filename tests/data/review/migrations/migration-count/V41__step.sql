ALTER TABLE counters ADD COLUMN c41 integer;
