ALTER TABLE counters ADD COLUMN c108 integer;
