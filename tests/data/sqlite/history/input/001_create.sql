CREATE TABLE agents (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    is_user_operator INTEGER DEFAULT 0
);
CREATE TABLE teams (id INTEGER PRIMARY KEY, title TEXT);
CREATE INDEX agents_name ON agents (name);
