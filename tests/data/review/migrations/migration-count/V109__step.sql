ALTER TABLE counters ADD COLUMN c109 integer;
