-- Unique per tenant, unique on lower(), or not a user/tenant table (an order's email is a
-- copy of the buyer's at the time).
-- expect-none: natural-key-not-unique
CREATE TABLE workspaces (id bigint PRIMARY KEY, domain text NOT NULL);
CREATE UNIQUE INDEX workspaces_domain ON workspaces (lower(domain));
CREATE TABLE users (id bigint PRIMARY KEY, workspace_id bigint NOT NULL REFERENCES workspaces (id), email text NOT NULL, UNIQUE (workspace_id, email));
CREATE TABLE orders (id bigint PRIMARY KEY, email text NOT NULL);
-- Members found by a unique username keep their email as a contact; a company's email is a
-- contact, not its key.
CREATE TABLE members (id bigint PRIMARY KEY, username text NOT NULL UNIQUE, email text);
CREATE TABLE companies (id bigint PRIMARY KEY, name text NOT NULL, email text NOT NULL);
