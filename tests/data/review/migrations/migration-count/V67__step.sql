ALTER TABLE counters ADD COLUMN c67 integer;
