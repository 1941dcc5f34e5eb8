CREATE TABLE users (id bigint PRIMARY KEY, name text);
ALTER TABLE users ADD CONSTRAINT users_name_not_null CHECK (name IS NOT NULL) NOT VALID;
