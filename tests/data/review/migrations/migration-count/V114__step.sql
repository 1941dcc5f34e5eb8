ALTER TABLE counters ADD COLUMN c114 integer;
