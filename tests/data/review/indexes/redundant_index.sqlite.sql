-- SQLite: the same comparisons; sqlite_autoindex_* back the UNIQUE/PK constraints.
-- expect: redundant-index orders
-- expect: redundant-index users
-- expect: duplicate-index tags

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX orders_customer ON orders (customer_id);
CREATE INDEX orders_customer_created ON orders (customer_id, created_at);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE
);
CREATE UNIQUE INDEX users_email ON users (email);
CREATE INDEX users_email_nocase ON users (email COLLATE NOCASE);

CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL
);
CREATE INDEX tags_name ON tags (name);
CREATE INDEX tags_by_name ON tags(name   ASC);
