-- expect: fk-to-non-pk logins.user_email
-- A reference to a unique natural key; references to primary keys (implicit or named,
-- composite in another column order) are fine.
CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE logins (
    id bigint PRIMARY KEY,
    user_email text REFERENCES users (email),
    user_id bigint REFERENCES users
);
CREATE TABLE memberships (org_id bigint, user_id bigint, PRIMARY KEY (org_id, user_id));
CREATE TABLE grants (
    id bigint PRIMARY KEY,
    user_id bigint,
    org_id bigint,
    FOREIGN KEY (user_id, org_id) REFERENCES memberships (user_id, org_id)
);
-- A tenant-scoped key that contains the primary key still names the row by its identity.
CREATE TABLE projects (id bigint PRIMARY KEY, org_id bigint NOT NULL, UNIQUE (org_id, id));
CREATE TABLE tasks (id bigint PRIMARY KEY, org_id bigint NOT NULL, project_id bigint NOT NULL,
                    FOREIGN KEY (org_id, project_id) REFERENCES projects (org_id, id));
