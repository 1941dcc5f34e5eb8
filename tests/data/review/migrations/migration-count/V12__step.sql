ALTER TABLE counters ADD COLUMN c12 integer;
