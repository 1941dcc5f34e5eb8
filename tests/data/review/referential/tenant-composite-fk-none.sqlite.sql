-- expect-none: tenant-composite-fk
CREATE TABLE workspaces (id INTEGER PRIMARY KEY);
CREATE TABLE projects (id INTEGER PRIMARY KEY, workspace_id INTEGER NOT NULL REFERENCES workspaces (id),
                       UNIQUE (workspace_id, id));
CREATE TABLE tasks (id INTEGER PRIMARY KEY, workspace_id INTEGER NOT NULL,
                    project_id INTEGER NOT NULL,
                    FOREIGN KEY (workspace_id, project_id) REFERENCES projects (workspace_id, id));
