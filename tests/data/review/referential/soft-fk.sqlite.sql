-- expect: soft-fk playlist_track.TrackId
-- SQLite, Chinook-style PascalCase: TrackId names the Track table. PlaylistId is declared.
CREATE TABLE Playlist (PlaylistId INTEGER PRIMARY KEY, Name TEXT);
CREATE TABLE Track (TrackId INTEGER PRIMARY KEY, Name TEXT);
CREATE TABLE playlist_track (
    PlaylistId INTEGER NOT NULL REFERENCES Playlist (PlaylistId),
    TrackId INTEGER NOT NULL,
    PRIMARY KEY (PlaylistId, TrackId)
);
