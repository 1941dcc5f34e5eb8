-- A small shop schema with problems of every severity, for the report writers.
CREATE TABLE customers (
    id integer PRIMARY KEY,
    email text NOT NULL UNIQUE,
    password text
);

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint REFERENCES customers (id) ON DELETE SET NULL,
    note text,
    created_at timestamp NOT NULL DEFAULT now()
);

CREATE TABLE audit_log (
    happened_at timestamp NOT NULL,
    payload jsonb
);
CREATE INDEX audit_log_happened_idx ON audit_log (happened_at);
CREATE INDEX audit_log_happened_idx2 ON audit_log (happened_at);

CREATE VIEW recent_orders AS
    SELECT * FROM orders WHERE created_at > now() - interval '1 day';

CREATE TABLE broken (id integer PRIMARY KEY,);
