ALTER TABLE counters ADD COLUMN c18 integer;
