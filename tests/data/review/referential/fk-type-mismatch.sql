-- expect: fk-type-mismatch posts.user_id
-- expect: fk-type-mismatch tags.code
-- integer referencing bigint, varchar referencing char(3). Not flagged: varchar(36) to text
-- (the same type family), bigint to bigserial, a domain over bigint to bigint.
CREATE DOMAIN user_ref AS bigint;
CREATE TABLE users (id bigserial PRIMARY KEY, handle text UNIQUE);
CREATE TABLE languages (code char(3) PRIMARY KEY);
CREATE TABLE posts (
    id bigint PRIMARY KEY,
    user_id integer REFERENCES users,
    editor_id bigint REFERENCES users,
    reviewer_id user_ref REFERENCES users,
    handle varchar(36) REFERENCES users (handle)
);
CREATE TABLE tags (id bigint PRIMARY KEY, code varchar(3) REFERENCES languages);
