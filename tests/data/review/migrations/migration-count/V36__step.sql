ALTER TABLE counters ADD COLUMN c36 integer;
