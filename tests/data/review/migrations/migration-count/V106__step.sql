ALTER TABLE counters ADD COLUMN c106 integer;
