ALTER TABLE counters ADD COLUMN c93 integer;
