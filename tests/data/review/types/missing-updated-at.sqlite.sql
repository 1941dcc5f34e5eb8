-- SQLite, camelCase (Drizzle): bookmarks have a crawl status but no updatedAt.
-- expect: missing-updated-at bookmarks
CREATE TABLE bookmarks (id TEXT PRIMARY KEY, crawlStatus TEXT, createdAt INTEGER NOT NULL);
CREATE TABLE tags (id TEXT PRIMARY KEY, name TEXT, createdAt INTEGER NOT NULL);
