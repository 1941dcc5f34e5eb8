ALTER TABLE counters ADD COLUMN c111 integer;
