-- expect: hardcoded-dated-default promotions.starts_at
CREATE TABLE promotions (
    id INTEGER PRIMARY KEY,
    starts_at TEXT NOT NULL DEFAULT '2023-06-01 00:00:00',
    created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
    ends_at TEXT DEFAULT '0001-01-01'
);
