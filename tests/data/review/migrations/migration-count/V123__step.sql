ALTER TABLE counters ADD COLUMN c123 integer;
