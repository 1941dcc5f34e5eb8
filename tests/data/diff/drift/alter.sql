-- The live database altered behind the migrations' back: every kind of change.
-- (every-change/input/002_changes.sql, with keys changed on tables that stay: a live
-- database has no History, so its renames are drops and adds.)

-- schemas and tables: added, dropped, renamed, moved
CREATE SCHEMA audit;
CREATE TABLE refunds (
    id integer PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES orders (id) ON DELETE CASCADE
);
ALTER TABLE legacy DROP CONSTRAINT legacy_pkey;
ALTER TABLE legacy ADD COLUMN code text NOT NULL DEFAULT 'x';
ALTER TABLE legacy ADD PRIMARY KEY (id, code);
ALTER TABLE clients RENAME TO accounts;
ALTER TABLE billing.invoices SET SCHEMA audit;
DROP SCHEMA billing;

-- columns: added, dropped, renamed, type, nullability, default, identity, generated
ALTER TABLE customers ADD COLUMN phone text;
ALTER TABLE customers DROP COLUMN nickname;
ALTER TABLE customers RENAME COLUMN email TO email_address;
ALTER TABLE customers ALTER COLUMN name DROP NOT NULL;
ALTER TABLE customers ALTER COLUMN score SET DEFAULT 10;
ALTER TABLE customers ALTER COLUMN score TYPE bigint;
ALTER TABLE orders ALTER COLUMN id DROP IDENTITY;
ALTER TABLE orders ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY;
ALTER TABLE orders DROP COLUMN total;
ALTER TABLE orders ADD COLUMN total numeric GENERATED ALWAYS AS (amount * 3) STORED;

-- keys: primary key changed, unique added and renamed, check changed, foreign key actions
ALTER TABLE accounts DROP CONSTRAINT clients_pkey;
ALTER TABLE accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id, label);
ALTER TABLE accounts ADD CONSTRAINT accounts_label_key UNIQUE (label);
ALTER TABLE customers ADD CONSTRAINT customers_phone_key UNIQUE (phone);
ALTER TABLE orders RENAME CONSTRAINT orders_note_key TO orders_note_unique;
ALTER TABLE orders DROP CONSTRAINT orders_amount_check;
ALTER TABLE orders ADD CONSTRAINT orders_amount_check CHECK (amount >= 1);
ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey;
ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id)
    REFERENCES customers (id) ON DELETE SET NULL ON UPDATE CASCADE;

-- indexes: dropped, added (partial, descending), renamed, changed
DROP INDEX orders_status_idx;
CREATE INDEX orders_amount_idx ON orders (amount DESC) WHERE status <> 'draft';
ALTER INDEX orders_customer_idx RENAME TO orders_customer_id_idx;
DROP INDEX orders_note_idx;
CREATE UNIQUE INDEX orders_note_idx ON orders (lower(note));

-- enums: value added, value renamed, type dropped, type added
ALTER TYPE status ADD VALUE 'refunded';
ALTER TYPE status RENAME VALUE 'sent' TO 'issued';
DROP TYPE mood;
CREATE TYPE priority AS ENUM ('low', 'high');

-- views: changed, added, materialized
DROP VIEW big_orders;
CREATE VIEW big_orders AS SELECT id, amount, status FROM orders WHERE amount > 500;
CREATE VIEW customer_names AS SELECT name FROM customers;
CREATE MATERIALIZED VIEW order_totals AS
    SELECT customer_id, sum(amount) AS total FROM orders GROUP BY customer_id;

-- triggers: changed, added
DROP TRIGGER orders_touch ON orders;
CREATE TRIGGER orders_touch BEFORE INSERT OR UPDATE ON orders
    FOR EACH ROW EXECUTE FUNCTION touch();
CREATE TRIGGER customers_touch BEFORE UPDATE ON customers
    FOR EACH ROW EXECUTE FUNCTION touch();

-- row-level security: forced, enabled; policies: changed, added
ALTER TABLE customers FORCE ROW LEVEL SECURITY;
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
DROP POLICY own_rows ON customers;
CREATE POLICY own_rows ON customers FOR ALL USING (id > 1);
CREATE POLICY orders_read ON orders FOR SELECT USING (true);
