CREATE TABLE users (id bigserial PRIMARY KEY, email text, nickname text);
CREATE TABLE posts (id bigserial PRIMARY KEY, author bigint, title varchar(100), body text);
CREATE SCHEMA archive;
