ALTER TABLE counters ADD COLUMN c51 integer;
