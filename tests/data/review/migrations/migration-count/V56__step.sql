ALTER TABLE counters ADD COLUMN c56 integer;
