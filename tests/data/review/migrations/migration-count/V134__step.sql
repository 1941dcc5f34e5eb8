ALTER TABLE counters ADD COLUMN c134 integer;
