-- expect: tenant-composite-fk tasks.project_id
-- expect: tenant-composite-fk time_entries.task_id
-- expect: tenant-composite-fk invoices
-- Tasks reference their workspace and their project separately, time entries their
-- workspace and their task; invoices reach two parents that way (one finding for the table). Fine: comments use a composite key (workspace_id, task_id),
-- labels belong to projects whose tenant may be NULL (shared labels), and a table without
-- a tenant column.
CREATE TABLE workspaces (id bigint PRIMARY KEY);
CREATE TABLE projects (id bigint PRIMARY KEY, workspace_id bigint NOT NULL REFERENCES workspaces,
                       UNIQUE (workspace_id, id));
CREATE TABLE tasks (id bigint PRIMARY KEY, workspace_id bigint NOT NULL REFERENCES workspaces,
                    project_id bigint NOT NULL REFERENCES projects);
CREATE TABLE time_entries (id bigint PRIMARY KEY, workspace_id bigint NOT NULL,
                           task_id bigint NOT NULL REFERENCES tasks ON DELETE CASCADE);
ALTER TABLE tasks ADD UNIQUE (workspace_id, id);
CREATE TABLE comments (id bigint PRIMARY KEY, workspace_id bigint NOT NULL REFERENCES workspaces,
                       task_id bigint NOT NULL,
                       FOREIGN KEY (workspace_id, task_id) REFERENCES tasks (workspace_id, id));
CREATE TABLE label_sets (id bigint PRIMARY KEY, workspace_id bigint REFERENCES workspaces);
CREATE TABLE labels (id bigint PRIMARY KEY, workspace_id bigint REFERENCES workspaces,
                     label_set_id bigint REFERENCES label_sets);
CREATE TABLE audit (id bigint PRIMARY KEY, task_id bigint REFERENCES tasks);
CREATE TABLE invoices (id bigint PRIMARY KEY, workspace_id bigint NOT NULL REFERENCES workspaces,
                       project_id bigint NOT NULL REFERENCES projects,
                       task_id bigint REFERENCES tasks);
