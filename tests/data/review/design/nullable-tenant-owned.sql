-- expect: nullable-tenant projects.workspace_id
-- expect: nullable-tenant docs.workspace_id
-- Tenancy is optional in this schema (no table requires workspace_id), but some tables say
-- their rows belong to a workspace: projects are deleted with it, docs are filtered by it in
-- their RLS policy. Templates keep their rows when the workspace goes (optional tenancy);
-- roles document their global rows with a partial index; api_keys belong to a project (whose
-- organization is required) when they have no workspace of their own.
CREATE TABLE workspaces (id bigint PRIMARY KEY);
CREATE TABLE projects (id bigint PRIMARY KEY,
                       workspace_id bigint REFERENCES workspaces ON DELETE CASCADE);
CREATE TABLE templates (id bigint PRIMARY KEY,
                        workspace_id bigint REFERENCES workspaces ON DELETE SET NULL);
CREATE TABLE docs (id bigint PRIMARY KEY, workspace_id bigint);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_workspace ON docs USING (workspace_id = current_setting('app.workspace')::bigint);
CREATE TABLE roles (id bigint PRIMARY KEY, name text NOT NULL,
                    workspace_id bigint REFERENCES workspaces ON DELETE CASCADE);
CREATE UNIQUE INDEX roles_global_name ON roles (name) WHERE workspace_id IS NULL;
CREATE TABLE apps (id bigint PRIMARY KEY, workspace_id bigint NOT NULL REFERENCES workspaces);
CREATE TABLE api_keys (id bigint PRIMARY KEY, app_id bigint REFERENCES apps ON DELETE CASCADE,
                       workspace_id bigint REFERENCES workspaces ON DELETE CASCADE);
