CREATE TABLE users (id bigint PRIMARY KEY, name text);
CREATE TABLE sessions (id bigint PRIMARY KEY);
CREATE TABLE tokens (id bigint PRIMARY KEY);
