ALTER TABLE counters ADD COLUMN c33 integer;
