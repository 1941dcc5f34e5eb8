-- expect: fk-missing-index posts.user_id
-- expect: fk-missing-index post_tags.tag_id
-- expect: fk-missing-index comments.post_id
-- An unindexed FK; the second column of a composite primary key; an FK covered only by a
-- partial index on another column's predicate or by an index whose first column is another.
-- A soft reference (likes) is soft-fk's: it carries its missing index.
-- Covered: the leading column of a primary key, of a unique constraint, of a composite
-- index in any order.
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE tags (id bigint PRIMARY KEY);
CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint REFERENCES users, deleted_at timestamptz);
CREATE TABLE post_tags (
    post_id bigint REFERENCES posts,
    tag_id bigint REFERENCES tags,
    PRIMARY KEY (post_id, tag_id)
);
CREATE TABLE likes (id bigint PRIMARY KEY, user_id bigint NOT NULL);
CREATE TABLE comments (
    id bigint PRIMARY KEY,
    post_id bigint REFERENCES posts,
    author_id bigint REFERENCES users,
    created_at timestamptz
);
CREATE INDEX comments_live_post ON comments (post_id) WHERE created_at IS NOT NULL;
CREATE INDEX comments_author_created ON comments (author_id, created_at);
CREATE TABLE follows (
    follower_id bigint REFERENCES users,
    followee_id bigint REFERENCES users,
    UNIQUE (followee_id, follower_id)
);
CREATE INDEX follows_follower ON follows (follower_id);
