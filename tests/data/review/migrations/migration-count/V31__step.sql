ALTER TABLE counters ADD COLUMN c31 integer;
