ALTER TABLE counters ADD COLUMN c34 integer;
