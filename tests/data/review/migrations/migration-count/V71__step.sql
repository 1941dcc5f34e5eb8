ALTER TABLE counters ADD COLUMN c71 integer;
