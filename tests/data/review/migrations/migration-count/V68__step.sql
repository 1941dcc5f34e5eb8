ALTER TABLE counters ADD COLUMN c68 integer;
