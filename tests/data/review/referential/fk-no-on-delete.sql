-- expect: fk-no-on-delete tasks.project_id
-- Two of the three FKs to projects say what a delete does (SET NULL: a choice, not a
-- policy tasks contradicts); tasks does not. Users are never
-- referenced with an explicit policy, so their silent FKs are the convention; for accounts,
-- one explicit FK among three silent ones is a deliberate exception, not the rule, and for
-- teams one against one is a tie, no convention.
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE accounts (id bigint PRIMARY KEY);
CREATE TABLE projects (id bigint PRIMARY KEY, owner_id bigint REFERENCES users);
CREATE TABLE milestones (id bigint PRIMARY KEY, project_id bigint REFERENCES projects ON DELETE SET NULL);
CREATE TABLE labels (id bigint PRIMARY KEY, project_id bigint REFERENCES projects ON DELETE SET NULL);
CREATE TABLE tasks (id bigint PRIMARY KEY, project_id bigint REFERENCES projects, assignee_id bigint REFERENCES users);
CREATE TABLE p1 (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts);
CREATE TABLE p2 (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts);
CREATE TABLE p3 (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts);
CREATE TABLE p4 (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts ON DELETE SET NULL);
CREATE TABLE teams (id bigint PRIMARY KEY);
CREATE TABLE t1 (id bigint PRIMARY KEY, team_id bigint REFERENCES teams ON DELETE SET NULL);
CREATE TABLE t2 (id bigint PRIMARY KEY, team_id bigint REFERENCES teams);
