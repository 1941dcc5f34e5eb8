-- Enum types only (a CHECK on a number is no enum list).
-- expect-none: enum-style-mixed
CREATE TYPE order_status AS ENUM ('pending', 'paid');
CREATE TABLE orders (
    id bigint PRIMARY KEY,
    status order_status NOT NULL,
    quantity integer CHECK (quantity > 0)
);
