CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    tenant_id INTEGER NOT NULL,
    name TEXT,
    deleted_at TIMESTAMP,
    CONSTRAINT users_tenant_name UNIQUE (tenant_id, name),
    UNIQUE (email) -- same columns as the column constraint: SQLite keeps one index
);
CREATE INDEX users_tenant ON users (tenant_id);
CREATE UNIQUE INDEX users_live_email ON users (lower(email)) WHERE deleted_at IS NULL;
CREATE INDEX IF NOT EXISTS users_recent
    ON users (tenant_id, deleted_at DESC, name COLLATE NOCASE ASC);
CREATE INDEX users_tenant ON users (tenant_id);
CREATE INDEX IF NOT EXISTS users_tenant ON users (name);
CREATE  INDEX "Quoted Index" ON users ("name");
CREATE INDEX users_json ON users (json_extract(name, '$.first'), id);
CREATE INDEX users_gone ON users (deleted_at);
DROP INDEX users_gone;
