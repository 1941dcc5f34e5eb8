ALTER TABLE counters ADD COLUMN c42 integer;
