-- A composite already exists, a partial index fixes the status, or the second column is not
-- a status/time filter.
-- expect-none: missing-composite-index

CREATE TABLE tickets (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL,
    status text NOT NULL,
    priority integer NOT NULL
);
CREATE INDEX tickets_tenant_id_idx ON tickets (tenant_id);
CREATE INDEX tickets_status_idx ON tickets (status);
CREATE INDEX tickets_status_tenant_idx ON tickets (status, tenant_id);

CREATE TABLE jobs (
    id bigint PRIMARY KEY,
    workspace_id bigint NOT NULL,
    state text NOT NULL
);
CREATE INDEX jobs_workspace_id_idx ON jobs (workspace_id);
CREATE INDEX jobs_state_idx ON jobs (state);
CREATE INDEX jobs_pending_idx ON jobs (workspace_id) WHERE state = 'pending';

CREATE TABLE documents (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL,
    title text NOT NULL,
    published_at text
);
CREATE INDEX documents_user_id_idx ON documents (user_id);
CREATE INDEX documents_title_idx ON documents (title);
-- *_at but not a time type.
CREATE INDEX documents_published_at_idx ON documents (published_at);
