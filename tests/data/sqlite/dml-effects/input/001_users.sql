CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT);
INSERT INTO users (email) VALUES ('a@example.org'), ('a@example.org'), ('b@example.org');
