-- expect: fk-no-on-delete tasks.label_id
-- Most foreign keys of the schema state their ON DELETE policy; tasks.label_id states none,
-- though no other key points at labels: the schema's convention speaks, naming its policy.
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE teams (id bigint PRIMARY KEY);
CREATE TABLE projects (id bigint PRIMARY KEY,
                       owner_id bigint NOT NULL REFERENCES users ON DELETE CASCADE);
CREATE TABLE members (id bigint PRIMARY KEY,
                      team_id bigint NOT NULL REFERENCES teams ON DELETE CASCADE,
                      user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE);
CREATE TABLE labels (id bigint PRIMARY KEY,
                     project_id bigint REFERENCES projects ON DELETE SET NULL);
CREATE TABLE audit (id bigint PRIMARY KEY, actor_id bigint REFERENCES users ON DELETE SET NULL);
CREATE TABLE tasks (id bigint PRIMARY KEY, label_id bigint REFERENCES labels);
