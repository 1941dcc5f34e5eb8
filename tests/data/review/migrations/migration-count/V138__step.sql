ALTER TABLE counters ADD COLUMN c138 integer;
