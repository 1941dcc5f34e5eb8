CREATE TABLE parent (id INTEGER PRIMARY KEY);
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent (id));
-- Executed as written: the legacy rename leaves child's REFERENCES parent untouched.
PRAGMA legacy_alter_table = ON;
ALTER TABLE parent RENAME TO parent_old;
PRAGMA legacy_alter_table = OFF;
CREATE TABLE keep (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent_old (id));
ALTER TABLE parent_old RENAME TO parent_new;
PRAGMA foreign_keys = ON;
INSERT INTO keep (id, parent_id) VALUES (1, 42);
PRAGMA foreign_keys = OFF;
INSERT INTO keep (id, parent_id) VALUES (1, 42);
-- Refused: loading never writes files.
ATTACH DATABASE 'schemalens-should-not-exist.db' AS other;
VACUUM INTO 'schemalens-should-not-exist-either.db';
PRAGMA temp_store = FILE;
