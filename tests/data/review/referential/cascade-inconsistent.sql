-- expect: cascade-inconsistent notes.user_id
-- expect: cascade-inconsistent invites.workspace_id
-- expect: cascade-inconsistent workspace_audit.workspace_id
-- Three user_id FKs cascade and one blocks; the tenant column workspace_id cascades
-- everywhere but in invites (whatever table it points at) and workspace_audit, whose SET
-- NULL leaves rows that belong to no tenant once it is deleted. RESTRICT and NO ACTION count
-- as one policy (audits vs reports); different columns to users (author_id) are another
-- role, whose SET NULL keeps history on purpose.
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE workspaces (id bigint PRIMARY KEY);
CREATE TABLE teams (id bigint PRIMARY KEY, workspace_id bigint REFERENCES workspaces ON DELETE CASCADE);
CREATE TABLE projects (id bigint PRIMARY KEY, workspace_id bigint REFERENCES workspaces ON DELETE CASCADE);
CREATE TABLE invites (id bigint PRIMARY KEY, workspace_id bigint REFERENCES workspaces ON DELETE RESTRICT);
CREATE TABLE workspace_audit (id bigint PRIMARY KEY, workspace_id bigint REFERENCES workspaces ON DELETE SET NULL);
CREATE TABLE a (id bigint PRIMARY KEY, user_id bigint REFERENCES users ON DELETE CASCADE);
CREATE TABLE b (id bigint PRIMARY KEY, user_id bigint REFERENCES users ON DELETE CASCADE);
CREATE TABLE c (id bigint PRIMARY KEY, user_id bigint REFERENCES users ON DELETE CASCADE);
CREATE TABLE notes (id bigint PRIMARY KEY, user_id bigint REFERENCES users);
CREATE TABLE articles (id bigint PRIMARY KEY, author_id bigint REFERENCES users ON DELETE SET NULL);
CREATE TABLE audits (id bigint PRIMARY KEY, actor_id bigint REFERENCES users ON DELETE RESTRICT);
CREATE TABLE reports (id bigint PRIMARY KEY, actor_id bigint REFERENCES users);
