-- expect: cascade-blocked invoices.order_id
-- expect: cascade-inconsistent payments.user_id
-- expect-none: fk-no-on-delete
-- One foreign key, one finding about its ON DELETE policy. invoices.order_id blocks the
-- cascade users → orders, differs from the other order_id keys (CASCADE) and states nothing:
-- cascade-blocked carries it and names the rest. payments.user_id differs from the other
-- user_id keys and states nothing: cascade-inconsistent carries it.
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE orders (id bigint PRIMARY KEY,
                     user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE);
CREATE TABLE carts (id bigint PRIMARY KEY,
                    user_id bigint NOT NULL REFERENCES users ON DELETE CASCADE);
CREATE TABLE payments (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users);
CREATE TABLE order_lines (id bigint PRIMARY KEY,
                          order_id bigint NOT NULL REFERENCES orders ON DELETE CASCADE);
CREATE TABLE shipments (id bigint PRIMARY KEY,
                        order_id bigint NOT NULL REFERENCES orders ON DELETE CASCADE);
CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders);
