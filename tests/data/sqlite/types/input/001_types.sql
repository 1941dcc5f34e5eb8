-- Declared types are kept as written, with SQLite's affinity next to them.
CREATE TABLE kinds (
    id INTEGER PRIMARY KEY,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    payload BLOB,
    active BOOLEAN NOT NULL DEFAULT 1,
    name NVARCHAR(160) COLLATE NOCASE,
    price NUMERIC(10, 2) DEFAULT 0.0,
    ratio DOUBLE PRECISION,
    untyped,
    big_count BIGINT DEFAULT -1,
    note TEXT DEFAULT 'n/a',
    flags "custom type" DEFAULT (1 + 2),
    code CHAR(3) NOT NULL DEFAULT 'abc' UNIQUE
);

CREATE TABLE strict_kinds (
    id INTEGER PRIMARY KEY,
    anything ANY,
    label TEXT NOT NULL,
    amount REAL
) STRICT;

CREATE TABLE pairs (
    a TEXT,
    b INT,
    PRIMARY KEY (a, b)
) WITHOUT ROWID;

CREATE TABLE computed (
    width REAL NOT NULL,
    height REAL NOT NULL,
    area REAL GENERATED ALWAYS AS (width * height) STORED,
    perimeter AS (2 * (width + height))
);

CREATE TABLE [Bracketed Name] (`back tick` TEXT, "double ""quoted""" INTEGER, 'single' TEXT,
    uuid_text TEXT PRIMARY KEY);
