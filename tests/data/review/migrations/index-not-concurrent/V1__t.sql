CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, placed_at timestamptz);
CREATE INDEX orders_customer ON orders (customer_id);
