-- SQLite ignores a DECIMAL's precision, so its absence is not reported.
-- expect-none: decimal-no-precision
CREATE TABLE readings (id INTEGER PRIMARY KEY, value DECIMAL NOT NULL);
