-- expect: circular-fk document_revisions
-- A cycle through a soft reference is a cycle: documents.current_revision_id (no foreign key
-- yet) points at document_revisions, whose document_id points back.
CREATE TABLE documents (id bigint PRIMARY KEY, title text NOT NULL, current_revision_id bigint);
CREATE TABLE document_revisions (
    id bigint PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES documents ON DELETE CASCADE,
    body text NOT NULL
);
CREATE TABLE authors (id bigint PRIMARY KEY);
CREATE TABLE books (id bigint PRIMARY KEY, author_id bigint NOT NULL REFERENCES authors);
