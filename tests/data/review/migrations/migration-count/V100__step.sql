ALTER TABLE counters ADD COLUMN c100 integer;
