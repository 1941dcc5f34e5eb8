-- orders changes status and posts are soft-deleted, but neither says when a row last
-- changed. order_events is append-only; comments show no sign of changing; tickets have it.
-- expect: missing-updated-at orders
-- expect: missing-updated-at posts
CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE posts (id bigint PRIMARY KEY, body text, deleted_at timestamptz, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE order_events (id bigint PRIMARY KEY, status text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE comments (id bigint PRIMARY KEY, body text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE tickets (id bigint PRIMARY KEY, state text, created_at timestamptz, modified_at timestamptz);
CREATE TABLE addresses (id bigint PRIMARY KEY, city text, state text, created_at timestamptz);
