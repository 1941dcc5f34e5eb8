-- expect: soft-fk documents.current_revision_id
-- expect: soft-fk document_revisions.parent_revision_id
-- SQLite with BLOB (UUID) keys: a role name resolves to the owner's family table when the
-- key types agree; notes.current_revision_id is TEXT and note_revisions is keyed by BLOB.
CREATE TABLE documents (id BLOB PRIMARY KEY NOT NULL, current_revision_id BLOB);
CREATE TABLE document_revisions (
    id BLOB PRIMARY KEY NOT NULL,
    document_id BLOB NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    parent_revision_id BLOB
);
CREATE TABLE notes (id BLOB PRIMARY KEY NOT NULL, current_revision_id TEXT);
CREATE TABLE note_revisions (id BLOB PRIMARY KEY NOT NULL,
                             note_id BLOB NOT NULL REFERENCES notes (id) ON DELETE CASCADE);
