-- SQLite: same rule.
-- expect: missing-composite-index orders

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL,
    state TEXT NOT NULL
);
CREATE INDEX orders_account ON orders (account_id);
CREATE INDEX orders_state ON orders (state);
