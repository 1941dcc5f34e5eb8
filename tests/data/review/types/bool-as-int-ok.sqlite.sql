-- expect-none: bool-as-int
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    is_admin INTEGER NOT NULL DEFAULT 0 CHECK (is_admin IN (0, 1)),
    has_avatar INTEGER,
    notifications_enabled BOOLEAN
);
