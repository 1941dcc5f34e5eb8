-- Tasks belong to a project and, for row-level security, to its workspace.
CREATE TABLE tasks (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workspace_id bigint NOT NULL REFERENCES workspaces ON DELETE CASCADE,
    project_id bigint NOT NULL REFERENCES projects ON DELETE CASCADE,
    title text NOT NULL,
    due_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tasks_project_id_idx ON tasks (project_id);
CREATE INDEX tasks_workspace_id_idx ON tasks (workspace_id);

ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
CREATE POLICY projects_by_workspace ON projects
    USING (workspace_id = current_setting('app.workspace_id')::bigint);
CREATE POLICY tasks_by_workspace ON tasks
    USING (workspace_id = current_setting('app.workspace_id')::bigint);
