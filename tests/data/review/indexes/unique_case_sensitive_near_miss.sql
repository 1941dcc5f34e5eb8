-- Case handled: citext, a lower() index, a CHECK that keeps one case; and a schema that
-- never compares without case says nothing about the rest (see the second file's users).
-- expect-none: unique-case-sensitive
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE users (id bigint PRIMARY KEY, email citext NOT NULL UNIQUE);
CREATE TABLE members (id bigint PRIMARY KEY, email text NOT NULL);
CREATE UNIQUE INDEX members_email ON members (lower(email));
CREATE TABLE sites (id bigint PRIMARY KEY, slug text NOT NULL UNIQUE CHECK (slug = lower(slug)));
CREATE TABLE codes (id bigint PRIMARY KEY, code text NOT NULL UNIQUE);
