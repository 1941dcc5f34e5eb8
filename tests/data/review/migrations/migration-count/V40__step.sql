ALTER TABLE counters ADD COLUMN c40 integer;
