-- expect: dangling-reference tracks.album_id
-- expect: dangling-reference tracks.genre_id
-- expect: dangling-reference tracks.media_code
-- SQLite accepts foreign keys to a missing table, a missing column and a column that is not
-- unique; each fails later writes. A forward reference to a table created afterwards is fine.
CREATE TABLE tracks (
    id INTEGER PRIMARY KEY,
    album_id INTEGER REFERENCES albums (id),
    genre_id INTEGER REFERENCES genres (genre_key),
    media_code TEXT REFERENCES media_types (code),
    artist_id INTEGER REFERENCES artists (id)
);
CREATE TABLE genres (id INTEGER PRIMARY KEY, name TEXT);
CREATE TABLE media_types (id INTEGER PRIMARY KEY, code TEXT);
CREATE TABLE artists (id INTEGER PRIMARY KEY, name TEXT);
