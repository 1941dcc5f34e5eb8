ALTER TABLE counters ADD COLUMN c104 integer;
