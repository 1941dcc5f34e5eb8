-- Same leading columns, but something differs that makes each index earn its place.
-- expect-none: redundant-index
-- expect-none: duplicate-index

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL,
    status text NOT NULL,
    created_at timestamptz NOT NULL,
    total numeric(12, 2) NOT NULL
);
-- A unique index enforces something a longer non-unique index does not.
CREATE UNIQUE INDEX orders_customer_status_key ON orders (customer_id, status);
CREATE INDEX orders_customer_status_created_idx ON orders (customer_id, status, created_at);
-- A partial index is smaller and may exist for the planner: not covered by a full one.
CREATE INDEX orders_open_customer_idx ON orders (customer_id) WHERE status = 'open';
CREATE INDEX orders_customer_created_idx ON orders (customer_id, created_at);
-- INCLUDE columns the longer index does not carry.
CREATE INDEX orders_created_total_idx ON orders (created_at) INCLUDE (total);
CREATE INDEX orders_created_status_idx ON orders (created_at, status);

CREATE TABLE users (
    id bigint PRIMARY KEY,
    email text NOT NULL UNIQUE,
    handle text NOT NULL,
    name text
);
-- Expressions, operator classes, collations and methods all change what an index serves.
CREATE INDEX users_lower_email_idx ON users (lower(email));
CREATE INDEX users_email_pattern_idx ON users (email text_pattern_ops);
CREATE INDEX users_email_c_idx ON users (email COLLATE "C");
CREATE INDEX users_name_trgm_idx ON users USING gin (name gin_trgm_ops);
CREATE INDEX users_name_idx ON users (name);
-- NULLS NOT DISTINCT is a different rule from the plain unique constraint.
CREATE UNIQUE INDEX users_handle_nnd_key ON users (handle) NULLS NOT DISTINCT;
ALTER TABLE users ADD CONSTRAINT users_handle_key UNIQUE (handle);

CREATE TABLE bookings (
    id bigint PRIMARY KEY,
    room_id bigint NOT NULL,
    during tstzrange NOT NULL,
    guest_id bigint NOT NULL,
    code text NOT NULL,
    CONSTRAINT bookings_code_key UNIQUE (code) DEFERRABLE INITIALLY DEFERRED
);
-- GiST multi-column indexes do not serve their leading column like btree.
CREATE INDEX bookings_room_gist_idx ON bookings USING gist (room_id);
CREATE INDEX bookings_room_during_gist_idx ON bookings USING gist (room_id, during);
-- A unique index next to a DEFERRABLE constraint is checked immediately (and ON CONFLICT
-- can use it): not redundant.
CREATE UNIQUE INDEX bookings_code_idx ON bookings (code);
-- Same columns, other order.
CREATE UNIQUE INDEX bookings_guest_room_key ON bookings (guest_id, room_id);
CREATE UNIQUE INDEX bookings_room_guest_key ON bookings (room_id, guest_id);
