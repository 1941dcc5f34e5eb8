ALTER TABLE counters ADD COLUMN c122 integer;
