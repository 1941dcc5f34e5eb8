-- expect-none: fk-missing-index
CREATE TABLE users (id INTEGER PRIMARY KEY);
CREATE TABLE posts (id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES users (id));
CREATE INDEX posts_user ON posts (user_id);
