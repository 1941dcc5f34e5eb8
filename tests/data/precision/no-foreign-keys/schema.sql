-- Events platform sharded by tenant: rows of one tenant live together, and referential
-- integrity is the services' job (no foreign keys anywhere, by design).
CREATE TABLE tenants (
    id bigint PRIMARY KEY,
    name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
    tenant_id bigint NOT NULL,
    id bigint NOT NULL,
    email text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE projects (
    tenant_id bigint NOT NULL,
    id bigint NOT NULL,
    name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE events (
    tenant_id bigint NOT NULL,
    id bigint NOT NULL,
    project_id bigint NOT NULL,
    user_id bigint,
    name text NOT NULL,
    occurred_at timestamptz NOT NULL,
    PRIMARY KEY (tenant_id, id)
);
CREATE INDEX events_project ON events (tenant_id, project_id, occurred_at);

CREATE TABLE sessions (
    tenant_id bigint NOT NULL,
    id bigint NOT NULL,
    user_id bigint NOT NULL,
    started_at timestamptz NOT NULL,
    ended_at timestamptz,
    PRIMARY KEY (tenant_id, id)
);
