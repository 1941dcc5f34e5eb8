-- Plain DDL without dialect markers, except that a column has no type: SQLite allows
-- that, PostgreSQL does not.
CREATE TABLE authors (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE books (id INTEGER PRIMARY KEY, author_id REFERENCES authors (id), title TEXT);
