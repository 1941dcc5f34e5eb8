ALTER TABLE counters ADD COLUMN c115 integer;
