-- This migration fails: a syntax error, then statements that depend on it.
ALTER TABLE posts ADD COLUMN body TEXT;
CREATE TABLE comments (
    id INTEGER PRIMARY KEY,
    post_id INTEGER REFERENCES posts (id),
    body TEXT,,
    created_at TIMESTAMP
);
CREATE INDEX comments_post ON comments (post_id);
INSERT INTO tags (name) VALUES ('sqlite');
