ALTER TABLE counters ADD COLUMN c129 integer;
