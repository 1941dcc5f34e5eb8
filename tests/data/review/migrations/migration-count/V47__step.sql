ALTER TABLE counters ADD COLUMN c47 integer;
