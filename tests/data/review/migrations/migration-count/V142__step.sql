ALTER TABLE counters ADD COLUMN c142 integer;
