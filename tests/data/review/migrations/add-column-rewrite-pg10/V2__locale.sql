-- Before PostgreSQL 11 even a constant default is written into every row.
ALTER TABLE users ADD COLUMN locale text NOT NULL DEFAULT 'en';
