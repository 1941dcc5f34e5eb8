-- expect: sequence-not-unique playlist_tracks.position
CREATE TABLE playlists (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE tracks (id INTEGER PRIMARY KEY, title TEXT NOT NULL);
CREATE TABLE playlist_tracks (
    id INTEGER PRIMARY KEY,
    playlist_id INTEGER NOT NULL REFERENCES playlists (id),
    track_id INTEGER NOT NULL REFERENCES tracks (id),
    position INTEGER NOT NULL
);
