CREATE TABLE users (
    id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    email TEXT NOT NULL UNIQUE,
    display_name TEXT,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE notebooks (
    id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    owner_id BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    is_archived INTEGER NOT NULL DEFAULT 0 CHECK (is_archived IN (0, 1)),
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX notebooks_owner_id ON notebooks (owner_id);
