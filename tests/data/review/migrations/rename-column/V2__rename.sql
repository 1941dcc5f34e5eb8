ALTER TABLE users RENAME COLUMN mail TO email;
CREATE TABLE teams (id bigint PRIMARY KEY, nme text);
ALTER TABLE teams RENAME COLUMN nme TO name;
