-- SQLite: the composite exists.
-- expect-none: missing-composite-index

CREATE TABLE orders (
    id INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL,
    state TEXT NOT NULL
);
CREATE INDEX orders_account ON orders (account_id);
CREATE INDEX orders_state ON orders (state);
CREATE INDEX orders_account_state ON orders (account_id, state);
