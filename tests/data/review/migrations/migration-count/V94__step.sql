ALTER TABLE counters ADD COLUMN c94 integer;
