CREATE TABLE tasks (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id bigint NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    project_id bigint NOT NULL,
    assignee_id bigint,
    title text NOT NULL,
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done')),
    due_on date,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (tenant_id, project_id) REFERENCES projects (tenant_id, id) ON DELETE CASCADE,
    -- Only the assignee is cleared when the user goes; the task keeps its tenant.
    FOREIGN KEY (tenant_id, assignee_id) REFERENCES users (tenant_id, id)
        ON DELETE SET NULL (assignee_id)
);
CREATE INDEX tasks_tenant_id_status_idx ON tasks (tenant_id, status);
CREATE INDEX tasks_tenant_id_project_id_idx ON tasks (tenant_id, project_id);
CREATE INDEX tasks_tenant_id_assignee_id_idx ON tasks (tenant_id, assignee_id);

ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE projects ENABLE ROW LEVEL SECURITY;
ALTER TABLE tasks ENABLE ROW LEVEL SECURITY;
CREATE POLICY users_by_tenant ON users
    USING (tenant_id = current_setting('app.tenant_id')::bigint);
CREATE POLICY projects_by_tenant ON projects
    USING (tenant_id = current_setting('app.tenant_id')::bigint);
CREATE POLICY tasks_by_tenant ON tasks
    USING (tenant_id = current_setting('app.tenant_id')::bigint);
