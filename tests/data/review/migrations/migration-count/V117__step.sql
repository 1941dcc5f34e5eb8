ALTER TABLE counters ADD COLUMN c117 integer;
