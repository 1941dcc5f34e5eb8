ALTER TABLE counters ADD COLUMN c130 integer;
