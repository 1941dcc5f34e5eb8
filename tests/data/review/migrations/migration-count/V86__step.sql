ALTER TABLE counters ADD COLUMN c86 integer;
