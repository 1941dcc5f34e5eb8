-- expect: cascade-blocked invoices.order_id
-- expect: cascade-blocked refunds.line_id
-- Deleting a customer cascades to orders, which invoices restrict; two levels down, order
-- lines cascade from orders and refunds block them. Not blocked: notes are deleted by the
-- same cascade from customers (NO ACTION is checked after all cascades), shipments set null,
-- and audit rows reference customers directly (a plain restriction, not a blocked cascade).
CREATE TABLE customers (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers ON DELETE CASCADE);
CREATE TABLE order_lines (id bigint PRIMARY KEY, order_id bigint REFERENCES orders ON DELETE CASCADE);
CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint REFERENCES orders ON DELETE RESTRICT);
CREATE TABLE refunds (id bigint PRIMARY KEY, line_id bigint REFERENCES order_lines);
CREATE TABLE notes (id bigint PRIMARY KEY,
                    customer_id bigint REFERENCES customers ON DELETE CASCADE,
                    order_id bigint REFERENCES orders);
CREATE TABLE shipments (id bigint PRIMARY KEY, order_id bigint REFERENCES orders ON DELETE SET NULL);
CREATE TABLE audit (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers);
