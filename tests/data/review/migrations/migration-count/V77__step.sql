ALTER TABLE counters ADD COLUMN c77 integer;
