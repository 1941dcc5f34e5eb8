-- Notes are kept when their author is deleted.
CREATE TABLE notes_new (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, body TEXT);
INSERT INTO notes_new SELECT id, user_id, body FROM notes;
DROP TABLE notes;
ALTER TABLE notes_new RENAME TO notes;
