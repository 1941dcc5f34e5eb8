-- expect: set-null-not-null posts.user_id
-- expect: set-null-not-null comments.post_id
-- expect: set-null-not-null memberships.org_id
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
