ALTER TABLE counters ADD COLUMN c38 integer;
