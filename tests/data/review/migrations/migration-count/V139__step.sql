ALTER TABLE counters ADD COLUMN c139 integer;
