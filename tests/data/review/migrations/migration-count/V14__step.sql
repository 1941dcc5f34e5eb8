ALTER TABLE counters ADD COLUMN c14 integer;
