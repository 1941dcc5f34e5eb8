-- SQLite: a BLOB key and a TEXT uuid with no CHECK that validates them. The FK column
-- referencing the BLOB key goes with the key's finding.
-- expect: uuid-as-text tags.id
-- expect: uuid-as-text documents.uuid
CREATE TABLE tags (id BLOB PRIMARY KEY NOT NULL, name TEXT NOT NULL);
CREATE TABLE note_tags (tag_id BLOB NOT NULL REFERENCES tags (id), note TEXT NOT NULL);
CREATE TABLE documents (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, title TEXT);
-- An event log with several UUID columns: adding the CHECKs is one rebuild, so one finding.
-- expect: uuid-as-text audit_events
CREATE TABLE audit_events (id INTEGER PRIMARY KEY, user_uuid TEXT NOT NULL, org_uuid TEXT,
                           action TEXT NOT NULL);
