ALTER TABLE counters ADD COLUMN c143 integer;
