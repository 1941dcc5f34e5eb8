ALTER TABLE counters ADD COLUMN c136 integer;
