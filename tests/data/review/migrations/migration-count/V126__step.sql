ALTER TABLE counters ADD COLUMN c126 integer;
