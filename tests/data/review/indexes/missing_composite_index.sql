-- Tenant and status indexed separately, user and created_at indexed separately.
-- expect: missing-composite-index tickets
-- expect: missing-composite-index comments

CREATE TABLE tickets (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL,
    status text NOT NULL,
    subject text NOT NULL
);
CREATE INDEX tickets_tenant_id_idx ON tickets (tenant_id);
CREATE INDEX tickets_status_idx ON tickets (status);

CREATE TABLE comments (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL,
    body text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX comments_user_id_idx ON comments (user_id);
CREATE INDEX comments_created_at_idx ON comments (created_at);

-- Soft delete: live rows of one organization want a partial index.
-- expect: missing-composite-index charges
CREATE TABLE charges (
    id bigint PRIMARY KEY,
    organization_id bigint NOT NULL,
    deleted_at timestamptz
);
CREATE INDEX charges_organization_id_idx ON charges (organization_id);
CREATE INDEX charges_deleted_at_idx ON charges (deleted_at);
