CREATE TABLE events (
    id bigint PRIMARY KEY,
    tenant_id bigint NOT NULL,
    kind text,
    payload jsonb,
    email text,
    occurred_at timestamptz
);
CREATE INDEX ON events (tenant_id);
CREATE INDEX ON events (tenant_id);
CREATE INDEX events_kind_time ON events (kind, occurred_at DESC NULLS LAST) INCLUDE (id);
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS events_email_lower ON events (lower(email))
    WHERE email IS NOT NULL;
CREATE INDEX IF NOT EXISTS events_email_lower ON events (email);
CREATE INDEX events_payload_gin ON events USING gin (payload jsonb_path_ops);
CREATE UNIQUE INDEX events_tenant_kind ON events (tenant_id, kind) NULLS NOT DISTINCT;
CREATE INDEX ON events ((payload->>'type'));
ALTER INDEX events_kind_time RENAME TO events_kind_occurred;
DROP INDEX IF EXISTS events_tenant_id_idx1;
DROP INDEX CONCURRENTLY IF EXISTS no_such_index;
