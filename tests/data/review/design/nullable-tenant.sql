-- workspace_id is NOT NULL in most tables; tags leaves it nullable by accident, roles on
-- purpose (global roles, stated by the partial index).
-- expect: nullable-tenant tags.workspace_id
CREATE TABLE workspaces (id bigint PRIMARY KEY);
CREATE TABLE projects (id bigint PRIMARY KEY, workspace_id bigint NOT NULL REFERENCES workspaces (id));
CREATE TABLE tasks (id bigint PRIMARY KEY, workspace_id bigint NOT NULL REFERENCES workspaces (id));
CREATE TABLE comments (id bigint PRIMARY KEY, workspace_id bigint NOT NULL REFERENCES workspaces (id));
CREATE TABLE tags (id bigint PRIMARY KEY, workspace_id bigint REFERENCES workspaces (id), name text);
CREATE TABLE roles (id bigint PRIMARY KEY, workspace_id bigint REFERENCES workspaces (id), name text NOT NULL);
CREATE UNIQUE INDEX roles_global_name ON roles (name) WHERE workspace_id IS NULL;
