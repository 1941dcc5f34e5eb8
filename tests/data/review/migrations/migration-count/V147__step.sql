ALTER TABLE counters ADD COLUMN c147 integer;
