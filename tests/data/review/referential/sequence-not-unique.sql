-- expect: sequence-not-unique invoices.number
-- expect: sequence-not-unique task_steps.step
-- (More cases in design/.) An invoice number per organization (the tenant numbers them) and
-- a step among the rows a task owns (ON DELETE CASCADE, table not named after it). Not
-- flagged: a partial unique index still states the rule, a float position is a fractional
-- index, and an optimistic-locking version (orders.version) has no owning parent.
CREATE TABLE organizations (id bigint PRIMARY KEY);
CREATE TABLE invoices (
    id bigint PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organizations,
    number integer NOT NULL
);
CREATE TABLE tasks (id bigint PRIMARY KEY);
CREATE TABLE task_steps (
    id bigint PRIMARY KEY,
    job_id bigint NOT NULL REFERENCES tasks ON DELETE CASCADE,
    step integer NOT NULL
);
CREATE TABLE pages (id bigint PRIMARY KEY);
CREATE TABLE page_revisions (
    id bigint PRIMARY KEY,
    page_id bigint NOT NULL REFERENCES pages,
    revision integer NOT NULL,
    deleted_at timestamptz
);
CREATE UNIQUE INDEX page_revisions_live ON page_revisions (page_id, revision) WHERE deleted_at IS NULL;
CREATE TABLE boards (id bigint PRIMARY KEY);
CREATE TABLE board_cards (
    id bigint PRIMARY KEY,
    board_id bigint NOT NULL REFERENCES boards ON DELETE CASCADE,
    position double precision NOT NULL
);
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    organization_id bigint NOT NULL REFERENCES organizations,
    version integer NOT NULL DEFAULT 0
);
-- A credential format version in a table named after its parent is not a series.
CREATE TABLE identities (id bigint PRIMARY KEY);
CREATE TABLE identity_credentials (id bigint PRIMARY KEY,
                                   identity_id bigint NOT NULL REFERENCES identities ON DELETE CASCADE,
                                   version integer NOT NULL DEFAULT 0);
