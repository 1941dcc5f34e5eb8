-- expect: soft-fk public
-- expect-none: polymorphic-fk
-- expect-none: fk-missing-index
-- A schema without foreign keys by design (a partitioned event store): one schema-level
-- finding lists its references instead of one per column, and its polymorphic pair is no
-- news either.
CREATE TABLE tenants (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE events (
    tenant_id bigint NOT NULL,
    id bigint NOT NULL,
    at timestamptz NOT NULL,
    subject_type text NOT NULL,
    subject_id bigint NOT NULL,
    PRIMARY KEY (tenant_id, id, at)
) PARTITION BY RANGE (at);
CREATE TABLE jobs (id bigint PRIMARY KEY, tenant_id bigint NOT NULL, payload jsonb);
CREATE TABLE workers (id bigint PRIMARY KEY, tenant_id bigint NOT NULL, job_id bigint);
