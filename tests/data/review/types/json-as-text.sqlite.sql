-- SQLite: JSON in TEXT is normal, a missing json_valid() CHECK is not. items.metadata and
-- items.tags_json (declared JSON) lack it; items.settings has it.
-- expect: json-as-text items.metadata
-- expect: json-as-text items.tags_json
CREATE TABLE items (
    id INTEGER PRIMARY KEY,
    metadata TEXT,
    tags_json JSON,
    settings TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(settings))
);
