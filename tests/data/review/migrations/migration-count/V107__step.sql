ALTER TABLE counters ADD COLUMN c107 integer;
