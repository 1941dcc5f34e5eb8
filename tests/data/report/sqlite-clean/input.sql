-- A clean SQLite schema: every reference declared and indexed.
CREATE TABLE authors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE books (
    id INTEGER PRIMARY KEY,
    author_id INTEGER NOT NULL REFERENCES authors (id) ON DELETE CASCADE,
    editor_id INTEGER REFERENCES authors (id) ON DELETE SET NULL,
    title TEXT NOT NULL
);
CREATE INDEX books_author_id_idx ON books (author_id);
CREATE INDEX books_editor_id_idx ON books (editor_id);

CREATE TRIGGER books_title_trim AFTER INSERT ON books
BEGIN
    UPDATE books SET title = trim(title) WHERE id = NEW.id;
END;
