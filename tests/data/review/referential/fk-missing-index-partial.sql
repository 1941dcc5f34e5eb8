-- expect: fk-missing-index tasks.reviewer_id
-- expect: fk-missing-index tasks.editor_id
-- Partial and expression indexes count where the planner uses them for the key's lookups:
-- a predicate the lookup implies (assignee_id IS NOT NULL), a live-rows filter
-- (deleted_at IS NULL), an expression that is only the column ((owner_id)). Not: a
-- predicate on a status (reviewer_id), an expression of the column (editor_id::text).
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE projects (id bigint PRIMARY KEY);
CREATE TABLE tasks (
    id bigint PRIMARY KEY,
    assignee_id bigint REFERENCES users,
    project_id bigint REFERENCES projects,
    reviewer_id bigint REFERENCES users,
    owner_id bigint REFERENCES users,
    editor_id bigint REFERENCES users,
    status text NOT NULL,
    deleted_at timestamptz
);
CREATE INDEX tasks_assignee ON tasks (assignee_id) WHERE assignee_id IS NOT NULL;
CREATE INDEX tasks_live_project ON tasks (project_id, status) WHERE deleted_at IS NULL;
CREATE INDEX tasks_open_reviewer ON tasks (reviewer_id) WHERE status = 'open';
CREATE INDEX tasks_owner ON tasks ((owner_id));
CREATE INDEX tasks_editor ON tasks ((editor_id::text));
