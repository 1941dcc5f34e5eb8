-- The duplicate rows inserted by 001 make this fail, as it would on a real database.
CREATE UNIQUE INDEX users_email ON users (email);
DELETE FROM users WHERE id = 2;
CREATE UNIQUE INDEX users_email_2 ON users (email);
