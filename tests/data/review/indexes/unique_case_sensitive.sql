-- users.email is unique as written while invitations compare lower(email); accounts.handle
-- likewise, with citext used for team emails.
-- expect: unique-case-sensitive users.email
-- expect: unique-case-sensitive accounts.handle
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE invitations (id bigint PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX invitations_email ON invitations (lower(email));
CREATE TABLE accounts (id bigint PRIMARY KEY, handle varchar(40) NOT NULL);
CREATE UNIQUE INDEX accounts_handle ON accounts (handle);
CREATE TABLE teams (id bigint PRIMARY KEY, contact_email citext NOT NULL UNIQUE);
