ALTER TABLE counters ADD COLUMN c110 integer;
