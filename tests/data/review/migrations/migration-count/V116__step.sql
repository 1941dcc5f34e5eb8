ALTER TABLE counters ADD COLUMN c116 integer;
