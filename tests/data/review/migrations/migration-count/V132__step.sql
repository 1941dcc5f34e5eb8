ALTER TABLE counters ADD COLUMN c132 integer;
