ALTER TABLE counters ADD COLUMN c103 integer;
