CREATE TABLE users (id bigint PRIMARY KEY, email varchar(100) NOT NULL);
CREATE UNIQUE INDEX users_email ON users (email);
