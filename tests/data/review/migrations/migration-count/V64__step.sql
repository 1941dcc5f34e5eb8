ALTER TABLE counters ADD COLUMN c64 integer;
