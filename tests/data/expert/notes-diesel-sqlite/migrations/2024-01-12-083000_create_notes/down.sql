DROP TABLE note_versions;
DROP TABLE notes;
