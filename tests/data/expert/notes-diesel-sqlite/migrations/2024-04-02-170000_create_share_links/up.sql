CREATE TABLE share_links (
    id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    note_id BLOB NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    token TEXT NOT NULL UNIQUE,
    can_edit INTEGER NOT NULL DEFAULT 0 CHECK (can_edit IN (0, 1)),
    expires_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX share_links_note_id ON share_links (note_id);
