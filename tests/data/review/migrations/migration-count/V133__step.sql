ALTER TABLE counters ADD COLUMN c133 integer;
