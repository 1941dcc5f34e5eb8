CREATE UNIQUE INDEX users_email ON users (lower(email));
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
