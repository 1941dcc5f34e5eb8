ALTER TABLE counters ADD COLUMN c82 integer;
