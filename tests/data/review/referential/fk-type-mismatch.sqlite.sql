-- expect: fk-type-mismatch tracks.album_id
-- SQLite compares by affinity: TEXT referencing INTEGER differs; INT and BIGINT are both
-- INTEGER affinity.
CREATE TABLE albums (id INTEGER PRIMARY KEY);
CREATE TABLE artists (id INT PRIMARY KEY);
CREATE TABLE tracks (
    id INTEGER PRIMARY KEY,
    album_id TEXT REFERENCES albums (id),
    artist_id BIGINT REFERENCES artists (id)
);
