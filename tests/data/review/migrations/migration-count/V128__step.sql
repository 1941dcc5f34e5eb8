ALTER TABLE counters ADD COLUMN c128 integer;
