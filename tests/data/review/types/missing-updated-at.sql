-- orders start as 'pending' and move on, but nothing says when a row last changed.
-- order_events is append-only; comments show no sign of changing; tickets have it; posts are
-- only soft-deleted (deleted_at says when); shipments record each step (shipped_at).
-- expect: missing-updated-at orders
CREATE TABLE orders (id bigint PRIMARY KEY, status text NOT NULL DEFAULT 'pending', created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE posts (id bigint PRIMARY KEY, body text, deleted_at timestamptz, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE order_events (id bigint PRIMARY KEY, status text NOT NULL DEFAULT 'new', created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE comments (id bigint PRIMARY KEY, body text NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
CREATE TABLE tickets (id bigint PRIMARY KEY, state text DEFAULT 'open', created_at timestamptz, modified_at timestamptz);
CREATE TABLE addresses (id bigint PRIMARY KEY, city text, state text DEFAULT 'CA', created_at timestamptz);
CREATE TABLE shipments (id bigint PRIMARY KEY, status text NOT NULL DEFAULT 'pending', shipped_at timestamptz, created_at timestamptz NOT NULL DEFAULT now());
