-- Most timestamps are timestamptz; legacy_orders uses timestamp without time zone and
-- tokens keeps an epoch number in expires_at.
-- expect: timestamp-inconsistent legacy_orders
-- expect: timestamp-inconsistent tokens
CREATE TABLE users (id bigint PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz);
CREATE TABLE orders (id bigint PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz);
CREATE TABLE items (id bigint PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz);
CREATE TABLE payments (id bigint PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now(), paid_at timestamptz);
CREATE TABLE legacy_orders (id bigint PRIMARY KEY, created_at timestamp NOT NULL DEFAULT now(), updated_at timestamp);
CREATE TABLE tokens (id bigint PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now(), expires_at bigint NOT NULL);
