ALTER TABLE counters ADD COLUMN c75 integer;
