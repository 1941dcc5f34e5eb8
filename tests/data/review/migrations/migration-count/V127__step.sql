ALTER TABLE counters ADD COLUMN c127 integer;
