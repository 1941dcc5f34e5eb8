-- SQLite, camelCase (Drizzle): bookmarks start with a pending crawl status but have no updatedAt.
-- expect: missing-updated-at bookmarks
CREATE TABLE bookmarks (id TEXT PRIMARY KEY, crawlStatus TEXT DEFAULT 'pending', createdAt INTEGER NOT NULL);
CREATE TABLE tags (id TEXT PRIMARY KEY, name TEXT, createdAt INTEGER NOT NULL);
