ALTER TABLE counters ADD COLUMN c105 integer;
