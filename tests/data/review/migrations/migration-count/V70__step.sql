ALTER TABLE counters ADD COLUMN c70 integer;
