-- expect: sequence-not-unique document_versions.version
-- expect: sequence-not-unique checklist_items.position
CREATE TABLE documents (id bigint PRIMARY KEY, title text NOT NULL);
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE document_versions (
    id bigint PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES documents (id),
    author_id bigint NOT NULL REFERENCES users (id),
    version integer NOT NULL,
    body text NOT NULL
);
CREATE TABLE checklists (id bigint PRIMARY KEY);
CREATE TABLE checklist_items (
    id bigint PRIMARY KEY,
    checklist_id bigint NOT NULL REFERENCES checklists (id),
    position integer NOT NULL,
    label text NOT NULL
);
-- Near misses: an optimistic-locking version (one per row, not per parent), and a
-- numbered child list that is unique.
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES users (id),
    version integer NOT NULL DEFAULT 0
);
CREATE TABLE page_revisions (
    id bigint PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES documents (id),
    revision integer NOT NULL,
    UNIQUE (document_id, revision)
);
