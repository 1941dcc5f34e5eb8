ALTER TABLE counters ADD COLUMN c98 integer;
