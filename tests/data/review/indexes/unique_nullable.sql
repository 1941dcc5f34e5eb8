-- Composite unique keys over a nullable scope column: top-level folders (parent_id NULL)
-- and live users (deleted_at NULL) can repeat the rest of the key.
-- expect: unique-nullable folders.parent_id
-- expect: unique-nullable users.deleted_at
CREATE TABLE owners (id bigint PRIMARY KEY);
CREATE TABLE folders (
    id bigint PRIMARY KEY,
    owner_id bigint NOT NULL REFERENCES owners (id),
    parent_id bigint REFERENCES folders (id),
    name text NOT NULL,
    CONSTRAINT folders_owner_parent_name UNIQUE (owner_id, parent_id, name)
);
CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL,
    deleted_at timestamptz
);
CREATE UNIQUE INDEX users_email_deleted_at ON users (email, deleted_at);
