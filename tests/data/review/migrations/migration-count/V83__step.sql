ALTER TABLE counters ADD COLUMN c83 integer;
