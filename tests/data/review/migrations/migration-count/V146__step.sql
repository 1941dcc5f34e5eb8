ALTER TABLE counters ADD COLUMN c146 integer;
