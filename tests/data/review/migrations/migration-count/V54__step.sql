ALTER TABLE counters ADD COLUMN c54 integer;
