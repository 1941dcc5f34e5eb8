-- orders refers to customers and regions before they exist: SQLite resolves FKs lazily.
CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    region TEXT,
    code TEXT,
    FOREIGN KEY (region, code) REFERENCES regions (region, code)
        ON UPDATE CASCADE ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE regions (region TEXT, code TEXT, PRIMARY KEY (region, code));
