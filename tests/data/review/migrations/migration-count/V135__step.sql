ALTER TABLE counters ADD COLUMN c135 integer;
