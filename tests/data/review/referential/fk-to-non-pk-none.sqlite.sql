-- expect-none: fk-to-non-pk
-- expect-none: fk-type-mismatch
-- expect-none: set-null-not-null
-- expect-none: fk-no-on-delete
-- SQLite: references to primary keys (named, implicit), matching affinities, SET NULL on a
-- nullable column, and every FK to users states its ON DELETE.
CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT UNIQUE);
CREATE TABLE posts (id INTEGER PRIMARY KEY,
                    user_id INT REFERENCES users (id) ON DELETE CASCADE,
                    editor_id INTEGER REFERENCES users ON DELETE SET NULL);
