-- expect-none: dangling-reference
-- Forward references, an implicit primary-key reference and a unique natural key.
CREATE TABLE tracks (
    id INTEGER PRIMARY KEY,
    album_id INTEGER REFERENCES albums,
    media_code TEXT REFERENCES media_types (code)
);
CREATE TABLE albums (id INTEGER PRIMARY KEY, title TEXT);
CREATE TABLE media_types (id INTEGER PRIMARY KEY, code TEXT UNIQUE);
