-- expect-none: json-as-text
CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    payload TEXT NOT NULL CHECK (json_valid("payload")),
    body TEXT,
    data BLOB
);
