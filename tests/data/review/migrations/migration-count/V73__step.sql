ALTER TABLE counters ADD COLUMN c73 integer;
