ALTER TABLE counters ADD COLUMN c76 integer;
