ALTER TABLE counters ADD COLUMN c91 integer;
