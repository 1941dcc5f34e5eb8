-- expect: set-null-not-null posts.user_id
-- expect: set-null-not-null comments.post_id
-- expect: set-null-not-null memberships.org_id
-- expect: set-null-not-null reviews.reviewer_id
-- SET NULL on NOT NULL columns (also through a composite primary key and ON UPDATE), SET
-- DEFAULT on a NOT NULL column without a default. Fine: SET NULL on a nullable column and
-- SET DEFAULT with a default.
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE orgs (id bigint PRIMARY KEY);
CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users ON DELETE SET NULL,
                    editor_id bigint REFERENCES users ON DELETE SET NULL);
CREATE TABLE comments (id bigint PRIMARY KEY, post_id bigint NOT NULL REFERENCES posts ON DELETE SET DEFAULT,
                       user_id bigint NOT NULL DEFAULT 0 REFERENCES users ON DELETE SET DEFAULT);
CREATE TABLE memberships (org_id bigint REFERENCES orgs ON UPDATE SET NULL, user_id bigint,
                          PRIMARY KEY (org_id, user_id));
-- PostgreSQL 15's SET NULL (column list) clears only the listed columns: the NOT NULL tenant
-- column of a composite key is fine, a NOT NULL listed column is not.
CREATE TABLE tenant_users (tenant_id bigint, id bigint, PRIMARY KEY (tenant_id, id));
CREATE TABLE tasks (id bigint PRIMARY KEY, tenant_id bigint NOT NULL, assignee_id bigint,
                    FOREIGN KEY (tenant_id, assignee_id) REFERENCES tenant_users
                        ON DELETE SET NULL (assignee_id));
CREATE TABLE reviews (id bigint PRIMARY KEY, tenant_id bigint NOT NULL, reviewer_id bigint NOT NULL,
                      FOREIGN KEY (tenant_id, reviewer_id) REFERENCES tenant_users
                          ON DELETE SET NULL (reviewer_id));
