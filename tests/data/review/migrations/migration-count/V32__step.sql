ALTER TABLE counters ADD COLUMN c32 integer;
