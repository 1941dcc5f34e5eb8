-- SQLite treats NULLs in a unique key as distinct too.
-- expect: unique-nullable menus.parent_id
CREATE TABLE menus (
    id INTEGER PRIMARY KEY,
    site_id INTEGER NOT NULL,
    parent_id INTEGER REFERENCES menus (id),
    label TEXT NOT NULL,
    UNIQUE (site_id, parent_id, label)
);
