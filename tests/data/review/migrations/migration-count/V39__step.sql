ALTER TABLE counters ADD COLUMN c39 integer;
