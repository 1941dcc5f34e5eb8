-- The pair is covered by a unique index; a text "version" is a label, not a counter.
-- expect-none: sequence-not-unique
CREATE TABLE workflows (id uuid PRIMARY KEY);
CREATE TABLE workflow_versions (
    id uuid PRIMARY KEY,
    workflow_id uuid NOT NULL REFERENCES workflows (id),
    version integer NOT NULL
);
CREATE UNIQUE INDEX workflow_versions_workflow_version ON workflow_versions (workflow_id, version);
CREATE TABLE app_versions (
    id uuid PRIMARY KEY,
    workflow_id uuid NOT NULL REFERENCES workflows (id),
    version text NOT NULL
);
