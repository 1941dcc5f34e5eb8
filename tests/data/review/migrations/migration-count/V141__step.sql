ALTER TABLE counters ADD COLUMN c141 integer;
