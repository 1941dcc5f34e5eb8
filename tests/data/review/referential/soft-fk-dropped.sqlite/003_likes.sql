CREATE TABLE likes (id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL, note_id INTEGER NOT NULL
                    REFERENCES notes (id));
