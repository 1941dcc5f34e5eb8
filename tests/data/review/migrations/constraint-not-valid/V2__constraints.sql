-- Validated at once on a table with rows: flagged.
ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);
-- The careful way: NOT VALID now, VALIDATE in the next migration.
ALTER TABLE accounts ADD CONSTRAINT accounts_balance_positive CHECK (balance >= 0) NOT VALID;
-- A table created in this migration is empty: nothing to check.
CREATE TABLE invoices (id bigint PRIMARY KEY, user_id bigint, total numeric);
ALTER TABLE invoices ADD CONSTRAINT invoices_user_fk FOREIGN KEY (user_id) REFERENCES users (id);
ALTER TABLE invoices ADD CONSTRAINT invoices_total_positive CHECK (total >= 0);
