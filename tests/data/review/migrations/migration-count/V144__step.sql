ALTER TABLE counters ADD COLUMN c144 integer;
