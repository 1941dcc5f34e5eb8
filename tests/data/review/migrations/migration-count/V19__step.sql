ALTER TABLE counters ADD COLUMN c19 integer;
