ALTER TABLE counters ADD COLUMN c118 integer;
