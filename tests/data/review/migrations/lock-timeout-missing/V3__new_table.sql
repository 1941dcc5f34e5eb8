-- Only a table created here: nothing existing is locked.
CREATE TABLE u (id bigint PRIMARY KEY);
ALTER TABLE u ADD COLUMN b text;
