ALTER TABLE counters ADD COLUMN c124 integer;
