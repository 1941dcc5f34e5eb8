-- expect: cascade-inconsistent notes.client_account_id
-- expect: nullable-tenant notes.client_account_id
-- SQLite: the tenant column client_account_id cascades everywhere but in notes, which sets
-- it NULL (rows that belong to no tenant once it is deleted), and is NOT NULL everywhere but
-- there.
CREATE TABLE client_accounts (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE projects (id INTEGER PRIMARY KEY,
    client_account_id INTEGER NOT NULL REFERENCES client_accounts (id) ON DELETE CASCADE);
CREATE TABLE invoices (id INTEGER PRIMARY KEY,
    client_account_id INTEGER NOT NULL REFERENCES client_accounts (id) ON DELETE CASCADE);
CREATE TABLE contacts (id INTEGER PRIMARY KEY,
    client_account_id INTEGER NOT NULL REFERENCES client_accounts (id) ON DELETE CASCADE);
CREATE TABLE notes (id INTEGER PRIMARY KEY,
    client_account_id INTEGER REFERENCES client_accounts (id) ON DELETE SET NULL);
CREATE INDEX projects_account ON projects (client_account_id);
CREATE INDEX invoices_account ON invoices (client_account_id);
CREATE INDEX contacts_account ON contacts (client_account_id);
CREATE INDEX notes_account ON notes (client_account_id);
