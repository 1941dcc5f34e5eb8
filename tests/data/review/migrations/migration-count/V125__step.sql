ALTER TABLE counters ADD COLUMN c125 integer;
