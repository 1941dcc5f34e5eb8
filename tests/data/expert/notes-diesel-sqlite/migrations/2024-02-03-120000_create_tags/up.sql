CREATE TABLE tags (
    id BLOB PRIMARY KEY NOT NULL,
    owner_id BLOB NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    UNIQUE (owner_id, name)
);

CREATE TABLE note_tags (
    note_id BLOB NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
    tag_id BLOB NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (note_id, tag_id)
);

CREATE INDEX note_tags_tag_id ON note_tags (tag_id);
