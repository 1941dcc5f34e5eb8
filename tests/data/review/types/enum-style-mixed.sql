-- Two enum types and one CHECK list: the schema mixes styles.
-- expect: enum-style-mixed public
CREATE TYPE order_status AS ENUM ('pending', 'paid');
CREATE TYPE user_role AS ENUM ('owner', 'member');
CREATE TABLE orders (id bigint PRIMARY KEY, status order_status NOT NULL);
CREATE TABLE users (id bigint PRIMARY KEY, role user_role NOT NULL);
CREATE TABLE tickets (id bigint PRIMARY KEY, state text CHECK (state IN ('open', 'closed')));
