CREATE TABLE notes (
    id BLOB PRIMARY KEY NOT NULL CHECK (length(id) = 16),
    notebook_id BLOB NOT NULL REFERENCES notebooks (id) ON DELETE CASCADE,
    -- the version shown by default; set by the application after each save
    latest_version_id BLOB,
    title TEXT NOT NULL,
    is_pinned INTEGER NOT NULL DEFAULT 0,
    attributes TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(attributes)),
    legacy_flags INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CHECK (legacy_flags >= 0 AND is_pinned IN (0, 1))
);

CREATE INDEX notes_notebook_id ON notes (notebook_id);

CREATE TABLE note_versions (
    id BLOB PRIMARY KEY NOT NULL,
    note_id BLOB NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX note_versions_note_id ON note_versions (note_id);
