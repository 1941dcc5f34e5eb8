ALTER TABLE counters ADD COLUMN c131 integer;
