-- expect: soft-fk documents.current_revision_id
-- expect: soft-fk documents.published_revision_id
-- expect: soft-fk documents.owner_user_id
-- expect: soft-fk document_revisions.parent_revision_id
-- expect: soft-fk projects.latest_build_id
-- References named by their role resolve to the owner's family table: current_revision_id
-- in documents points at document_revisions, latest_build_id in projects at project_builds
-- (text keys), a parent_revision_id in document_revisions at its own table. A family table
-- that links the owner to another table (document_users) is not a kind of user:
-- owner_user_id means users. Not references: a role name whose family table has another key
-- type (sheets.current_revision_id bigint, sheet_revisions keyed by uuid), and one whose
-- table does not exist (reports.current_revision_id).
CREATE TABLE users (id uuid PRIMARY KEY);
CREATE TABLE documents (
    id uuid PRIMARY KEY,
    owner_id uuid NOT NULL REFERENCES users,
    current_revision_id uuid,
    published_revision_id uuid,
    owner_user_id uuid
);
CREATE TABLE document_revisions (
    id uuid PRIMARY KEY,
    document_id uuid NOT NULL REFERENCES documents ON DELETE CASCADE,
    parent_revision_id uuid,
    body text NOT NULL
);
CREATE INDEX document_revisions_document ON document_revisions (document_id);
CREATE TABLE document_users (
    id uuid PRIMARY KEY,
    document_id uuid NOT NULL REFERENCES documents ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users ON DELETE CASCADE
);
CREATE TABLE projects (id text PRIMARY KEY, latest_build_id text);
CREATE TABLE project_builds (id text PRIMARY KEY,
                             project_id text NOT NULL REFERENCES projects ON DELETE CASCADE);
CREATE TABLE sheets (id bigint PRIMARY KEY, current_revision_id bigint);
CREATE TABLE sheet_revisions (id uuid PRIMARY KEY, sheet_id bigint NOT NULL REFERENCES sheets);
CREATE TABLE reports (id bigint PRIMARY KEY, current_revision_id bigint);
