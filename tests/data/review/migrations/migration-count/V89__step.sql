ALTER TABLE counters ADD COLUMN c89 integer;
