-- Money in floating point: products.price, line_items.unit_price and wallets.amount_cents
-- (cents belong in an integer). Rates, token totals, integer cents and numeric amounts
-- are fine.
-- expect: money-as-float products.price
-- expect: money-as-float line_items.unit_price
-- expect: money-as-float wallets.amount_cents
CREATE TABLE products (id bigint PRIMARY KEY, price double precision NOT NULL, weight real);
CREATE TABLE line_items (id bigint PRIMARY KEY, unit_price real NOT NULL, tax_rate real);
CREATE TABLE wallets (id bigint PRIMARY KEY, amount_cents float8, balance_cents bigint);
CREATE TABLE usage (id bigint PRIMARY KEY, total_tokens double precision, cost_ratio real);
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(12, 2) NOT NULL);
