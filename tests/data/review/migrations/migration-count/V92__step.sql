ALTER TABLE counters ADD COLUMN c92 integer;
