ALTER TABLE counters ADD COLUMN c16 integer;
