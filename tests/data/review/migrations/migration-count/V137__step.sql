ALTER TABLE counters ADD COLUMN c137 integer;
