ALTER TABLE counters ADD COLUMN c60 integer;
