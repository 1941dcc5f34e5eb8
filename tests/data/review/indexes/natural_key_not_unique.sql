-- A tenant's slug and a user's email with no unique key at all.
-- expect: natural-key-not-unique organizations.slug
-- expect: natural-key-not-unique users.email
CREATE TABLE organizations (id bigint PRIMARY KEY, name text NOT NULL, slug text NOT NULL);
CREATE TABLE users (id bigint PRIMARY KEY, organization_id bigint NOT NULL REFERENCES organizations (id), email text NOT NULL);
CREATE INDEX users_email ON users (email);
