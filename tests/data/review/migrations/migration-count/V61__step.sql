ALTER TABLE counters ADD COLUMN c61 integer;
