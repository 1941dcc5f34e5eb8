ALTER TABLE counters ADD COLUMN c26 integer;
