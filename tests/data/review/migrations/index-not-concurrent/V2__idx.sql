CREATE INDEX orders_placed_at ON orders (placed_at);
CREATE INDEX CONCURRENTLY orders_customer_placed ON orders (customer_id, placed_at);
CREATE TABLE refunds (id bigint PRIMARY KEY, order_id bigint);
CREATE INDEX refunds_order ON refunds (order_id);
