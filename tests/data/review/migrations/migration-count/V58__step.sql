ALTER TABLE counters ADD COLUMN c58 integer;
