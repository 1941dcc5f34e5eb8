ALTER TABLE counters ADD COLUMN c66 integer;
