ALTER TABLE counters ADD COLUMN c59 integer;
