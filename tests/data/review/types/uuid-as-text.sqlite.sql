-- SQLite: a BLOB key and a TEXT uuid with no CHECK that validates them. The FK column
-- referencing the BLOB key goes with the key's finding.
-- expect: uuid-as-text tags.id
-- expect: uuid-as-text documents.uuid
CREATE TABLE tags (id BLOB PRIMARY KEY NOT NULL, name TEXT NOT NULL);
CREATE TABLE note_tags (tag_id BLOB NOT NULL REFERENCES tags (id), note TEXT NOT NULL);
CREATE TABLE documents (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, title TEXT);
