CREATE TABLE authors (id serial PRIMARY KEY, full_name text NOT NULL);
CREATE TABLE books (
    id serial PRIMARY KEY,
    author_id integer NOT NULL REFERENCES authors (id),
    title text NOT NULL
);
